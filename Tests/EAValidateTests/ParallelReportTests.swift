import EAModel
@testable import EAValidate
import Testing

/// The conformance report is assessed and written on several threads: whatever the
/// number, the bytes are the ones one thread writes.
@Suite struct ParallelReportTests {
    /// Enough elements (and findings: the systems have no owner and the interfaces no
    /// provider) for every list to be split into runs.
    static func repository() throws -> (ScratchRepository, Repository) {
        var text = ""
        for index in 0..<700 {
            // Ids written out of order, so that sorting them matters.
            let id = String(format: "org-%03d", (index * 337) % 700)
            text += """
                id: \(id)
                kind: Organisation
                name: {en: "Agency \(id) \\"quoted\\"", ru: Агентство \(index)}
                ---
                id: \(id).system
                kind: InformationSystem
                name: System \(index)
                ---
                id: \(id).api
                kind: Interface
                name: API \(index)
                ---

                """
        }
        let scratch = try ScratchRepository(["model/all.yaml": text])
        return (scratch, try scratch.load())
    }

    @Test func assessingOnManyThreadsGivesTheSameConformance() throws {
        let (_, repository) = try Self.repository()
        let findings = Validator(threads: 1).validate(repository, options: .init(asOf: ScratchRepository.asOf))
        let rules = Validator().rulesThatRun(repository)
        #expect(findings.count > 1_000)
        let one = Conformance(repository: repository, findings: findings, rules: rules, threads: 1)
        for threads in [2, 3, 8] {
            let many = Conformance(repository: repository, findings: findings, rules: rules, threads: threads)
            #expect(many.elements.map(\.id) == one.elements.map(\.id))
            #expect(many.elements.map { $0.checks.map(\.findings.count) } == one.elements.map { $0.checks.map(\.findings.count) })
            #expect(many.elements.map(\.organisations) == one.elements.map(\.organisations))
        }
        // In UTF-8 order of id, whatever order the files hold them in.
        let ids = one.elements.map(\.id)
        #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(ids.count == 2_100)
    }

    /// The JSON report's lists and the HTML and Markdown reports' tables of elements.
    @Test func writingOnManyThreadsGivesTheSameBytes() throws {
        let (_, repository) = try Self.repository()
        let findings = Validator(threads: 1).validate(repository, options: .init(asOf: ScratchRepository.asOf))
        let report = try ConformanceReport(repository: repository, findings: findings, rules: Validator().rulesThatRun(repository),
                                           asOf: ScratchRepository.asOf, revision: nil)
        let one = JSONReportRenderer(threads: 1).render(report)
        let (html, markdown) = (HTMLReportRenderer(threads: 1).render(report), MarkdownReportRenderer(threads: 1).render(report))
        for threads in [2, 3, 8] {
            #expect(JSONReportRenderer(threads: threads).render(report) == one, "\(threads) threads")
            #expect(HTMLReportRenderer(threads: threads).render(report) == html, "HTML, \(threads) threads")
            #expect(MarkdownReportRenderer(threads: threads).render(report) == markdown, "Markdown, \(threads) threads")
        }
        #expect(one.contains("\"id\": \"org-000.api\""))
        #expect(html.contains("<tr><td><code>org-000.api</code><br/>API 0</td>"))
        #expect(html.components(separatedBy: "<tr><td><code>org-").count - 1 == 2_100, "a row for each element")
        #expect(markdown.contains("| `org-699.system` System "))
    }

    /// Runs split anywhere in a list, nested objects and lists, empty lists, escapes.
    @Test func aSplitArrayIsWrittenAsAWholeOne() {
        let items = (0..<1_000).map { "item \"\($0)\"\n" }
        func write(threads: Int?) -> String {
            var json = JSONStream()
            json.object { json in
                json.key("a")
                json.array([String](), threads: threads ?? 1) { json, text in json.string(text) }
                json.key("b")
                let each: @Sendable (inout JSONStream, String) -> Void = { json, text in
                    json.object { json in
                        json.key("list")
                        json.strings([text, text])
                        json.string("text", text)
                    }
                }
                if let threads { json.array(items, threads: threads, each) } else { json.array(items, each) }
                json.integer("c", 1)
            }
            return String(decoding: Array(json.finish().joined()), as: UTF8.self)
        }
        let whole = write(threads: nil)
        for threads in [1, 2, 5, 16] {
            #expect(write(threads: threads) == whole, "\(threads) threads")
        }
        #expect(whole.hasPrefix("{\n  \"a\": [],\n  \"b\": [\n    {\n      \"list\": [\n        \"item \\\"0\\\"\\n\","))
    }
}
