/// The relationship types of ArchiMate 3.2, named as the exchange format's `xsi:type`
/// writes them, with the letter the ArchiMate relationship table uses for each.
public enum ArchiMateRelationshipType: String, Sendable, CaseIterable, Comparable {
    case composition = "Composition"
    case aggregation = "Aggregation"
    case assignment = "Assignment"
    case realization = "Realization"
    case serving = "Serving"
    case access = "Access"
    case influence = "Influence"
    case triggering = "Triggering"
    case flow = "Flow"
    case specialization = "Specialization"
    case association = "Association"

    /// The key letter in the ArchiMate relationship table (`relationships-keys.xml`).
    public var letter: Character {
        switch self {
        case .access: "a"
        case .composition: "c"
        case .flow: "f"
        case .aggregation: "g"
        case .assignment: "i"
        case .influence: "n"
        case .association: "o"
        case .realization: "r"
        case .specialization: "s"
        case .triggering: "t"
        case .serving: "v"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
