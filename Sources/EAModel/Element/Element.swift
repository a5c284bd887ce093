/// One element of the architecture: an organisation, a system, an exchange, ….
///
/// Its values live in one shared, immutable box (`Shared`): elements are handed to every
/// rule and kept in several indexes, and copying one is then a single reference count
/// instead of one per string and dictionary it holds (profiles of a national repository
/// showed element copies as the largest single cost of validation).
public struct Element: Sendable, Hashable, FieldContainer {
    @usableFromInline struct Parts: Sendable {
        @usableFromInline let id: String
        @usableFromInline let kind: Kind
        let name: LocalizedText
        let location: SourceLocation
        @usableFromInline let fields: Fields
        let isReference: Bool
        /// The `lifecycle` field's text, read once as the element is made: a dozen rules
        /// ask it of every element they read, and each asking scanned the field names and
        /// read the value from memory apart from the element's own.
        let lifecycle: String?
    }

    // `@usableFromInline`, with the getters below `@inlinable`: rules in EAValidate then
    // read an element's id, kind and fields in place, without a retained copy each time
    // (README, "Performance"). Internal still: nothing outside EAModel names them.
    @usableFromInline let parts: Shared<Parts>

    @inlinable public var id: String { parts.value.id }
    @inlinable public var kind: Kind { parts.value.kind }
    public var name: LocalizedText { parts.value.name }
    /// Where the element's `id` is written; findings about the element point here.
    public var location: SourceLocation { parts.value.location }
    /// Every field the file gives, by name, including `id` and `name`.
    @inlinable public var fields: Fields { parts.value.fields }
    /// Whether the element was read from a reference folder (not reported on).
    public var isReference: Bool { parts.value.isReference }

    public init(id: String, kind: Kind, name: LocalizedText, location: SourceLocation,
                fields: Fields, isReference: Bool = false) {
        parts = Shared(Parts(id: id, kind: kind, name: name, location: location, fields: fields, isReference: isReference,
                             lifecycle: fields.value(of: "lifecycle")?.asString))
    }

    /// The same element compares equal wherever and in whichever format it was written.
    public static func == (lhs: Element, rhs: Element) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
    }

    public var owner: Reference? { reference("owner") }
    /// The `lifecycle` field's text (as `string("lifecycle")`).
    public var lifecycle: String? { parts.value.lifecycle }
    public var description: LocalizedText? { text("description") }

    /// Whether the element is in production (lifecycle `production`).
    public var isInProduction: Bool { lifecycle == "production" }

    /// A display label: the name in the first of the languages given, then the id.
    public func label(_ languages: [String] = []) -> String {
        let text = name.best(languages)
        return text.isEmpty ? id : text
    }
}
