import EAModel

/// ORG002: an organisation with live systems names no Government CIO.
public struct MissingGCIORule: Rule {
    public static let description = RuleDescription(
        id: "ORG002", slug: "missing-gcio", layer: .organisational, defaultSeverity: .warning,
        appliesTo: [.organisation],
        summary: "An Organisation that owns a system in development or production has no GCIO.",
        rationale: """
        Interoperability governance and transparency: every ministry and agency that runs systems appoints a \
        Government CIO, \
        who coordinates with SCITC, answers for the agency's systems and signs off its exchanges; the \
        repository is where reviewers find that person. A warning, because the systems still work: it is \
        a gap in the record that stops coordination, not a broken exchange.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: sts
            kind: Organisation
            name: State Tax Service
            type: agency
            ---
            id: sts.taxpayer-register
            kind: InformationSystem
            name: Taxpayer register
            owner: sts
            lifecycle: production
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: sts
            kind: Organisation
            name: State Tax Service
            type: agency
            gcio: {name: Асанов Бакыт, position: Deputy chairman}
            ---
            id: sts.taxpayer-register
            kind: InformationSystem
            name: Taxpayer register
            owner: sts
            lifecycle: production
            """),
            // Only systems in development or production call for a GCIO.
            RuleExample("""
            id: ao-kara-suu
            kind: Organisation
            name: Kara-Suu aiyl okmotu
            type: municipality
            ---
            id: ao-kara-suu.household-book
            kind: InformationSystem
            name: Electronic household book
            owner: ao-kara-suu
            lifecycle: planned
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .organisation).compactMap { organisation in
            guard unreadable.lacks(organisation, "gcio") else { return nil }
            let systems = model.referrers(to: organisation.id, through: "owner").filter {
                $0.kind == .informationSystem && ($0.lifecycle == "production" || $0.lifecycle == "development")
            }
            guard !systems.isEmpty else { return nil }
            return context.finding(
                "organisation '\(organisation.id)' owns \(Phrase.list(systems.map(\.id))) but names no GCIO; add `gcio: {name: …, position: …, email: …}` for its Government CIO",
                on: organisation, related: systems.map { .init($0.location, "'\($0.id)' is in \($0.lifecycle!)") },
                subject: "gcio")
        }
    }
}
