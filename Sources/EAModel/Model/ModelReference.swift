/// One reference written in the model, found by walking every element's fields with
/// their declared types: who refers, through which field, to what, and where.
///
/// Its parts live in one shared immutable box (`Shared`): a national model has hundreds
/// of thousands of references, and rules and views copy them by the list
/// (`outgoing(from:)`), which would otherwise retain every string inside each time. The
/// box holds what differs from one reference to the next; the field, the innermost field
/// and the accepted kinds are the metamodel's, named by the site's number
/// (`ReferenceSite`), and the source's id is its element's. A reference is 80 bytes.
public struct ModelReference: Sendable, Hashable {
    @usableFromInline struct Parts: Sendable {
        /// The element that holds the reference (`model[source]`: the first of a repeated id).
        @usableFromInline let sourceElement: Element
        @usableFromInline let targetElement: Element?
        @usableFromInline let path: String
        @usableFromInline let target: String
        @usableFromInline let location: SourceLocation
        @usableFromInline let site: Int32
    }

    @usableFromInline let parts: Shared<Parts>

    init(site: Int, path: String, target: String, location: SourceLocation, sourceElement: Element, targetElement: Element?) {
        parts = Shared(Parts(sourceElement: sourceElement, targetElement: targetElement, path: path, target: target,
                             location: location, site: Int32(site)))
    }

    var site: ReferenceSite { FieldWalk.referenceSites[Int(parts.value.site)] }

    /// The id of the element that holds the reference.
    @inlinable public var source: String { parts.value.sourceElement.id }
    /// The top-level field it is in (`holds` for `holds[0].entity`).
    public var field: String { site.field }
    /// The full field path (`holds[0].entity`, `messages[1].carries[0]`).
    @inlinable public var path: String { parts.value.path }
    /// The innermost field's name (`entity` for `holds[0].entity`).
    public var leafField: String { site.leafField }
    /// The id referred to.
    @inlinable public var target: String { parts.value.target }
    /// The kinds the field accepts, in the metamodel's order.
    public var accepted: [Kind] { site.accepted }
    @inlinable public var location: SourceLocation { parts.value.location }
    /// The element `source` names in the model (`model[source]`: the first of a repeated id).
    @inlinable public var sourceElement: Element? { parts.value.sourceElement }
    /// The element `target` names in the model (`model[target]`), nil when none does.
    @inlinable public var targetElement: Element? { parts.value.targetElement }

    /// Whether the field accepts an element of `kind`: a bit test, where
    /// `accepted.contains` counts the shared list up and down on every call.
    public func accepts(_ kind: Kind) -> Bool {
        FieldWalk.acceptedPlaces[Int(parts.value.site)] & 1 << UInt32(kind.place) != 0
    }

    /// Two references are equal when their source, field, path, innermost field, target,
    /// accepted kinds and location are.
    public static func == (lhs: ModelReference, rhs: ModelReference) -> Bool {
        if lhs.parts === rhs.parts { return true }
        let (left, right) = (lhs.parts.value, rhs.parts.value)
        guard left.sourceElement.id == right.sourceElement.id, left.path == right.path, left.target == right.target,
              left.location == right.location else { return false }
        if left.site == right.site { return true }
        let (leftSite, rightSite) = (lhs.site, rhs.site)
        return leftSite.field == rightSite.field && leftSite.leafField == rightSite.leafField && leftSite.accepted == rightSite.accepted
    }

    public func hash(into hasher: inout Hasher) {
        let parts = parts.value
        hasher.combine(parts.sourceElement.id)
        hasher.combine(parts.path)
        hasher.combine(parts.target)
        hasher.combine(parts.location)
        hasher.combine(site.field)
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
