import EAModel

/// INT004: a reference to an id no element has.
public struct DanglingReferenceRule: Rule {
    public static let description = RuleDescription(
        id: "INT004", slug: "dangling-reference", layer: .integrity, defaultSeverity: .error,
        appliesTo: Kind.allCases,
        summary: "A reference names no element.",
        rationale: "A dependency on a system nobody describes is a dependency nobody can check; the nearest existing id is suggested.",
        triggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            owner: ↓gsr
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            owner: grs
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        var candidatesByKinds: [[Kind]: [String]] = [:]
        return model.references.compactMap { reference in
            guard model[reference.target] == nil, model[reference.source]?.isReference == false else { return nil }
            let candidates = candidatesByKinds[reference.accepted] ?? {
                let ids = reference.accepted.flatMap { model.elements(of: $0).map(\.id) }
                candidatesByKinds[reference.accepted] = ids
                return ids
            }()
            let hint = Suggestion.hint(for: reference.target, in: candidates)
            let what = reference.accepted.map(\.rawValue).joined(separator: " or ")
            return context.finding("'\(reference.path)' names '\(reference.target)', but no \(what) has that id\(hint)",
                                   element: reference.source, at: reference.location, subject: "\(reference.path)=\(reference.target)")
        }
    }
}
