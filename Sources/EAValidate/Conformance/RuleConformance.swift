/// One rule's record across the elements it checks: how many passed it, with or without
/// a waiver, and how many failed.
public struct RuleConformance: Sendable {
    public let rule: RuleDescription
    public let group: ConformanceGroup

    public init(rule: RuleDescription, group: ConformanceGroup) {
        self.rule = rule
        self.group = group
    }

    public var score: ConformanceScore { group.score }
}
