import EAModel

/// INT007: a YAML mapping with the same key twice.
public struct DuplicateKeyRule: Rule {
    public static let description = RuleDescription(
        id: "INT007", slug: "duplicate-key", layer: .integrity, defaultSeverity: .error,
        appliesTo: Kind.allCases,
        summary: "A YAML mapping repeats a key.",
        rationale: "YAML tools disagree on which of two repeated keys wins, so the model would mean different things to different readers. eaf keeps the first and reports the second.",
        triggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ↓name: Another name
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: {ky: Мамлекеттик каттоо кызматы, ru: Государственная служба регистрации}
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.repository.issues.filter { $0.category == .duplicateKey }.map { issue in
            context.finding(issue.message, element: issue.elementID, at: issue.location,
                            related: issue.related.map { .init($0, "first occurrence") }, subject: issue.subject)
        }
    }
}
