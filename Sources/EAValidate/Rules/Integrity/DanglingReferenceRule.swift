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
        let dangling = model.danglingReferences.filter { reference in reference.sourceElement?.isReference == false }
        // Hints for each set of accepted kinds, unless looking them up would cost more than
        // the budget (a counted bound, the same whatever the order of the files).
        var missesByKinds: [[Kind]: Int] = [:]
        for reference in dangling { missesByKinds[reference.accepted, default: 0] += 1 }
        var candidatesByKinds: [[Kind]: Suggestion.Candidates?] = [:]
        return dangling.map { reference in
            let candidates = candidatesByKinds[reference.accepted] ?? {
                let ids = reference.accepted.flatMap { model.elements(of: $0).map(\.id) }
                let affordable = ids.count * missesByKinds[reference.accepted, default: 0] <= Suggestion.comparisonBudget
                let prepared = affordable ? Suggestion.Candidates(ids) : nil
                candidatesByKinds[reference.accepted] = .some(prepared)
                return prepared
            }()
            let hint = candidates?.hint(for: reference.target) ?? ""
            let what = reference.accepted.map(\.rawValue).joined(separator: " or ")
            return context.finding("'\(reference.path)' names '\(reference.target)', but no \(what) has that id\(hint)",
                                   element: reference.source, at: reference.location, subject: "\(reference.path)=\(reference.target)")
        }
    }
}
