/// A decoded field value, typed by the metamodel.
///
/// Dates and records are boxed (`indirect`) so that every value takes no more room than
/// a string: fields sit in dictionaries whose empty slots are as large as their values.
public enum FieldValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    indirect case date(LocalDate)
    case text(LocalizedText)
    /// The id of another element (resolved by the model graph, not here).
    case reference(String)
    /// An absolute URI where the field accepts one in place of a reference.
    case uri(String)
    case list([Field])
    indirect case record(Record)
    /// Free keys to values, sorted by key.
    case dictionary([DictionaryEntry])

    /// The text of a value written as one string: a string, a URI or a reference.
    @inlinable var asString: String? {
        switch self {
        case .string(let text), .uri(let text), .reference(let text): text
        default: nil
        }
    }
}

/// A field's value with where it was written.
///
/// Two fields are equal when their values are: the same model written in YAML and in
/// XML compares equal although every position differs.
public struct Field: Sendable, Hashable {
    public var value: FieldValue
    public var location: SourceLocation

    public init(_ value: FieldValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public static func == (lhs: Field, rhs: Field) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// One entry of a dictionary field (`properties`, a message's `mapping`).
public struct DictionaryEntry: Sendable, Hashable {
    public var key: String
    public var value: Field

    public init(key: String, value: Field) {
        self.key = key
        self.value = value
    }
}

/// A nested mapping of fields: an item of `holds`, `attributes`, `messages`, or `gcio`.
public struct Record: Sendable, Hashable, FieldContainer {
    public var fields: Fields
    public var location: SourceLocation

    public init(fields: Fields, location: SourceLocation) {
        self.fields = fields
        self.location = location
    }

    public static func == (lhs: Record, rhs: Record) -> Bool { lhs.fields == rhs.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}
