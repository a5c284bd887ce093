import EAModel

/// SEM006: a service or entity not named in every language the repository requires.
public struct MissingTranslationRule: Rule {
    public static let description = RuleDescription(
        id: "SEM006", slug: "missing-translation", layer: .semantic, defaultSeverity: .warning,
        appliesTo: [.publicService, .dataEntity],
        summary: "A PublicService or DataEntity lacks a name in a language the config requires.",
        rationale: """
        Multilingualism: citizens meet services, and agencies meet each other's data, by name. In the \
        Kyrgyz Republic Kyrgyz is the state language and Russian an official one, so a service or entity \
        must be named in both (`languages:` in eaf.yaml says which; without it nothing is required). A name \
        written as plain text has no language and counts as missing in all. A warning, since the \
        translation can follow shortly.
        """,
        triggeringExamples: [
            RuleExample([
                "eaf.yaml": "languages: [ky, ru]\n",
                "model/services.yaml": """
                id: grs.birth-registration
                kind: PublicService
                name: ↓{ru: Регистрация рождения, en: Birth registration}
                ---
                id: core.person
                kind: DataEntity
                name: ↓Person
                """,
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "eaf.yaml": "languages: [ky, ru]\n",
                "model/services.yaml": """
                id: grs.birth-registration
                kind: PublicService
                name: {ky: Төрөлүүнү каттоо, ru: Регистрация рождения}
                ---
                id: grs
                kind: Organisation
                name: State Registration Service
                """,
            ]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let languages = context.config.languages
        guard !languages.isEmpty else { return [] }
        return [Kind.publicService, .dataEntity].flatMap { kind in
            context.elements(of: kind).compactMap { element -> Finding? in
                guard let field = element.field("name") else { return nil }
                let missing = languages.filter { language in
                    guard let text = element.name.text(in: language) else { return true }
                    return text.allSatisfy(\.isWhitespace)
                }
                guard !missing.isEmpty else { return nil }
                let example = "{" + languages.map { "\($0): …" }.joined(separator: ", ") + "}"
                let what = kind == .publicService ? "public service" : "entity"
                let problem: String
                if case .plain = element.name {
                    problem = "is named without a language; write the name as \(example)"
                } else {
                    problem = "has no name in \(Phrase.list(missing, quoted: false)); add \(missing.count == 1 ? "it" : "them") to `name` (\(example))"
                }
                return context.finding("\(what) '\(element.id)' \(problem)", element: element.id, at: field.location, subject: "name")
            }
        }
    }
}
