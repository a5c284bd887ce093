import EAModel

/// JUnit XML, the format CI test tabs read (GitLab `artifacts:reports:junit`, Jenkins,
/// GitHub test-report actions): one `<testsuite>` per rule layer, one `<testcase>` per
/// rule and element checked — named `RULE element-id`, classname `layer.RULE` — so that a
/// fixed problem shows as a test that now passes.
///
/// A check with open findings at or above the `--fail-on` level is a `<failure>` whose
/// body gives each finding at `file:line:col`; open findings below it are written to
/// `<system-out>` and the test passes; a check whose findings are all waived (or
/// baselined) is `<skipped>`, with the reason. Findings about the repository rather than
/// an element (INT001, INT008, eaf.yaml settings) are test cases named after their rule
/// and element or file; a repository rule that found nothing is one passing case,
/// `RULE repository`. No times or timestamps, so the same input gives the same bytes;
/// valid against the xunit plugin's `junit-10.xsd`.
public struct JUnitReporter: FindingReporter {
    public let conformance: Conformance
    /// Open findings at or above this severity fail their test case; nil: none do.
    public let failOn: Severity?

    public init(conformance: Conformance, failOn: Severity? = .error) {
        self.conformance = conformance
        self.failOn = failOn
    }

    struct Case {
        var name: String
        var classname: String
        var rule: String
        var findings: [Finding]
    }

    enum Result {
        case passed, failed, skipped
    }

    /// Linear in checks and findings: one pass over the elements' checks and one over the
    /// unattached findings, each case appended to its layer's suite.
    public func render(_ report: FindingReport) -> String {
        let layers = Dictionary(conformance.rules.map { ($0.id, $0.layer) }, uniquingKeysWith: { first, _ in first })
        var suites: [RuleLayer: [Case]] = [:]
        for element in conformance.elements {
            for check in element.checks {
                suites[check.layer, default: []].append(
                    Case(name: "\(check.rule) \(element.id)", classname: "\(check.layer.rawValue).\(check.rule)", rule: check.rule,
                         findings: check.findings))
            }
        }
        var unattached: [String: Case] = [:]
        var reported = Set<String>()
        for finding in conformance.unattached {
            let layer = layers[finding.ruleID] ?? finding.layer
            let subject = finding.elementID ?? finding.location.file
            let key = finding.ruleID + "\u{1F}" + subject
            reported.insert(finding.ruleID)
            unattached[key, default: Case(name: "\(finding.ruleID) \(subject)", classname: "\(layer.rawValue).\(finding.ruleID)",
                                          rule: finding.ruleID, findings: [])].findings.append(finding)
        }
        for (_, testCase) in unattached {
            suites[layers[testCase.rule] ?? testCase.findings[0].layer, default: []].append(testCase)
        }
        for rule in conformance.rules where rule.isRepositoryLevel && !reported.contains(rule.id) {
            suites[rule.layer, default: []].append(
                Case(name: "\(rule.id) repository", classname: "\(rule.layer.rawValue).\(rule.id)", rule: rule.id, findings: []))
        }

        var body = ""
        var totals = (tests: 0, failures: 0, skipped: 0)
        for layer in RuleLayer.allCases {
            guard var cases = suites[layer], !cases.isEmpty else { continue }
            cases.sort { $0.rule != $1.rule ? $0.rule < $1.rule : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            var suite = ""
            var failures = 0
            var skipped = 0
            for testCase in cases {
                let (xml, result) = render(testCase, report)
                suite += xml
                if result == .failed { failures += 1 }
                if result == .skipped { skipped += 1 }
            }
            body += "  <testsuite name=\"\(layer.rawValue)\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
            body += "    <properties>\n"
            body += "      <property name=\"asOf\" value=\"\(report.asOf)\"/>\n"
            if let name = report.name { body += "      <property name=\"repository\" value=\"\(Self.attribute(name))\"/>\n" }
            body += "    </properties>\n"
            body += suite
            body += "  </testsuite>\n"
            totals.tests += cases.count
            totals.failures += failures
            totals.skipped += skipped
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"eaf validate\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"0\">\n"
        out += body
        out += "</testsuites>\n"
        return out
    }

    private func render(_ testCase: Case, _ report: FindingReport) -> (String, Result) {
        let open = testCase.findings.filter { $0.status == .open }
        let failing = open.filter { finding in failOn.map { finding.severity >= $0 } ?? false }
        let accepted = testCase.findings.filter { $0.status != .open }
        var out = "    <testcase name=\"\(Self.attribute(testCase.name))\" classname=\"\(Self.attribute(testCase.classname))\""
        guard !testCase.findings.isEmpty else { return (out + "/>\n", .passed) }
        out += ">\n"
        let result: Result
        if let first = failing.first {
            let more = failing.count > 1 ? " (and \(failing.count - 1) more)" : ""
            out += "      <failure type=\"\(first.severity.rawValue)\" message=\"\(Self.attribute(first.message + more))\">"
            out += testCase.findings.map { MarkupText.escape(line($0, report)) }.joined(separator: "\n")
            out += "</failure>\n"
            result = .failed
        } else if !accepted.isEmpty && open.isEmpty {
            let reason = accepted[0].status == .waived ? "waived: \(accepted[0].waiver ?? "in eaf.yaml")" : "in the baseline"
            out += "      <skipped message=\"\(Self.attribute(reason))\"/>\n"
            result = .skipped
        } else {
            result = .passed
        }
        if failing.isEmpty {
            out += "      <system-out>" + testCase.findings.map { MarkupText.escape(line($0, report)) }.joined(separator: "\n") + "</system-out>\n"
        }
        out += "    </testcase>\n"
        return (out, result)
    }

    /// `path:line:col: severity RULE message`, then its related locations and waiver.
    private func line(_ finding: Finding, _ report: FindingReport) -> String {
        let place = "\(report.displayPath(finding.location.file)):\(finding.location.line):\(finding.location.column)"
        var text = "\(place): \(ReportText.status(finding)) \(finding.ruleID) \(PlainText.singleLine(finding.message))"
        for related in finding.related {
            text += "\n  note: \(report.displayPath(related.location.file)):\(related.location.line):\(related.location.column): \(PlainText.singleLine(related.message))"
        }
        if let waiver = finding.waiver { text += "\n  waived: \(PlainText.singleLine(waiver))" }
        return text
    }

    /// Text for an attribute value: on one line, escaped.
    static func attribute(_ text: String) -> String {
        MarkupText.escape(PlainText.singleLine(text))
    }
}
