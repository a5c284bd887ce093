import EAModel

/// TEC009: a production system that does not say where it runs.
public struct UnhostedSystemRule: Rule {
    public static let description = RuleDescription(
        id: "TEC009", slug: "unhosted-system", layer: .technical, defaultSeverity: .warning,
        appliesTo: [.informationSystem],
        summary: "A production system names no hosting Platform.",
        rationale: """
        Security and reusability: knowing where each production system runs — the government cloud, an \
        agency data centre — is what lets SCITC plan consolidation onto shared platforms, check physical \
        security and backups, and see which services fall when a data centre does. A warning: the system \
        runs, but the map of the state's infrastructure has a hole.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: cec.voter-register
            kind: InformationSystem
            name: Voter register
            lifecycle: production
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: cec.voter-register
            kind: InformationSystem
            name: Voter register
            lifecycle: production
            hosting: platform.gov-cloud
            ---
            id: platform.gov-cloud
            kind: Platform
            name: Government cloud
            type: cloud
            """),
            RuleExample("""
            id: cec.results-portal
            kind: InformationSystem
            name: Election results portal
            lifecycle: planned
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .informationSystem).compactMap { system in
            guard system.isInProduction, unreadable.lacks(system, "hosting") else { return nil }
            return context.finding(
                "information system '\(system.id)' is in production but names no hosting platform; add `hosting:` with the Platform it runs on",
                on: system, subject: "hosting")
        }
    }
}
