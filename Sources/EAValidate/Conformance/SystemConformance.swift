import EAModel

/// An InformationSystem's score: the system's own checks with those of the interfaces it
/// provides and the exchanges it consumes.
public struct SystemConformance: Sendable {
    public let id: String
    public let name: LocalizedText
    public let lifecycle: String?
    public let group: ConformanceGroup

    public init(id: String, name: LocalizedText, lifecycle: String?, group: ConformanceGroup) {
        self.id = id
        self.name = name
        self.lifecycle = lifecycle
        self.group = group
    }

    public var score: ConformanceScore { group.score }
    public var verdict: ConformanceVerdict { group.verdict }

    public func label(_ languages: [String]) -> String {
        let text = name.best(languages)
        return text.isEmpty ? id : text
    }
}
