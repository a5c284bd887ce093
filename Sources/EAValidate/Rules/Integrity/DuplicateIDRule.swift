import EAModel

/// INT003: two elements with one id.
public struct DuplicateIDRule: Rule {
    public static let description = RuleDescription(
        id: "INT003", slug: "duplicate-id", layer: .integrity, defaultSeverity: .error,
        appliesTo: Kind.allCases,
        summary: "Two elements share an id.",
        rationale: "Ids are how agencies refer to each other's systems and data across the national repository; a repeated id makes every reference to it ambiguous.",
        triggeringExamples: [
            RuleExample([
                "model/a.yaml": "id: grs\nkind: Organisation\nname: State Registration Service\n",
                "model/b.yaml": "↓id: grs\nkind: Organisation\nname: Another service\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "model/a.yaml": "id: grs\nkind: Organisation\nname: State Registration Service\n",
                "model/b.yaml": "id: sts\nkind: Organisation\nname: State Tax Service\n",
            ]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.model.duplicates.keys.sorted().flatMap { id -> [Finding] in
            let elements = context.model.duplicates[id]!
            let first = elements[0]
            return elements.dropFirst().map { element in
                context.finding("id '\(id)' is already used by a \(first.kind.rawValue) in \(first.location.file); give this \(element.kind.rawValue) its own id",
                                on: element, related: [.init(first.location, "first use of '\(id)'")],
                                subject: "\(element.location.file)")
            }
        }
    }
}
