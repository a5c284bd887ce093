/// One reference written in the model, found by walking every element's fields with
/// their declared types: who refers, through which field, to what, and where.
public struct ModelReference: Sendable, Hashable {
    /// The id of the element that holds the reference.
    public var source: String
    /// The top-level field it is in (`holds` for `holds[0].entity`).
    public var field: String
    /// The full field path (`holds[0].entity`, `messages[1].carries[0]`).
    public var path: String
    /// The innermost field's name (`entity` for `holds[0].entity`).
    public var leafField: String
    /// The id referred to.
    public var target: String
    /// The kinds the field accepts.
    public var accepted: [Kind]
    public var location: SourceLocation
}

extension ModelReference {
    /// The field path without list positions: `holds.entity` for `holds[0].entity`.
    /// Graph views name edges by it and impact analysis looks dependencies up by it.
    public var fieldPath: String {
        // On bytes: graph views ask this of every reference in the model.
        guard path.utf8.contains(UInt8(ascii: "[")) else { return path }
        var name: [UInt8] = []
        name.reserveCapacity(path.utf8.count)
        var inBrackets = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "[") { inBrackets = true } else if byte == UInt8(ascii: "]") { inBrackets = false } else if !inBrackets { name.append(byte) }
        }
        return String(decoding: name, as: UTF8.self)
    }
}
