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
        StaleWaiverRule.self,
        PersonalDataWithoutLegalBasisRule.self,
        ServiceWithoutLegalBasisRule.self,
        RepealedLegalActRule.self,
        MissingOwnerRule.self,
        MissingGCIORule.self,
        ExchangeWithoutAgreementRule.self,
        AgreementNotInForceRule.self,
        UnrealisedServiceRule.self,
        IncompleteProjectRule.self,
        DigitalOnlyServiceRule.self,
        UndocumentedEntityRule.self,
        MasterSystemRule.self,
        UnfedCopyRule.self,
        UncodedAttributeRule.self,
        DuplicateEntityNameRule.self,
        MissingTranslationRule.self,
        SchemaCoversCarriedAttributesRule.self,
        InterfaceWithoutStandardRule.self,
        OutdatedStandardRule.self,
        CrossOwnerExchangeOffPlatformRule.self,
        MessageSchemaCompilesRule.self,
        ExampleMessageConformsRule.self,
        UnfitDependencyRule.self,
        DependencyCycleRule.self,
        UnprotectedPersonalDataRule.self,
        UnhostedSystemRule.self,
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
