import EAModel

/// One element of the repository with every rule that applies to it and how it fared.
public struct ElementConformance: Sendable {
    public let id: String
    public let kind: Kind
    public let name: LocalizedText
    public let lifecycle: String?
    /// Where the element is defined (its `id`).
    public let location: SourceLocation
    /// The Organisations it counts for, by id (see `Accountability`): one, every party of
    /// an agreement without owner, or none.
    public let organisations: [String]
    /// The InformationSystem it counts for: a system itself, an interface's provider, an
    /// exchange's consumer; nil for other kinds.
    public let system: String?
    /// The applicable rules' checks, by rule id.
    public let checks: [RuleCheck]
    public let score: ConformanceScore

    public init(id: String, kind: Kind, name: LocalizedText, lifecycle: String?, location: SourceLocation,
                organisations: [String], system: String?, checks: [RuleCheck]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.lifecycle = lifecycle
        self.location = location
        self.organisations = organisations
        self.system = system
        self.checks = checks
        var score = ConformanceScore()
        for check in checks { score.count(check.outcome) }
        self.score = score
    }

    /// Whether the element counts for this organisation.
    public func counts(for organisation: String) -> Bool {
        organisations.contains(organisation)
    }

    /// The label in the first of these languages that has one, else the id.
    public func label(_ languages: [String]) -> String {
        let text = name.best(languages)
        return text.isEmpty ? id : text
    }

    /// Ids of the rules with this outcome, in id order.
    public func rules(_ outcome: CheckOutcome) -> [String] {
        checks.filter { $0.outcome == outcome }.map(\.rule)
    }
}
