/// One rule checked against one element: the outcome and the findings that decide it.
public struct RuleCheck: Sendable {
    public let rule: String
    public let layer: RuleLayer
    public let outcome: CheckOutcome
    /// What the rule found on the element, in report order (empty when it passed).
    public let findings: [Finding]

    public init(rule: String, layer: RuleLayer, findings: [Finding]) {
        self.rule = rule
        self.layer = layer
        self.findings = findings
        outcome = CheckOutcome(findings: findings)
    }
}
