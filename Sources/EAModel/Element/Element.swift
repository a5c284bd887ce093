/// One element of the architecture: an organisation, a system, an exchange, ….
public struct Element: Sendable, Hashable, FieldContainer {
    public var id: String
    public var kind: Kind
    public var name: LocalizedText
    /// Where the element's `id` is written; findings about the element point here.
    public var location: SourceLocation
    /// Every field the file gives, by name, including `id` and `name`.
    public var fields: [String: Field]
    /// Whether the element was read from a reference folder (not reported on).
    public var isReference: Bool

    public init(id: String, kind: Kind, name: LocalizedText, location: SourceLocation,
                fields: [String: Field], isReference: Bool = false) {
        self.id = id
        self.kind = kind
        self.name = name
        self.location = location
        self.fields = fields
        self.isReference = isReference
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
    public var lifecycle: String? { string("lifecycle") }
    public var description: LocalizedText? { text("description") }

    /// Whether the element is in production (lifecycle `production`).
    public var isInProduction: Bool { lifecycle == "production" }

    /// A display label: the name in the first of the languages given, then the id.
    public func label(_ languages: [String] = []) -> String {
        let text = name.best(languages)
        return text.isEmpty ? id : text
    }
}
