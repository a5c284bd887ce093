/// Which relationships ArchiMate 3.2 allows between the element types eaf exchanges.
///
/// The rows are the ArchiMate 3.2 relationship table (Appendix B of the specification,
/// as Archi ships it in `relationships.xml`) for the concepts eaf's kinds map to, and
/// `Relationship` for relationships as ends (an Exchange is a Flow, and associations
/// start at it). A test compares every cell with that file. The exporter asks this
/// table before it writes a relationship and falls back to Association otherwise.
public enum ArchiMateRelationshipRules {
    /// Source concept → target concept → allowed relationship letters.
    static let table: [String: [String: String]] = [
        "ApplicationComponent": ["ApplicationComponent": "cfgorstv", "ApplicationInterface": "cfgortv", "BusinessActor": "fotv", "BusinessProcess": "fortv", "BusinessService": "fortv", "Contract": "ao", "DataObject": "ao", "Node": "fotv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "fotv", "WorkPackage": "o"],
        "ApplicationInterface": ["ApplicationComponent": "fotv", "ApplicationInterface": "cfgostv", "BusinessActor": "fotv", "BusinessProcess": "fotv", "BusinessService": "fortv", "Contract": "ao", "DataObject": "ao", "Node": "fotv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "fotv", "WorkPackage": "o"],
        "BusinessActor": ["ApplicationComponent": "fotv", "ApplicationInterface": "fotv", "BusinessActor": "cfgostv", "BusinessProcess": "fiotv", "BusinessService": "fiortv", "Contract": "ao", "DataObject": "ao", "Node": "fotv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "fotv", "WorkPackage": "io"],
        "BusinessProcess": ["ApplicationComponent": "fotv", "ApplicationInterface": "fotv", "BusinessActor": "fotv", "BusinessProcess": "cfgostv", "BusinessService": "fortv", "Contract": "ao", "DataObject": "ao", "Node": "fotv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "fotv", "WorkPackage": "o"],
        "BusinessService": ["ApplicationComponent": "fotv", "ApplicationInterface": "fotv", "BusinessActor": "fotv", "BusinessProcess": "fotv", "BusinessService": "cfgostv", "Contract": "ao", "DataObject": "ao", "Node": "fotv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "fotv", "WorkPackage": "o"],
        "Contract": ["ApplicationComponent": "o", "ApplicationInterface": "o", "BusinessActor": "o", "BusinessProcess": "o", "BusinessService": "o", "Contract": "cgos", "DataObject": "o", "Node": "o", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "o", "WorkPackage": "o"],
        "DataObject": ["ApplicationComponent": "o", "ApplicationInterface": "o", "BusinessActor": "o", "BusinessProcess": "o", "BusinessService": "o", "Contract": "or", "DataObject": "cgos", "Node": "o", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "o", "WorkPackage": "o"],
        "Node": ["ApplicationComponent": "fortv", "ApplicationInterface": "fortv", "BusinessActor": "fiotv", "BusinessProcess": "fiortv", "BusinessService": "fiortv", "Contract": "ao", "DataObject": "ao", "Node": "cfgiostv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "cfgiortv", "WorkPackage": "io"],
        "Relationship": ["ApplicationComponent": "o", "ApplicationInterface": "o", "BusinessActor": "o", "BusinessProcess": "o", "BusinessService": "o", "Contract": "o", "DataObject": "o", "Node": "o", "Relationship": "", "Requirement": "o", "SystemSoftware": "o", "WorkPackage": "o"],
        "Requirement": ["ApplicationComponent": "o", "ApplicationInterface": "o", "BusinessActor": "o", "BusinessProcess": "o", "BusinessService": "o", "Contract": "o", "DataObject": "o", "Node": "o", "Relationship": "o", "Requirement": "cgnos", "SystemSoftware": "o", "WorkPackage": "o"],
        "SystemSoftware": ["ApplicationComponent": "fortv", "ApplicationInterface": "fortv", "BusinessActor": "fotv", "BusinessProcess": "fortv", "BusinessService": "fortv", "Contract": "ao", "DataObject": "ao", "Node": "fotv", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "cfgiorstv", "WorkPackage": "o"],
        "WorkPackage": ["ApplicationComponent": "or", "ApplicationInterface": "or", "BusinessActor": "or", "BusinessProcess": "or", "BusinessService": "or", "Contract": "or", "DataObject": "or", "Node": "or", "Relationship": "o", "Requirement": "nor", "SystemSoftware": "or", "WorkPackage": "cfgost"],
    ]

    /// The concepts the table covers.
    public static var concepts: [String] { table.keys.sorted() }

    /// The relationship letters allowed from `source` to `target` (nil: a concept the table does not cover).
    public static func letters(from source: String, to target: String) -> String? {
        table[source]?[target]
    }

    /// Whether ArchiMate 3.2 allows a relationship of `type` from `source` to `target`.
    public static func allows(_ type: ArchiMateRelationshipType, from source: String, to target: String) -> Bool {
        letters(from: source, to: target)?.contains(type.letter) ?? false
    }
}
