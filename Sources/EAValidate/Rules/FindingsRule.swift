import EAModel

/// A rule that judges the other rules' findings rather than the model (INT008 compares the
/// waivers in eaf.yaml with them). The Validator runs these after every other rule, once
/// waivers have been applied; their plain `check` finds nothing.
public protocol FindingsRule: Rule {
    /// - Parameters:
    ///   - findings: every other rule's findings, waived ones marked.
    ///   - ran: the ids of the rules that ran (not turned off or left out by `--rule`/`--layer`).
    func check(_ context: RuleContext, findings: [Finding], ran: Set<String>) -> [Finding]
}

extension FindingsRule {
    public static var judgesFindings: Bool { true }
    public func check(_ context: RuleContext) -> [Finding] { [] }
}
