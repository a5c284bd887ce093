/// One reference written in the model, found by walking every element's fields with
/// their declared types: who refers, through which field, to what, and where.
///
/// Its parts live in one shared immutable box (`Shared`): a national model has hundreds
/// of thousands of references, and rules and views copy them by the list
/// (`outgoing(from:)`), which would otherwise retain six strings and an array each time.
public struct ModelReference: Sendable, Hashable {
    /// What a reference is: its ids, field and place. Equality and hashing use these only.
    @usableFromInline struct Identity: Sendable, Hashable {
        @usableFromInline let source: String
        @usableFromInline let field: String
        @usableFromInline let path: String
        @usableFromInline let leafField: String
        @usableFromInline let target: String
        @usableFromInline let accepted: [Kind]
        @usableFromInline let location: SourceLocation
    }

    /// The identity, and the elements the ids name, looked up once when the model is built.
    @usableFromInline struct Parts: Sendable {
        @usableFromInline let identity: Identity
        @usableFromInline let sourceElement: Element?
        @usableFromInline let targetElement: Element?
    }

    @usableFromInline let parts: Shared<Parts>

    init(source: String, field: String, path: String, leafField: String, target: String, accepted: [Kind],
         location: SourceLocation, sourceElement: Element?, targetElement: Element?) {
        let identity = Identity(source: source, field: field, path: path, leafField: leafField, target: target,
                                accepted: accepted, location: location)
        parts = Shared(Parts(identity: identity, sourceElement: sourceElement, targetElement: targetElement))
    }

    /// The id of the element that holds the reference.
    @inlinable public var source: String { parts.value.identity.source }
    /// The top-level field it is in (`holds` for `holds[0].entity`).
    @inlinable public var field: String { parts.value.identity.field }
    /// The full field path (`holds[0].entity`, `messages[1].carries[0]`).
    @inlinable public var path: String { parts.value.identity.path }
    /// The innermost field's name (`entity` for `holds[0].entity`).
    @inlinable public var leafField: String { parts.value.identity.leafField }
    /// The id referred to.
    @inlinable public var target: String { parts.value.identity.target }
    /// The kinds the field accepts.
    @inlinable public var accepted: [Kind] { parts.value.identity.accepted }
    @inlinable public var location: SourceLocation { parts.value.identity.location }
    /// The element `source` names in the model (`model[source]`: the first of a repeated id).
    @inlinable public var sourceElement: Element? { parts.value.sourceElement }
    /// The element `target` names in the model (`model[target]`), nil when none does.
    @inlinable public var targetElement: Element? { parts.value.targetElement }

    public static func == (lhs: ModelReference, rhs: ModelReference) -> Bool {
        lhs.parts === rhs.parts || lhs.parts.value.identity == rhs.parts.value.identity
    }

    public func hash(into hasher: inout Hasher) {
        parts.value.identity.hash(into: &hasher)
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
