import EAModel

/// ORG001: an element that needs an accountable organisation names none.
public struct MissingOwnerRule: Rule {
    public static let description = RuleDescription(
        id: "ORG001", slug: "missing-owner", layer: .organisational, defaultSeverity: .error,
        appliesTo: ownedKinds,
        summary: "A system, service, process, entity, code list or project has no owner Organisation.",
        rationale: """
        Interoperability governance and transparency: every system, service, process, data entity, code \
        list and project needs a state body that answers for it — that keeps it current, signs the \
        agreements for it and is asked when it changes. Without an owner the other organisational rules \
        (GCIO, agreements between owners, Tunduk for cross-owner exchanges) cannot be checked, so this is \
        an error.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: grs.population-register
            kind: InformationSystem
            name: Population register
            operator: grs
            ---
            id: grs
            kind: Organisation
            name: State Registration Service
            """),
            RuleExample("""
            ↓id: core.currency
            kind: CodeList
            name: Currencies
            source: https://www.iso.org/iso-4217-currency-codes.html
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            owner: grs
            ---
            id: grs
            kind: Organisation
            name: State Registration Service
            """),
            // Organisations, platforms, standards and legal acts are not owned in this sense.
            RuleExample("""
            id: std.xroad-message-protocol
            kind: Standard
            name: X-Road message protocol for SOAP
            status: mandatory
            """),
        ])

    /// The kinds that must name an owner.
    static let ownedKinds: [Kind] = [.informationSystem, .publicService, .businessProcess, .dataEntity, .codeList, .project]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return Self.ownedKinds.flatMap { kind in
            context.elements(of: kind).compactMap { element -> Finding? in
                // A dangling or mistyped owner is INT004's or INT005's to report.
                guard unreadable.lacks(element, "owner") else { return nil }
                return context.finding(
                    "\(kind.rawValue) '\(element.id)' names no owner; add `owner:` with the id of the Organisation accountable for this \(kind.rawValue)",
                    on: element, subject: "owner")
            }
        }
    }
}
