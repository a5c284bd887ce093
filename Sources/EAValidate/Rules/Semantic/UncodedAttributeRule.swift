import EAModel

/// SEM004: a coded attribute that does not say which codes it uses.
public struct UncodedAttributeRule: Rule {
    public static let description = RuleDescription(
        id: "SEM004", slug: "code-without-code-list", layer: .semantic, defaultSeverity: .warning,
        appliesTo: [.dataEntity],
        summary: "An attribute of type `code` names no CodeList.",
        rationale: """
        Semantic interoperability and reusability: a code means something only against its list — \
        \"2\" is a sex, a region or a document type depending on which. Coded attributes name the \
        CodeList they take values from, preferably one of the national or international lists in the \
        EGEAF catalogue, so that every agency decodes them alike. A warning: the data still flows, but \
        its meaning is not fixed.
        """,
        triggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: Person
            attributes:
              - {name: pin, type: string, required: true}
              - {name: sex, type: ↓code}
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: core.sex
            kind: CodeList
            name: Sex
            values:
              - {code: "1", name: {ky: Эркек, ru: Мужской}}
              - {code: "2", name: {ky: Аял, ru: Женский}}
            ---
            id: core.person
            kind: DataEntity
            name: Person
            attributes:
              - {name: pin, type: string, required: true}
              - {name: sex, type: code, codeList: core.sex}
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .dataEntity).flatMap { entity in
            entity.records("attributes").enumerated().compactMap { index, attribute -> Finding? in
                guard attribute.string("type") == "code", attribute.field("codeList") == nil,
                      !unreadable.contains(entity, path: "attributes[\(index)].codeList"),
                      let type = attribute.field("type") else { return nil }
                let name = attribute.string("name") ?? "#\(index + 1)"
                return context.finding(
                    "attribute '\(name)' of entity '\(entity.id)' is a code but names no code list; add `codeList:` with the id of the CodeList its values come from",
                    element: entity.id, at: type.location, subject: "attributes.\(name).codeList")
            }
        }
    }
}
