import EAModel

/// INT008: a waiver in eaf.yaml that has expired or that matches no finding.
public struct StaleWaiverRule: FindingsRule {
    public static let description = RuleDescription(
        id: "INT008", slug: "expired-or-unused-waiver", layer: .integrity, defaultSeverity: .warning,
        // About eaf.yaml's waivers, not the element a waiver names.
        appliesTo: [],
        summary: "A waiver in eaf.yaml has expired or matches no finding.",
        rationale: """
        Transparency: a waiver is an approved, dated exception, and reviewers must be able to trust that \
        the list in eaf.yaml is current. An expired waiver no longer hides its findings — they fail again — \
        and is reported so that it is renewed with a new approval or removed once the problem is fixed. A \
        waiver that matches nothing (the problem was fixed, or its rule or element is misspelt) is reported \
        so that it cannot silently hide a future finding. A warning, since the waived findings themselves \
        are reported at their own severity.
        """,
        triggeringExamples: [
            RuleExample([
                "eaf.yaml": """
                waivers:
                  - ↓{rule: TEC009, element: cec.voter-register, reason: Moves to the government cloud in 2026, approvedBy: scitc, expires: 2026-06-30}
                  - ↓{rule: TEC001, element: cec.voter-register, reason: Legacy interface, approvedBy: scitc, expires: 2027-06-30}
                """,
                "model/cec.yaml": """
                id: cec.voter-register
                kind: InformationSystem
                name: Voter register
                lifecycle: production
                """,
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "eaf.yaml": """
                waivers:
                  - {rule: TEC009, element: cec.voter-register, reason: Moves to the government cloud in 2027, approvedBy: scitc, expires: 2027-06-30}
                """,
                "model/cec.yaml": """
                id: cec.voter-register
                kind: InformationSystem
                name: Voter register
                lifecycle: production
                """,
            ]),
        ])

    public init() {}

    public func check(_ context: RuleContext, findings: [Finding], ran: Set<String>) -> [Finding] {
        let waivers = Waivers(context.config.waivers, asOf: context.asOf)
        guard !waivers.waivers.isEmpty else { return [] }
        var matched = Set<String>()
        for finding in findings {
            if let element = finding.elementID { matched.insert(Waivers.key(rule: finding.ruleID, element: element)) }
        }
        let ids = RuleRegistry.all.map { $0.description.id }
        // Element hints for waivers that name no element, within the comparison budget.
        let misses = waivers.waivers.filter { context.model[$0.element] == nil }.count
        let elementIDs = misses * context.model.ids.count <= Suggestion.comparisonBudget
            ? Suggestion.Candidates(context.model.ids.sorted()) : nil
        return waivers.waivers.compactMap { waiver in
            let what = "waiver for \(waiver.rule) on '\(waiver.element)'"
            if waivers.isExpired(waiver), let expires = waiver.expires {
                return context.finding(
                    "\(what) expired on \(expires) (as of \(context.asOf)) and applies no more; fix the findings it covered, or renew it with a new approval and expiry date",
                    element: waiver.element, at: waiver.location, subject: "waiver=\(waiver.rule.uppercased()):expired")
            }
            guard let rule = ids.first(where: { $0.uppercased() == waiver.rule.uppercased() }) else {
                return context.finding(
                    "\(what) names no rule\(Suggestion.hint(for: waiver.rule, in: ids)); `eaf rules` lists them",
                    element: waiver.element, at: waiver.location, subject: "waiver=\(waiver.rule.uppercased()):unknown")
            }
            // A rule that did not run (off, or left out by --rule/--layer) cannot match.
            guard ran.contains(rule), !matched.contains(Waivers.key(rule: rule, element: waiver.element)) else { return nil }
            let why = context.model[waiver.element] == nil
                ? "no element has the id '\(waiver.element)'\(elementIDs?.hint(for: waiver.element) ?? "")"
                : "'\(waiver.element)' has no \(rule) finding"
            return context.finding(
                "\(what) matches no finding: \(why); remove the waiver if the problem is fixed, or correct its rule or element",
                element: waiver.element, at: waiver.location, subject: "waiver=\(rule):unused")
        }
    }
}
