/// The checks and findings of a group of elements (an organisation's, a system's, a
/// layer's, a rule's, the repository's): the score and the counts behind it.
public struct ConformanceGroup: Sendable {
    public private(set) var score = ConformanceScore()
    public private(set) var findings = FindingCounts()
    /// Elements in the group.
    public private(set) var elements = 0

    public init() {}

    /// Adds an element: each of its checks, and the findings they hold.
    public mutating func add(_ element: ElementConformance) {
        elements += 1
        score.add(element.score)
        for check in element.checks {
            for finding in check.findings { findings.add(finding) }
        }
    }

    /// Adds one check (for groups by rule or layer, which count checks, not elements).
    public mutating func add(_ check: RuleCheck) {
        score.count(check.outcome)
        for finding in check.findings { findings.add(finding) }
    }

    /// Adds another group's checks, findings and elements (a layer sums its rules').
    mutating func add(_ other: ConformanceGroup) {
        elements += other.elements
        score.add(other.score)
        findings.add(other.findings)
    }

    public var verdict: ConformanceVerdict { score.verdict }
}
