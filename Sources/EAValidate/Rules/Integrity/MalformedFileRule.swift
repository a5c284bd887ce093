import EAModel

/// INT001: a model file that cannot be read as YAML or XML.
public struct MalformedFileRule: Rule {
    public static let description = RuleDescription(
        id: "INT001", slug: "malformed-file", layer: .integrity, defaultSeverity: .error,
        // A file that cannot be parsed yields no elements: the finding is the repository's.
        appliesTo: [],
        summary: "A model file is not well-formed YAML or XML, cannot be read, or holds nothing.",
        rationale: "Nothing in a file that cannot be parsed is checked, and everything that refers to its elements looks broken. The parser's own position is given so the fix is quick.",
        triggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: [State Registration Service
            ↓
            """),
            RuleExample(["model/grs.xml": """
            <model xmlns="urn:egeaf:model:1">
              <organisation id="grs"><name>State Registration Service</name>
            </model>↓
            """]),
            RuleExample(["model/empty.yaml": "↓"]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.repository.issues.filter { $0.category == .malformed }.map {
            context.finding($0.message, element: $0.elementID, at: $0.location, subject: $0.message)
        }
    }
}
