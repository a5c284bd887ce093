import EAModel
import Foundation

/// The conformance report as ONE self-contained HTML file: no scripts, no fonts, images
/// or styles from anywhere else, readable with JavaScript off and printable to PDF. The
/// charts are inline SVG drawn here; the organisations graph is the SVG Graphviz drew,
/// when the caller could run it. Every piece of model text is escaped, and the page is
/// well-formed XML as well as HTML, so that `xmllint --noout` can check it.
///
/// Rendering reads each list of the report once (elements, findings, organisations,
/// rules, waivers): linear in the report's size.
public struct HTMLReportRenderer: ConformanceReportRenderer {
    /// Threads the table of elements is written on.
    public var threads: Int

    public init(threads: Int = System.activeProcessorCount) {
        self.threads = threads
    }

    public func render(_ report: ConformanceReport) -> String {
        var page = Page(report: report, threads: threads)
        page.head()
        page.summary()
        page.organisations()
        page.graph()
        page.rules()
        page.findings()
        page.explanations()
        page.waivers()
        page.elements()
        page.method()
        return page.finish()
    }

    /// The organisations graph's SVG as it can stand inside the page: from `<svg` on (no
    /// XML declaration or DOCTYPE), and nil when it holds anything active (a script, a
    /// `javascript:` link, foreign content), which Graphviz never writes.
    public static func embeddable(_ svg: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        let body = String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = body.lowercased()
        let active = ["<script", "javascript:", "<foreignobject", "<!doctype", "<!entity", "<iframe"].contains { lowered.contains($0) }
            || lowered.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil
        return active ? nil : body
    }
}

private struct Page {
    let report: ConformanceReport
    let threads: Int
    var out = ""

    init(report: ConformanceReport, threads: Int) {
        self.report = report
        self.threads = threads
        out.reserveCapacity(64 * 1024 + report.conformance.findings.count * 400 + report.conformance.elements.count * 300)
    }

    private var conformance: Conformance { report.conformance }
    private var languages: [String] { report.languages }

    private func e(_ text: String) -> String { MarkupText.escape(text) }

    private mutating func line(_ text: String) {
        out += text
        out += "\n"
    }

    // MARK: Head and summary

