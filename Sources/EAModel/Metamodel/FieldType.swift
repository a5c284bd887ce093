/// The declared type of a field; readers resolve scalars by it, so `version: 1.0`
/// stays the string "1.0" and `baseRegistry: "true"` is still a boolean.
public indirect enum FieldType: Sendable, Equatable {
    /// Any scalar, kept as its text.
    case string
    /// A string or a map of language code to string.
    case localizedText
    /// An element id (`^[a-z0-9]+([.-][a-z0-9]+)*$`).
    case identifier
    case integer(ClosedRange<Int>?)
    case number
    case boolean
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// An absolute URL.
    case url
    /// A path inside the repository to a file with one of these extensions.
    case path(extensions: [String])
    /// One of a fixed set of values.
    case choice([String])
    /// The id of an element of one of these kinds.
    case reference([Kind])
    /// The id of an element of one of these kinds, or an absolute URI.
    case referenceOrURI([Kind])
    case list(FieldType)
    /// A nested mapping with its own fields.
    case record([FieldSpec])
    /// A mapping of free keys to values of one type.
    case dictionary(FieldType)

    /// Whether a value of this type is written as a single scalar.
    public var isScalar: Bool {
        switch self {
        case .localizedText, .list, .record, .dictionary: false
        default: true
        }
    }

    /// A short name of the type for messages ("a date (YYYY-MM-DD)").
    public var phrase: String {
        switch self {
        case .string: "a string"
        case .localizedText: "a text or a map of language code to text"
        case .identifier: "an id such as 'grs.population-register'"
        case .integer(let range?): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .integer(nil): "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .date: "a date (YYYY-MM-DD)"
        case .url: "an absolute URL"
        case .path(let extensions): "a path to a " + extensions.joined(separator: " or ") + " file"
        case .choice(let values): "one of " + values.joined(separator: ", ")
        case .reference(let kinds): "the id of " + Self.kindsPhrase(kinds)
        case .referenceOrURI(let kinds): "the id of " + Self.kindsPhrase(kinds) + " or a URI"
        case .list: "a list"
        case .record: "a mapping"
        case .dictionary: "a mapping"
        }
    }

    static func kindsPhrase(_ kinds: [Kind]) -> String {
        let names = kinds.map(\.rawValue)
        let article = names.first.map { "AEIOU".contains($0.first!) ? "an " : "a " } ?? "a "
        return article + names.joined(separator: " or ")
    }

    /// The kinds a reference of this type may name (for lists, of their items).
    public var referencedKinds: [Kind]? {
        switch self {
        case .reference(let kinds), .referenceOrURI(let kinds): kinds
        case .list(let item): item.referencedKinds
        default: nil
        }
    }
}

/// One field of a kind or of a nested record.
public struct FieldSpec: Sendable, Equatable {
    public let name: String
    public let type: FieldType
    public let required: Bool
    /// What the field means, for editors' hover text and `eaf explain`.
    public let summary: String
    /// In XML, the element name of each item of a list of records (`holds` → `hold`).
    public let xmlItemName: String?

    public init(_ name: String, _ type: FieldType, required: Bool = false, item xmlItemName: String? = nil, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.summary = summary
        self.xmlItemName = xmlItemName
    }
}
