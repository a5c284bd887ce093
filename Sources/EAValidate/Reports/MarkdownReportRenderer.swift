import EAModel

/// The conformance report in Markdown, for a merge-request comment or a wiki page: the
/// same sections as the HTML report, tables instead of charts, and the organisations
/// graph as a Mermaid flowchart (GitHub and GitLab draw it). Model text is escaped for
/// table cells, so a name cannot break a table or inject markup.
///
/// Rendering reads each list of the report once: linear in the report's size.
public struct MarkdownReportRenderer: ConformanceReportRenderer {
    /// Threads the table of elements is written on.
    public var threads: Int

    public init(threads: Int = System.activeProcessorCount) {
        self.threads = threads
    }

    public func render(_ report: ConformanceReport) -> String {
        let conformance = report.conformance
        let languages = report.languages
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        func cell(_ text: String) -> String { MarkdownReporter.cell(text) }
        func code(_ text: String) -> String { MarkdownReporter.code(text) }
        func row(_ cells: [String]) { out += Self.row(cells) }
        func scoreRow(_ first: [String], _ score: ConformanceScore) {
            row(first + ["\(score.applicable)", "\(score.passed)", "\(score.passedWithWaiver)", "\(score.failed)", score.formatted])
        }

        let scope = report.scope
        line("# Interoperability conformance report: \(cell(scope.map { "\($0.profile.label(languages)) — \(report.name)" } ?? report.name))")
        line()
        row(["", ""])
        row(["---", "---"])
        row(["Repository", cell(report.name)])
        if let scope {
            row(["Organisation", "\(cell(scope.profile.label(languages))) \(code(scope.id))"])
        } else {
            row(["Scope", "every organisation"])
        }
        row(["As of", report.asOf.description])
        row(["Commit", report.revision.map { code($0.commit) + ($0.branch.map { " (\(cell($0)))" } ?? "") } ?? "not in a git checkout"])
        row(["Made by", "eaf \(EAF.version)"])
        line()

        // Summary.
        let counts = conformance.findingCounts
        let overall = conformance.overall.score
        line("## Summary")
        line()
        line("**\(conformance.verdict.title)**: **\(overall.formatted)** of \(ReportText.plural(overall.applicable, "check")) passed.")
        line()
        var headers = ["Elements", "Model files", "Organisations", "Rules checked", "Failed checks", "Errors", "Warnings", "Info", "Waived"]
        var values = [conformance.elements.count, report.fileCount, conformance.organisations.count, conformance.rules.count,
                      overall.failed, counts.errors, counts.warnings, counts.info, counts.waived]
        if counts.baselined > 0 {
            headers.append("Baselined")
            values.append(counts.baselined)
        }
        row(headers)
        row(headers.map { _ in "---:" })
        row(values.map(String.init))
        line()
        if !conformance.unattached.isEmpty {
            line("\(ReportText.plural(conformance.unattached.count, "finding")) concern the repository rather than an element (unreadable files, eaf.yaml); they decide the verdict but no score.")
            line()
        }
        line("### Scores by layer")
        line()
        row(["Layer", "Rules", "Checks", "Passed", "With waiver", "Failed", "Score"])
        row(["---", "---:", "---:", "---:", "---:", "---:", "---:"])
        for layer in conformance.layers { scoreRow([ReportText.layer(layer.layer), "\(layer.rules)"], layer.score) }
        line()
        line("### Findings by layer and severity")
        line()
        var byLayer: [RuleLayer: FindingCounts] = [:]
        for finding in conformance.findings { byLayer[finding.layer, default: FindingCounts()].add(finding) }
        row(["Layer", "Errors", "Warnings", "Info", "Waived"] + (counts.baselined > 0 ? ["Baselined"] : []))
        row(["---", "---:", "---:", "---:", "---:"] + (counts.baselined > 0 ? ["---:"] : []))
        for layer in RuleLayer.allCases {
            let c = byLayer[layer] ?? FindingCounts()
            row([ReportText.layer(layer), "\(c.errors)", "\(c.warnings)", "\(c.info)", "\(c.waived)"] + (counts.baselined > 0 ? ["\(c.baselined)"] : []))
        }
        line()

        // Organisations.
        line("## Organisations")
        line()
        row(["Organisation", "GCIO", "Verdict", "Score", "Checks", "Failed", "Errors", "Warnings", "Waived"])
        row(["---", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:"])
        for organisation in conformance.organisations {
            let f = organisation.group.findings
            row(["\(cell(organisation.profile.label(languages))) \(code(organisation.id))", cell(ReportText.gcio(organisation.profile)),
                 organisation.verdict.title, organisation.score.formatted, "\(organisation.score.applicable)", "\(organisation.score.failed)",
                 "\(f.errors)", "\(f.warnings)", "\(f.waived)"])
        }
        if conformance.unassigned.elements > 0 {
            let group = conformance.unassigned
            row(["Not assigned to an organisation", "", group.verdict.title, group.score.formatted, "\(group.score.applicable)",
                 "\(group.score.failed)", "\(group.findings.errors)", "\(group.findings.warnings)", "\(group.findings.waived)"])
        }
        line()
        for organisation in conformance.organisations where !organisation.systems.isEmpty {
            line("### \(cell(organisation.profile.label(languages))) (\(code(organisation.id)))")
            line()
            line("\(organisation.verdict.title), \(organisation.score.formatted) of \(ReportText.plural(organisation.score.applicable, "check")) passed. GCIO: \(cell(ReportText.gcio(organisation.profile))).")
            line()
            row(["Information system", "Lifecycle", "Checks", "Failed", "Score", "Verdict"])
            row(["---", "---", "---:", "---:", "---:", "---"])
            for system in organisation.systems {
                row(["\(cell(system.label(languages))) \(code(system.id))", cell(system.lifecycle ?? "—"), "\(system.score.applicable)",
                     "\(system.score.failed)", system.score.formatted, system.verdict.title])
            }
            line()
        }

        // Graph.
        line("## Data exchanges between organisations")
        line()
        if report.organisationsGraph.edges.isEmpty {
            line("No exchanges between organisations.")
        } else if let mermaid = OrganisationsDrawing.mermaid(report.organisationsGraph) {
            line("```mermaid")
            out += mermaid
            line("```")
        } else {
            line(OrganisationsDrawing.tooLarge(report.organisationsGraph, command: code))
        }
        line()

        // Rules.
        line("## Scores by rule")
        line()
        line(ReportText.explanationOfChecks)
        line()
        row(["Rule", "Layer", "Applies to", "Checks", "Passed", "With waiver", "Failed", "Score"])
        row(["---", "---", "---", "---:", "---:", "---:", "---:", "---:"])
        for entry in conformance.byRule {
            scoreRow(["**\(entry.rule.id)** \(cell(entry.rule.slug))", entry.rule.layer.rawValue, cell(RuleCatalogue.checkedKinds(entry.rule))],
                     entry.score)
        }
        line()

        // Findings.
        line("## Findings")
        line()
        if conformance.findings.isEmpty {
            line("No findings.")
        } else {
            row(["Status", "Rule", "Where", "Element", "Message"])
            row(["---", "---", "---", "---", "---"])
            for finding in conformance.findings {
                var message = cell(finding.message)
                for related in finding.related {
                    message += "<br>↳ \(code(ConformanceReport.place(related.location))) \(cell(related.message))"
                }
                if let waiver = finding.waiver { message += "<br>waived: \(cell(waiver))" }
                row([ReportText.status(finding), finding.ruleID, code(ConformanceReport.place(finding.location)),
                     finding.elementID.map(code) ?? "", message])
            }
        }
        line()

        // Explanations.
        line("## The rules that found something")
        line()
        let fired = report.rulesThatFired
        if fired.isEmpty {
            line("No rule found anything.")
            line()
        }
        for rule in fired {
            line("### \(rule.id) \(cell(rule.slug))")
            line()
            line("\(ReportText.layer(rule.layer)) layer · default severity \(rule.defaultSeverity.rawValue) · checks \(cell(RuleCatalogue.checkedKinds(rule)))")
            line()
            line(cell(rule.summary))
            line()
            line("**Why:** \(cell(rule.rationale))")
            line()
        }

        // Waivers.
        line("## Waivers")
        line()
        if report.waivers.isEmpty {
            line("No waivers.")
        } else {
            row(["Rule", "Element", "Reason", "Approved by", "Expires", "State"])
            row(["---", "---", "---", "---", "---", "---"])
            for status in report.waivers {
                let waiver = status.waiver
                row([cell(waiver.rule), code(waiver.element), cell(waiver.reason), cell(waiver.approvedBy),
                     waiver.expires?.description ?? "never", cell(ReportText.state(status))])
            }
        }
        line()

        // Elements: folded, so that a merge-request comment stays short.
        line("## Elements")
        line()
        line("<details><summary>\(ReportText.plural(conformance.elements.count, "element")) with the rules that apply to them</summary>")
        line()
        row(["Element", "Kind", "Organisation", "Passed", "Score", "Failed", "Waived"])
        row(["---", "---", "---", "---:", "---:", "---", "---"])
        out += RowText.joined(conformance.elements, threads: threads) { element, out in
            let score = element.score
            let code = MarkdownReporter.code
            let cells = ["\(code(element.id)) \(MarkdownReporter.cell(element.label(languages)))", element.kind.rawValue,
                         element.organisations.isEmpty ? "—" : element.organisations.map(code).joined(separator: " "),
                         "\(score.passed + score.passedWithWaiver)/\(score.applicable)", score.formatted,
                         element.rules(.failed).joined(separator: " "), element.rules(.passedWithWaiver).joined(separator: " ")]
            out += Self.row(cells)
        }
        line()
        line("</details>")
        line()
        line("## How the score is computed")
        line()
        line(cell(ReportText.method))
        return out
    }

    /// A table row of these cells, already made safe for a cell, with its line feed.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }
}
