import EAModel

/// SEM001: an entity that travels between systems without a definition.
public struct UndocumentedEntityRule: Rule {
    public static let description = RuleDescription(
        id: "SEM001", slug: "undocumented-entity", layer: .semantic, defaultSeverity: .warning,
        appliesTo: [.dataEntity],
        summary: "An entity that an Exchange or message carries has no attributes or description.",
        rationale: """
        Semantic interoperability and reusability: sender and receiver read exchanged data the same way \
        only if the entity is defined — its attributes (the structure, which message schemas are checked \
        against) and a description (the meaning). Each of the two that is missing is named. A warning: the \
        exchange works, but its meaning is left to each side's guess.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: sf.pension
            kind: DataEntity
            name: Pension
            ---
            id: sf.pension-api
            kind: Interface
            name: Pension lookup
            provider: sf.pension-system
            messages:
              - {name: PensionResponse, direction: response, carries: [sf.pension]}
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: sf.pension
            kind: DataEntity
            name: Pension
            description: A pension assigned to a person, with its amount and period.
            attributes:
              - {name: amount, type: decimal, required: true}
              - {name: assignedOn, type: date, required: true}
            ---
            id: sf.pension-api
            kind: Interface
            name: Pension lookup
            provider: sf.pension-system
            messages:
              - {name: PensionResponse, direction: response, carries: [sf.pension]}
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            """),
            // Entities that nothing carries are not checked.
            RuleExample("""
            id: sf.pension-draft
            kind: DataEntity
            name: Draft pension calculation
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .dataEntity).compactMap { entity in
            var missing: [String] = []
            if unreadable.lacks(entity, "attributes") { missing.append("attributes") }
            if !unreadable.contains(entity, "description"), !Self.hasText(entity.description) { missing.append("description") }
            guard !missing.isEmpty else { return nil }
            let carriers = model.incoming(to: entity.id).filter { reference in
                guard let source = reference.sourceElement else { return false }
                return (source.kind == .exchange && reference.field == "carries")
                    || (source.kind == .interface && reference.field == "messages" && reference.leafField == "carries")
            }
            // By carrier id and field, so that the message does not change when files are renamed.
            .sorted { ($0.source, $0.path) < ($1.source, $1.path) }
            guard !carriers.isEmpty else { return nil }
            var carrierIDs: [String] = []
            for carrier in carriers where !carrierIDs.contains(carrier.source) { carrierIDs.append(carrier.source) }
            return context.finding(
                "entity '\(entity.id)' is carried by \(Phrase.list(carrierIDs)) but has no \(missing.joined(separator: " and no ")); add \(missing.map { "`\($0):`" }.joined(separator: " and ")) so that both sides read the data the same way",
                on: entity, related: carriers.map { .init($0.location, "carried by '\($0.source)'") },
                subject: "definition")
        }
    }

    static func hasText(_ text: LocalizedText?) -> Bool {
        guard let text else { return false }
        return text.entries.contains { !$0.text.allSatisfy(\.isWhitespace) }
    }
}
