/// Why a schema could not be compiled: it is not JSON, a keyword has a value of the
/// wrong kind, a reference cannot be resolved, or references loop without progress.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The schema text is not valid JSON.
        case syntax
        /// A keyword's value is not of the form the draft requires.
        case invalidKeyword
        /// A `$ref`, `$dynamicRef` or `$schema` names a document, anchor or pointer that is
        /// not among the given documents, the bundled metaschemas or the mapped folders.
        case unresolvableReference
        /// References (or `allOf`, `not`, …) lead back to the same subschema without
        /// reaching into the instance: evaluation would never end.
        case referenceCycle
        /// The metaschema requires a vocabulary this engine does not know.
        case unsupportedVocabulary
    }

    public var kind: Kind
    public var message: String
    /// The absolute URI of the schema location at fault (`uri#/json/pointer`), if known.
    public var schemaLocation: String?
    /// Line and column of the offending value in its schema document, if it was read
    /// from text.
    public var position: JSONPosition?

    public init(kind: Kind, message: String, schemaLocation: String? = nil, position: JSONPosition? = nil) {
        self.kind = kind
        self.message = message
        self.schemaLocation = schemaLocation
        self.position = position
    }

    public var description: String {
        var out = ""
        if let position { out += "\(position): " }
        out += message
        if let schemaLocation { out += " (at \(schemaLocation))" }
        return out
    }
}
