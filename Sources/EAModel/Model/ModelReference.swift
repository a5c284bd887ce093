/// One reference written in the model, found by walking every element's fields with
/// their declared types: who refers, through which field, to what, and where.
///
/// Its parts live in one shared immutable box (`Shared`): a national model has hundreds
/// of thousands of references, and rules and views copy them by the list
/// (`outgoing(from:)`), which would otherwise retain six strings and an array each time.
public struct ModelReference: Sendable, Hashable {
    private struct Parts: Sendable, Hashable {
        let source: String
        let field: String
        let path: String
        let leafField: String
        let target: String
        let accepted: [Kind]
        let location: SourceLocation
        let ends: Ends
    }

    /// The elements the ids name, looked up once when the model is built; not part of a
    /// reference's identity, which its ids and place give.
    private struct Ends: Sendable, Hashable {
        let source: Element?
        let target: Element?

        static func == (lhs: Ends, rhs: Ends) -> Bool { true }
        func hash(into hasher: inout Hasher) {}
    }

    private let parts: Shared<Parts>

    init(source: String, field: String, path: String, leafField: String, target: String, accepted: [Kind],
         location: SourceLocation, sourceElement: Element?, targetElement: Element?) {
        parts = Shared(Parts(source: source, field: field, path: path, leafField: leafField, target: target,
                             accepted: accepted, location: location,
                             ends: Ends(source: sourceElement, target: targetElement)))
    }

    /// The id of the element that holds the reference.
    public var source: String { parts.value.source }
    /// The top-level field it is in (`holds` for `holds[0].entity`).
    public var field: String { parts.value.field }
    /// The full field path (`holds[0].entity`, `messages[1].carries[0]`).
    public var path: String { parts.value.path }
    /// The innermost field's name (`entity` for `holds[0].entity`).
    public var leafField: String { parts.value.leafField }
    /// The id referred to.
    public var target: String { parts.value.target }
    /// The kinds the field accepts.
    public var accepted: [Kind] { parts.value.accepted }
    public var location: SourceLocation { parts.value.location }
    /// The element `source` names in the model (`model[source]`: the first of a repeated id).
    public var sourceElement: Element? { parts.value.ends.source }
    /// The element `target` names in the model (`model[target]`), nil when none does.
    public var targetElement: Element? { parts.value.ends.target }

    public static func == (lhs: ModelReference, rhs: ModelReference) -> Bool {
        lhs.parts === rhs.parts || lhs.parts.value == rhs.parts.value
    }

    public func hash(into hasher: inout Hasher) {
        parts.value.hash(into: &hasher)
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
