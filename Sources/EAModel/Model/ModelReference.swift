/// One reference written in the model, found by walking every element's fields with
/// their declared types: who refers, through which field, to what, and where.
///
/// Its parts live in one shared immutable box: a national model has hundreds of thousands
/// of references, and rules and views copy them by the list (`outgoing(from:)`), which
/// would otherwise retain six strings and an array each time.
public struct ModelReference: Sendable, Hashable {
    private final class Storage: Sendable {
        let source: String
        let field: String
        let path: String
        let leafField: String
        let target: String
        let accepted: [Kind]
        let location: SourceLocation

        init(source: String, field: String, path: String, leafField: String, target: String, accepted: [Kind],
             location: SourceLocation) {
            self.source = source
            self.field = field
            self.path = path
            self.leafField = leafField
            self.target = target
            self.accepted = accepted
            self.location = location
        }
    }

    private let storage: Storage

    init(source: String, field: String, path: String, leafField: String, target: String, accepted: [Kind],
         location: SourceLocation) {
        storage = Storage(source: source, field: field, path: path, leafField: leafField, target: target,
                          accepted: accepted, location: location)
    }

    /// The id of the element that holds the reference.
    public var source: String { storage.source }
    /// The top-level field it is in (`holds` for `holds[0].entity`).
    public var field: String { storage.field }
    /// The full field path (`holds[0].entity`, `messages[1].carries[0]`).
    public var path: String { storage.path }
    /// The innermost field's name (`entity` for `holds[0].entity`).
    public var leafField: String { storage.leafField }
    /// The id referred to.
    public var target: String { storage.target }
    /// The kinds the field accepts.
    public var accepted: [Kind] { storage.accepted }
    public var location: SourceLocation { storage.location }

    public static func == (lhs: ModelReference, rhs: ModelReference) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.source == rhs.source && lhs.field == rhs.field && lhs.path == rhs.path && lhs.leafField == rhs.leafField
                && lhs.target == rhs.target && lhs.accepted == rhs.accepted && lhs.location == rhs.location)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(path)
        hasher.combine(target)
        hasher.combine(location)
    }
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
