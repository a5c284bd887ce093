/// Every rule eaf runs. A new rule is one new file and one line here.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        MalformedFileRule.self,
        MetamodelViolationRule.self,
        DuplicateIDRule.self,
        DanglingReferenceRule.self,
        WrongReferenceKindRule.self,
        MissingPathRule.self,
        DuplicateKeyRule.self,
        SchemaCoversCarriedAttributesRule.self,
        MessageSchemaCompilesRule.self,
        ExampleMessageConformsRule.self,
    ]

    /// The rules sorted by id.
    public static var descriptions: [RuleDescription] {
        all.map { $0.description }.sorted { $0.id < $1.id }
    }

    /// The rule with this id (case-insensitive), if any.
    public static func rule(_ id: String) -> (any Rule.Type)? {
        all.first { $0.description.id.caseInsensitiveCompare(id) }
    }
}

extension String {
    func caseInsensitiveCompare(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
