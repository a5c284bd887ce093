/// One way an instance fails its schema.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// JSON Pointer to the failing value in the instance, e.g. `/members/0/code`
    /// (empty for the root).
    public var instanceLocation: String
    /// The path through the schema as evaluated, through any `$ref`, e.g.
    /// `/properties/members/items/required`.
    public var keywordLocation: String
    /// The failing keyword's absolute location (`uri#/pointer`), given when the path
    /// went through a reference, where `keywordLocation` alone would not find it.
    public var absoluteKeywordLocation: String?
    /// The failing keyword, e.g. `required`.
    public var keyword: String
    /// What is wrong, for a person: "required property 'code' is missing".
    public var message: String
    /// Line and column of the failing value in the instance text, when the instance came
    /// from ``JSONReader`` (or another source that set positions).
    public var position: JSONPosition?

    public init(instanceLocation: String, keywordLocation: String, absoluteKeywordLocation: String? = nil,
                keyword: String, message: String, position: JSONPosition? = nil) {
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.keyword = keyword
        self.message = message
        self.position = position
    }

    /// `line:column: /instance/pointer: message (keyword location)`.
    public var description: String {
        var out = ""
        if let position { out += "\(position): " }
        out += instanceLocation.isEmpty ? "(root)" : instanceLocation
        out += ": " + message + " (" + (keywordLocation.isEmpty ? "/" : keywordLocation) + ")"
        return out
    }
}
