/// A problem found while reading the repository, before any rule runs.
///
/// The integrity rules (INT001–INT007) turn these into findings; keeping them as data
/// here lets the model library stay silent and the rules decide severity and wording.
public struct LoadIssue: Sendable, Hashable {
    /// What went wrong, which picks the integrity rule that reports it.
    public enum Category: String, Sendable, Hashable, Comparable {
        /// Not well-formed YAML or XML, unreadable, empty, or too large (INT001).
        case malformed
        /// Breaks the metamodel: unknown field, missing field, wrong type, bad value (INT002).
        case structure
        /// A YAML mapping repeats a key (INT007).
        case duplicateKey

        public static func < (lhs: Category, rhs: Category) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var category: Category
    public var message: String
    public var location: SourceLocation
    /// Other places the message refers to (the first occurrence of a repeated key).
    public var related: [SourceLocation]
    /// The element the problem is in, when it is known.
    public var elementID: String?
    /// What the problem is about inside the element (a field path), for fingerprints.
    public var subject: String

    public init(_ category: Category, _ message: String, at location: SourceLocation,
                related: [SourceLocation] = [], elementID: String? = nil, subject: String = "") {
        self.category = category
        self.message = message
        self.location = location
        self.related = related
        self.elementID = elementID
        self.subject = subject
    }
}
