import EAModel
@testable import EAValidate
import Foundation
import Testing

/// The three report formats of the national example, compared byte for byte with
/// committed goldens (`EAF_UPDATE_GOLDENS=1 swift test` rewrites them). The commit is an
/// input of the report, fixed here, so the goldens do not depend on the checkout; the
/// HTML golden has no Graphviz drawing (the CLI tests cover that), so it does not depend
/// on the installed Graphviz either.
@Suite struct ConformanceReportTests {
    static let asOf = LocalDate(year: 2026, month: 12, day: 1)
    static let revision = RepositoryRevision(commit: "0123456789abcdef0123456789abcdef01234567", branch: "main")

    static func report(_ example: String, organisation: String? = nil, languages: [String] = []) throws -> ConformanceReport {
        let repository = try RepositoryLoader(threads: 1).load(TestPaths.inPackage(example))
        let findings = Validator().validate(repository, options: .init(asOf: asOf))
        return try ConformanceReport(repository: repository, findings: findings, rules: Validator().rulesThatRun(repository),
                                     asOf: asOf, revision: revision, organisation: organisation, languages: languages)
    }

    @Test(arguments: [ConformanceReportFormat.markdown, .json, .html])
    func nationalExampleMatchesItsGolden(format: ConformanceReportFormat) throws {
        let text = format.renderer.render(try Self.report("examples/kyrgyz-egov"))
        let golden = "Tests/EAValidateTests/Goldens/kyrgyz-egov.report." + (format == .markdown ? "md" : format.rawValue)
        #expect(Golden.check(text, against: golden) == nil, "\(Golden.check(text, against: golden) ?? "")")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        for format in ConformanceReportFormat.allCases {
            #expect(format.renderer.render(try Self.report("examples/broken")) == format.renderer.render(try Self.report("examples/broken")))
        }
    }

    @Test func narrowedReportKeepsOneAgency() throws {
        let report = try Self.report("examples/kyrgyz-egov", organisation: "grs")
        #expect(report.scope?.id == "grs")
        #expect(report.conformance.organisations.map(\.id) == ["grs"])
        #expect(report.conformance.elements.allSatisfy { $0.counts(for: "grs") })
        #expect(report.conformance.findings.allSatisfy { $0.elementID.map { report.conformance.organisations(of: $0).contains("grs") } ?? false })
        #expect(report.organisationsGraph.nodes.contains { $0.id == "grs" })
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("<dt>Organisation</dt>"))
        #expect(throws: ReportScopeError.self) { try Self.report("examples/kyrgyz-egov", organisation: "gsr") }
    }

    @Test func brokenExampleShowsWaiversAndRepositoryFindings() throws {
        let report = try Self.report("examples/broken")
        #expect(report.waivers.map(\.state) == [.expired, .unused])
        #expect(report.conformance.verdict == .nonConformant)
        #expect(Set(report.conformance.unattached.map(\.ruleID)).isSuperset(of: ["INT001", "INT008"]))
        #expect(report.rulesThatFired.count == RuleRegistry.all.count, "every rule fires on examples/broken")
        let markdown = MarkdownReportRenderer().render(report)
        #expect(markdown.contains("| TEC009 | `tec009.archive` | Moves to the government cloud | scitc | 2020-12-31 | expired: accepts nothing |"))
    }

    @Test func chartsAreWellFormedAndEscaped() {
        let chart = StackedBarChart(title: "<b>\"x\" & y</b>", series: [.init(name: "errors", colour: "#c62828")],
                                    bars: [.init(label: "<script>", values: [3])]).render()
        #expect(!chart.contains("<script") && !chart.contains("<b>"))
        #expect(chart.contains("&lt;script&gt;") && chart.contains("&quot;x&quot; &amp; y"))
        #expect(StackedBarChart.niceCeiling(0) == 4 && StackedBarChart.niceCeiling(9) == 12 && StackedBarChart.niceCeiling(37) == 40)
        let bars = HorizontalBarChart(title: "Scores", bars: [.init(label: String(repeating: "ж", count: 80), tenths: 973, valueText: "97.3 %",
                                                                 colour: "#2e7d32")]).render()
        #expect(bars.contains("…") && bars.contains("97.3 %"))
    }

    @Test func onlyInertSVGIsEmbedded() {
        let dot = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>\n"
        #expect(HTMLReportRenderer.embeddable(dot) == "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>")
        #expect(HTMLReportRenderer.embeddable("<svg><script>alert(1)</script></svg>") == nil)
        #expect(HTMLReportRenderer.embeddable("<svg onload=\"alert(1)\"></svg>") == nil)
        #expect(HTMLReportRenderer.embeddable("<svg><a href=\"javascript:alert(1)\"/></svg>") == nil)
        #expect(HTMLReportRenderer.embeddable("no drawing") == nil)
    }

    @Test func markupTextEscapesAndDropsWhatXMLForbids() {
        #expect(MarkupText.escape("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
        #expect(MarkupText.escape("bell\u{7}") == "bell\\u{7}")
        #expect(MarkupText.escape("Калкты каттоо") == "Калкты каттоо")
        #expect(MarkupText.escape("«Түндүк» \u{85}\u{FFFE}\u{FFFF}\u{FEFF}é'\r") == "«Түндүк» \\u{85}\\u{fffe}\\u{ffff}\u{FEFF}é&#39;\\r")
    }

    /// Every character below U+0100, and U+FFFE and U+FFFF, alone and among others, as the
    /// escaping rules say: markup as entities, tab and line feed kept, carriage return and
    /// other controls (C0, DEL, C1) and the two non-characters shown, the rest as it is.
    @Test func markupEscapesExactlyWhatItMust() {
        func expected(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\n", "\t": String(scalar)
            case "\r": "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value >= 0xFFFE:
                "\\u{" + String(scalar.value, radix: 16) + "}"
            default: String(scalar)
            }
        }
        let scalars = (0..<0x100).compactMap(Unicode.Scalar.init) + ["\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "€", "ï", "ж"]
        for scalar in scalars {
            let one = String(scalar)
            #expect(MarkupText.escape(one) == expected(scalar), "U+\(String(scalar.value, radix: 16))")
            #expect(MarkupText.escape("Ак-Суу " + one + " district") == "Ак-Суу " + expected(scalar) + " district")
        }
    }
}
