import EAModel

/// A problem found checking a message against its schema, or compiling the schema.
public struct MessageProblem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The schema does not parse or compile (TEC004).
        case schema
        /// The message is not well-formed, is refused, or does not validate (TEC005).
        case message
    }

    public var kind: Kind
    public var message: String
    /// Where in the message (or schema) file; the file as the caller named it.
    public var location: SourceLocation
    /// For JSON messages: the JSON Pointer of the failing value (`/members/0/code`).
    public var instancePath: String?
    /// For JSON messages: where in the schema the failing keyword is.
    public var keywordPath: String?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation,
                instancePath: String? = nil, keywordPath: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.instancePath = instancePath
        self.keywordPath = keywordPath
    }
}

/// Why a schema could not be compiled: every problem found, in order.
public struct SchemaFailure: Error, Sendable {
    public var problems: [MessageProblem]

    public init(_ problems: [MessageProblem]) {
        self.problems = problems
    }
}
