import EAModel

/// INT005: a reference to an element of a kind the field does not accept.
public struct WrongReferenceKindRule: Rule {
    public static let description = RuleDescription(
        id: "INT005", slug: "wrong-reference-kind", layer: .integrity, defaultSeverity: .error,
        appliesTo: Kind.allCases,
        summary: "A reference names an element of a kind the field does not accept.",
        rationale: "Relations have meaning only between the right kinds: a system is hosted on a platform, not on an organisation. Mixing them up corrupts every graph and rule built on the relation.",
        triggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            owner: grs
            hosting: ↓grs
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: platform.gov-cloud
            kind: Platform
            name: Government cloud
            type: cloud
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            owner: grs
            hosting: platform.gov-cloud
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        return model.misdirectedReferences.compactMap { reference in
            guard let target = reference.targetElement, reference.sourceElement?.isReference == false else { return nil }
            let what = reference.accepted.map(\.rawValue).joined(separator: " or ")
            return context.finding("'\(reference.path)' must name \(FieldTypePhrase.article(what)) \(what), but '\(target.id)' is \(FieldTypePhrase.article(target.kind.rawValue)) \(target.kind.rawValue)",
                                   element: reference.source, at: reference.location,
                                   related: [.init(target.location, "'\(target.id)' is defined here")],
                                   subject: "\(reference.path)=\(reference.target)")
        }
    }
}

/// "a" or "an" before a kind name.
enum FieldTypePhrase {
    static func article(_ word: String) -> String {
        guard let first = word.first else { return "a" }
        return "AEIOU".contains(first) ? "an" : "a"
    }
}