    mutating func head() {
        let scope = report.scope
        let title = scope.map { "\($0.profile.label(languages)) — \(report.name)" } ?? report.name
        line("<!DOCTYPE html>")
        line("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
        line("<head>")
        line("<meta charset=\"utf-8\"/>")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        line("<meta name=\"generator\" content=\"eaf \(EAF.version)\"/>")
        line("<title>Conformance report: \(e(title)) (as of \(report.asOf))</title>")
        line("<style>\n\(HTMLReportStyle.css)</style>")
        line("</head>")
        line("<body>")
        line("<main>")
        line("<header>")
        line("<p class=\"eyebrow\">Interoperability conformance report</p>")
        line("<h1>\(e(title))</h1>")
        line("<dl class=\"facts\">")
        fact("Repository", e(report.name))
        if let scope {
            fact("Organisation", "\(e(scope.profile.label(languages))) <span class=\"id\">\(e(scope.id))</span>")
        } else {
            fact("Scope", "every organisation")
        }
        fact("As of", "\(report.asOf)")
        if let revision = report.revision {
            let branch = revision.branch.map { " <span class=\"muted\">(\(e($0)))</span>" } ?? ""
            fact("Commit", "<code>\(e(revision.commit))</code>\(branch)")
        } else {
            fact("Commit", "<span class=\"muted\">not in a git checkout</span>")
        }
        fact("Made by", "eaf \(EAF.version)")
        line("</dl>")
        line("<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#organisations\">Organisations</a><a href=\"#graph\">Exchanges</a><a href=\"#rules\">Rules</a><a href=\"#findings\">Findings</a><a href=\"#explanations\">Explanations</a><a href=\"#waivers\">Waivers</a><a href=\"#elements\">Elements</a><a href=\"#method\">Method</a></nav>")
        line("</header>")
    }

    private mutating func fact(_ term: String, _ html: String) {
        line("<div><dt>\(term)</dt><dd>\(html)</dd></div>")
    }

    mutating func summary() {
        let counts = conformance.findingCounts
        let verdict = conformance.verdict
        let score = conformance.overall.score
        line("<section id=\"summary\" class=\"first\">")
        line("<h2>Summary</h2>")
        line("<div class=\"headline\"><span class=\"big\">\(e(score.formatted))</span>"
             + "<span>of \(ReportText.plural(score.applicable, "check")) passed</span>"
             + "<span class=\"badge \(verdict.rawValue)\">\(verdict.title)</span></div>")
        line("<ul class=\"tiles\">")
        tile(conformance.elements.count, "elements")
        tile(report.fileCount, "model files")
        tile(conformance.organisations.count, "organisations")
        tile(conformance.rules.count, "rules checked")
        tile(score.failed, "failed checks")
        tile(counts.errors, "errors", "error")
        tile(counts.warnings, "warnings", "warning")
        tile(counts.info, "info", "info")
        tile(counts.waived, "waived", "waived")
        if counts.baselined > 0 { tile(counts.baselined, "baselined", "baselined") }
        line("</ul>")
        if !conformance.unattached.isEmpty {
            line("<p>\(ReportText.plural(conformance.unattached.count, "finding")) concern the repository rather than an element (unreadable files, eaf.yaml); they decide the verdict but no score.</p>")
        }
        line("<h3>Scores by layer</h3>")
        line("<table>")
        line("<thead><tr><th>Layer</th><th class=\"number\">Rules</th><th class=\"number\">Checks</th><th class=\"number\">Passed</th><th class=\"number\">With waiver</th><th class=\"number\">Failed</th><th class=\"number\">Score</th></tr></thead>")
        line("<tbody>")
        for layer in conformance.layers {
            line("<tr><td>\(ReportText.layer(layer.layer))</td><td class=\"number\">\(layer.rules)</td>\(scoreCells(layer.score))</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("<div class=\"charts\">")
        line("<figure>")
        line("<figcaption>Findings by layer and severity</figcaption>")
        line(findingsChart())
        line("</figure>")
        line("<figure>")
        line("<figcaption>Scores by organisation</figcaption>")
        line(scoresChart())
        line("</figure>")
        line("</div>")
        line("</section>")
    }

    private mutating func tile(_ value: Int, _ label: String, _ style: String? = nil) {
        let valueClass = style.map { " class=\"\($0)\"" } ?? ""
        line("<li><strong\(valueClass)>\(value)</strong><span>\(label)</span></li>")
    }

    private func findingsChart() -> String {
        var byLayer: [RuleLayer: [Int]] = [:]
        var baselined = false
        for finding in conformance.findings {
            let index: Int
            switch (finding.status, finding.severity) {
            case (.open, .error): index = 0
            case (.open, .warning): index = 1
            case (.open, .info): index = 2
            case (.waived, _): index = 3
            case (.baselined, _): index = 4; baselined = true
            }
            byLayer[finding.layer, default: [0, 0, 0, 0, 0]][index] += 1
        }
        var series = [StackedBarChart.Series(name: "errors", colour: "#c62828"), .init(name: "warnings", colour: "#ef8f00"),
                      .init(name: "info", colour: "#1565c0"), .init(name: "waived", colour: "#9e9e9e")]
        if baselined { series.append(.init(name: "baselined", colour: "#cfcfcf")) }
        let bars = RuleLayer.allCases.map { layer in
            StackedBarChart.Bar(label: ReportText.layer(layer), values: Array((byLayer[layer] ?? [0, 0, 0, 0, 0]).prefix(series.count)))
        }
        return StackedBarChart(title: "Findings by layer and severity", series: series, bars: bars).render()
    }

    private func scoresChart() -> String {
        var bars = conformance.organisations.map { organisation in
            // The id first: names often share a long prefix ("Кыргыз Республикасынын …").
            HorizontalBarChart.Bar(label: "\(organisation.id) · \(organisation.profile.label(languages))", tenths: organisation.score.tenthsOfPercent,
                                   valueText: organisation.score.formatted, colour: Self.colour(organisation.verdict))
        }
        if conformance.unassigned.elements > 0 {
            let score = conformance.unassigned.score
            bars.append(.init(label: "Not assigned to an organisation", tenths: score.tenthsOfPercent, valueText: score.formatted,
                              colour: "#9e9e9e"))
        }
        return HorizontalBarChart(title: "Scores by organisation", bars: bars).render()
    }

    private static func colour(_ verdict: ConformanceVerdict) -> String {
        switch verdict {
        case .conformant: "#2e7d32"
        case .conformantWithWaivers: "#c99a00"
        case .nonConformant: "#c62828"
        }
    }

    // MARK: Organisations

    mutating func organisations() {
        line("<section id=\"organisations\">")
        line("<h2>Organisations</h2>")
        line("<p>One scorecard per organisation, over every element it is accountable for; each information system's score includes the interfaces it provides and the exchanges it consumes.</p>")
        for organisation in conformance.organisations {
            scorecard(organisation)
        }
        if conformance.unassigned.elements > 0 {
            let group = conformance.unassigned
            line("<article class=\"scorecard \(group.verdict.rawValue)\">")
            line("<h3>Not assigned to an organisation</h3>")
            line("<p>\(ReportText.plural(group.elements, "element")) no organisation is accountable for (legal acts, standards, elements whose owner is unknown): <strong>\(e(group.score.formatted))</strong> of \(ReportText.plural(group.score.applicable, "check")) passed; \(counts(group.findings)).</p>")
            line("</article>")
        }
        line("</section>")
    }

    private mutating func scorecard(_ organisation: OrganisationConformance) {
        let profile = organisation.profile
        let verdict = organisation.verdict
        line("<article class=\"scorecard \(verdict.rawValue)\" id=\"org-\(e(profile.id))\">")
        line("<h3>\(e(profile.label(languages))) <span class=\"id\">\(e(profile.id))</span></h3>")
        line("<p><span class=\"badge \(verdict.rawValue)\">\(verdict.title)</span> <strong>\(e(organisation.score.formatted))</strong> of \(ReportText.plural(organisation.score.applicable, "check")) passed · \(ReportText.plural(organisation.group.elements, "element")) · \(counts(organisation.group.findings))</p>")
        var facts = "GCIO: " + (profile.gcio == nil ? "<span class=\"muted\">\(e(ReportText.gcio(profile)))</span>" : e(ReportText.gcio(profile)))
        if let type = profile.type { facts += " · \(e(type))" }
        if profile.isReference { facts += " · <span class=\"muted\">defined in reference material</span>" }
        line("<p>\(facts)</p>")
        if organisation.systems.isEmpty {
            line("<p class=\"muted\">No information systems.</p>")
        } else {
            line("<table>")
            line("<thead><tr><th>Information system</th><th>Lifecycle</th><th class=\"number\">Checks</th><th class=\"number\">Failed</th><th class=\"number\">Score</th><th>Verdict</th></tr></thead>")
            line("<tbody>")
            for system in organisation.systems {
                line("<tr><td>\(e(system.label(languages))) <span class=\"id\">\(e(system.id))</span></td><td>\(e(system.lifecycle ?? "—"))</td><td class=\"number\">\(system.score.applicable)</td><td class=\"number\">\(system.score.failed)</td><td class=\"number\">\(e(system.score.formatted))</td><td>\(system.verdict.title)</td></tr>")
            }
            line("</tbody>")
            line("</table>")
        }
        line("</article>")
    }

    private func counts(_ counts: FindingCounts) -> String {
        var parts = [ReportText.plural(counts.errors, "error"), ReportText.plural(counts.warnings, "warning"), "\(counts.info) info",
                     "\(counts.waived) waived"]
        if counts.baselined > 0 { parts.append("\(counts.baselined) baselined") }
        return parts.joined(separator: ", ")
    }

    // MARK: Graph

    mutating func graph() {
        line("<section id=\"graph\">")
        line("<h2>Data exchanges between organisations</h2>")
        if OrganisationsDrawing.isDrawn(report.organisationsGraph) {
            let carried = OrganisationsDrawing.labelsLinks(report.organisationsGraph)
                ? "labelled with the data carried" : "the data carried shown when the pointer rests on it"
            line("<p>Who receives data from whom: an arrow from the providing to the consuming organisation for the exchanges between their systems, \(carried).</p>")
        }
        if let svg = report.organisationsSVG.flatMap(HTMLReportRenderer.embeddable) {
            line("<figure class=\"graph\">")
            line(svg)
            line("</figure>")
        } else {
            let note = report.organisationsSVGNote
                ?? "The graph is drawn with Graphviz, which was not available when this report was made. Install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) and run eaf report again, or draw it with eaf graph --view organisations."
            line("<p class=\"note\">\(e(note))</p>")
        }
        line("</section>")
    }

    /// A score's checks, passes, waivers, failures and percentage, as table cells.
    private func scoreCells(_ s: ConformanceScore) -> String {
        [String(s.applicable), String(s.passed), String(s.passedWithWaiver), String(s.failed), e(s.formatted)]
            .map { "<td class=\"number\">\($0)</td>" }.joined()
    }

    // MARK: Rules, findings, explanations

    mutating func rules() {
        line("<section id=\"rules\">")
        line("<h2>Scores by rule</h2>")
        line("<p>\(e(ReportText.explanationOfChecks))</p>")
        line("<table>")
        line("<thead><tr><th>Rule</th><th>Layer</th><th>Applies to</th><th class=\"number\">Checks</th><th class=\"number\">Passed</th><th class=\"number\">With waiver</th><th class=\"number\">Failed</th><th class=\"number\">Score</th></tr></thead>")
        line("<tbody>")
        for entry in conformance.byRule {
            line("<tr><td><strong class=\"nowrap\">\(e(entry.rule.id))</strong> \(e(entry.rule.slug))</td><td>\(entry.rule.layer.rawValue)</td><td>\(e(RuleCatalogue.checkedKinds(entry.rule)))</td>\(scoreCells(entry.score))</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func findings() {
        line("<section id=\"findings\">")
        line("<h2>Findings</h2>")
        guard !conformance.findings.isEmpty else {
            line("<p>No findings.</p>")
            line("</section>")
            return
        }
        line("<p>\(ReportText.plural(conformance.findings.count, "finding")), by file and position; locations are relative to the repository.</p>")
        line("<table>")
        line("<thead><tr><th>Status</th><th>Rule</th><th>Where</th><th>Element</th><th>Message</th></tr></thead>")
        line("<tbody>")
        for finding in conformance.findings {
            let status = ReportText.status(finding)
            var message = e(finding.message)
            var notes: [String] = finding.related.map { "<li><code>\(e(ConformanceReport.place($0.location)))</code> \(e($0.message))</li>" }
            if let waiver = finding.waiver { notes.append("<li>waived: \(e(waiver))</li>") }
            if !notes.isEmpty { message += "<ul class=\"notes\">" + notes.joined() + "</ul>" }
            let element = finding.elementID.map { "<code>\(e($0))</code>" } ?? ""
            line("<tr><td class=\"\(status) nowrap\">\(status)</td><td class=\"nowrap\">\(e(finding.ruleID))</td><td><code>\(e(ConformanceReport.place(finding.location)))</code></td><td>\(element)</td><td>\(message)</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func explanations() {
        line("<section id=\"explanations\">")
        line("<h2>The rules that found something</h2>")
        let fired = report.rulesThatFired
        if fired.isEmpty { line("<p>No rule found anything.</p>") }
        for rule in fired {
            line("<article class=\"rule\" id=\"rule-\(e(rule.id))\">")
            line("<h3>\(e(rule.id)) \(e(rule.slug))</h3>")
            line("<p class=\"muted\">\(ReportText.layer(rule.layer)) layer · default severity \(rule.defaultSeverity.rawValue) · checks \(e(RuleCatalogue.checkedKinds(rule)))</p>")
            line("<p>\(e(rule.summary))</p>")
            line("<p><strong>Why:</strong> \(e(rule.rationale))</p>")
            line("</article>")
        }
        line("</section>")
    }

    // MARK: Waivers, elements, method

    mutating func waivers() {
        line("<section id=\"waivers\">")
        line("<h2>Waivers</h2>")
        guard !report.waivers.isEmpty else {
            line("<p>No waivers.</p>")
            line("</section>")
            return
        }
        line("<p>Exceptions approved in eaf.yaml: each accepts one rule's findings on one element until it expires.</p>")
        line("<table>")
        line("<thead><tr><th>Rule</th><th>Element</th><th>Reason</th><th>Approved by</th><th>Expires</th><th>State</th></tr></thead>")
        line("<tbody>")
        for status in report.waivers {
            let waiver = status.waiver
            let state = status.state == .active ? e(ReportText.state(status)) : "<span class=\"warning\">\(e(ReportText.state(status)))</span>"
            line("<tr><td class=\"nowrap\">\(e(waiver.rule))</td><td><code>\(e(waiver.element))</code></td><td>\(e(waiver.reason))</td><td>\(e(waiver.approvedBy))</td><td>\(waiver.expires.map { "\($0)" } ?? "never")</td><td>\(state)</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func elements() {
        line("<section id=\"elements\">")
        line("<h2>Elements</h2>")
        line("<p>Every element with the rules that apply to it: how many it passed, and which it failed or passed only by waiver.</p>")
        line("<table>")
        line("<thead><tr><th>Element</th><th>Kind</th><th>Organisation</th><th class=\"number\">Passed</th><th class=\"number\">Score</th><th>Failed</th><th>Waived</th></tr></thead>")
        line("<tbody>")
        let languages = languages
        out += RowText.joined(conformance.elements, threads: threads) { element, out in
            func e(_ text: String) -> String { MarkupText.escape(text) }
            let s = element.score
            let failed = element.rules(.failed).map { "<span class=\"error\">\(e($0))</span>" }.joined(separator: " ")
            let waived = element.rules(.passedWithWaiver).map(e).joined(separator: " ")
            out += "<tr><td><code>\(e(element.id))</code><br/>\(e(element.label(languages)))</td><td>\(element.kind.rawValue)</td><td>\(e(element.organisations.isEmpty ? "—" : element.organisations.joined(separator: ", ")))</td><td class=\"number\">\(s.passed + s.passedWithWaiver)/\(s.applicable)</td><td class=\"number\">\(e(s.formatted))</td><td>\(failed)</td><td>\(waived)</td></tr>\n"
        }
        line("</tbody>")
        line("</table>")
        line("</section>")
    }

    mutating func method() {
        line("<section id=\"method\">")
        line("<h2>How the score is computed</h2>")
        line("<p>\(e(ReportText.method))</p>")
        line("</section>")
    }

    mutating func finish() -> String {
        let commit = report.revision.map { " from commit \($0.shortCommit)" } ?? ""
        line("<footer>Made by eaf \(EAF.version) as of \(report.asOf)\(e(commit)). Self-contained: no scripts, fonts or images from elsewhere.</footer>")
        line("</main>")
        line("</body>")
        line("</html>")
        return out
    }
}
