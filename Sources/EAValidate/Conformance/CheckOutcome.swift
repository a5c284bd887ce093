/// How one element fared against one rule that applies to it.
public enum CheckOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The rule found nothing on the element.
    case passed
    /// Everything the rule found on the element is accepted by a waiver in eaf.yaml.
    case passedWithWaiver = "passed-with-waiver"
    /// The rule found something on the element that no waiver accepts. A finding accepted
    /// only by a baseline still fails: a baseline lets CI adopt a rule, it approves nothing.
    case failed

    /// The outcome of a check that produced these findings (none: passed).
    public init(findings: some Sequence<Finding>) {
        var waived = false
        for finding in findings {
            if finding.status == .waived { waived = true } else { self = .failed; return }
        }
        self = waived ? .passedWithWaiver : .passed
    }
}
