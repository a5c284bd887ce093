/// An agency's scorecard: who it is, its score and verdict over every element it counts
/// for (see `Accountability`), and its information systems with theirs.
public struct OrganisationConformance: Sendable {
    public let profile: OrganisationProfile
    public let group: ConformanceGroup
    /// Its systems, by id.
    public let systems: [SystemConformance]

    public init(profile: OrganisationProfile, group: ConformanceGroup, systems: [SystemConformance]) {
        self.profile = profile
        self.group = group
        self.systems = systems
    }

    public var id: String { profile.id }
    public var score: ConformanceScore { group.score }
    public var verdict: ConformanceVerdict { group.verdict }
}
