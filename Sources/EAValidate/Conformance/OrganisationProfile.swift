import EAModel

/// What a scorecard says about an Organisation besides its score: its name, what sort of
/// body it is, and its Government CIO, to whom SCITC hands the report.
public struct OrganisationProfile: Sendable {
    /// A Government CIO as the model gives them.
    public struct GCIO: Sendable, Hashable {
        public var name: String
        public var position: String?
        public var email: String?
    }

    public let id: String
    public let name: LocalizedText
    /// ministry, agency, municipality, … (`type`).
    public let type: String?
    public let gcio: GCIO?
    /// Read from a reference folder rather than the repository's model.
    public let isReference: Bool

    public init(id: String, name: LocalizedText, type: String?, gcio: GCIO?, isReference: Bool) {
        self.id = id
        self.name = name
        self.type = type
        self.gcio = gcio
        self.isReference = isReference
    }

    public init(_ organisation: Element) {
        let gcio = organisation.record("gcio").flatMap { record in
            record.string("name").map { GCIO(name: $0, position: record.string("position"), email: record.string("email")) }
        }
        self.init(id: organisation.id, name: organisation.name, type: organisation.string("type"), gcio: gcio,
                  isReference: organisation.isReference)
    }

    /// A profile for an id no Organisation element has.
    public init(unknown id: String) {
        self.init(id: id, name: .plain(id), type: nil, gcio: nil, isReference: false)
    }

    public func label(_ languages: [String]) -> String {
        let text = name.best(languages)
        return text.isEmpty ? id : text
    }
}
