import Foundation
import Testing

/// `eaf report` as SCITC runs it, and `eaf validate --format junit` as CI reads it: the
/// outputs checked with the tools their readers use (xmllint, python's jsonschema,
/// headless Chromium).
@Suite struct ReportCommandTests {
    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("eaf-\(UUID().uuidString)-\(name)")
    }

    /// A report, a validation or a listing that cannot be written whole (here to a full
    /// device) is an error with status 2 that says why, never a short file and success.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func outputThatCannotBeWrittenIsAnError() throws {
        for arguments in [["report", "examples/minimal", "--format", "json", "--output", "/dev/full"],
                          ["validate", "examples/minimal", "--output", "/dev/full"]] {
            let result = try EAFProcess.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "eaf: cannot write /dev/full: No space left on device\n", "\(arguments)")
        }
        let eaf = EAFProcess.executable.path
        for command in ["report examples/minimal --format json", "validate examples/minimal", "graph examples/minimal --view all",
                        "list examples/minimal", "rules"] {
            let result = try ProcessRunner.tool("sh", ["-c", "'\(eaf)' \(command) > /dev/full"], in: TestPaths.packageRoot)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr == "eaf: cannot write to standard output: No space left on device\n", "\(command)")
        }
    }

    @Test func htmlIsOneWellFormedFileWithNothingFromElsewhere() throws {
        let result = try EAFProcess.run(["report", "examples/kyrgyz-egov", "--as-of", "2026-12-01", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        let file = Self.temporaryFile("report.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let parse = try OutsideTool.run("xmllint", ["--noout", "--nonet", file.path])
        #expect(parse.status == 0 && parse.stderr.isEmpty, "the HTML is well-formed XML: \(parse.stderr)")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>"))
        #expect(!html.lowercased().contains("<script"))
        for external in ["src=\"http", "href=\"http", "url(", "@import", "<link", "<img"] {
            #expect(!html.contains(external), "nothing loaded from elsewhere: found \(external)")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("Мамлекеттик каттоо кызматы"), "Kyrgyz names are written as they are")
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""), "charts drawn inline")
        if GraphvizTool.isInstalled {
            #expect(html.contains("<g id=\"graph0\" class=\"graph\""), "the organisations graph drawn by Graphviz is inline")
        }
    }

    @Test func withoutGraphvizTheReportSaysHowToGetIt() throws {
        let result = try EAFProcess.run(["report", "examples/minimal", "--format", "html"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("install Graphviz (Debian/Ubuntu: apt-get install graphviz"))
        #expect(!result.stdout.contains("class=\"graph\""))
    }

    /// A Graphviz that never finishes (a stand-in `dot` that sleeps) is stopped at the
    /// time limit; the report is still written, with a note that says what to do.
    @Test func aGraphvizThatTakesTooLongIsStoppedAndTheReportStillWritten() throws {
        let folder = try TemporaryRepository(["bin/dot": "#!/bin/sh\nexec /bin/sleep 30\n"])
        guard chmod(folder.path + "/bin/dot", 0o755) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        let started = Date()
        let result = try EAFProcess.run(["report", "examples/minimal", "--format", "html", "--graph-time-limit", "1"],
                                        environment: ["PATH": folder.path + "/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 20, "dot was not stopped at the limit")
        #expect(result.stdout.contains("did not finish within 1 s and was stopped"))
        #expect(result.stdout.contains("--graph-time-limit"))
        #expect(!result.stdout.contains("class=\"graph\""))

        let refused = try EAFProcess.run(["report", "examples/minimal", "--graph-time-limit", "0"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--graph-time-limit must be a positive number of seconds"))
    }

    /// A graph of more organisations than a picture can show is not handed to Graphviz
    /// (which took minutes on one of 250, and the report waited --graph-time-limit); the
    /// report says how to draw one organisation's part, and the Markdown report does too.
    @Test func aGraphTooLargeToDrawIsNotHandedToGraphviz() throws {
        var model = ""
        for index in 0..<201 { model += "id: org-\(index)\nkind: Organisation\nname: Agency \(index)\n---\n" }
        let repository = try TemporaryRepository(["model/organisations.yaml": model,
                                                  "bin/dot": "#!/bin/sh\n/usr/bin/touch \"$(/usr/bin/dirname \"$0\")/ran\"\nexit 1\n"])
        guard chmod(repository.path + "/bin/dot", 0o755) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        let html = try EAFProcess.run(["report", repository.path, "--format", "html"], environment: ["PATH": repository.path + "/bin"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/bin/ran"), "dot was run")
        #expect(html.stdout.contains("<p class=\"note\">The graph has 201 organisations and 0 links between them, too many to draw legibly"))
        #expect(!html.stdout.contains("class=\"graph\""))
        let markdown = try EAFProcess.run(["report", repository.path, "--format", "markdown"])
        #expect(markdown.stdout.contains("No exchanges between organisations."), "no links: nothing to draw")
    }

    /// Headless Chromium prints the national report to PDF, as a reviewer would. Without
    /// Chromium the test is skipped on a workstation, and fails in CI (`CI` set), where
    /// .ci/run installs it.
    @Test(.enabled(if: Chromium.executable != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func chromiumPrintsTheNationalReportToPDF() throws {
        let chromium = try #require(Chromium.executable, "chromium is not installed (apt-get install chromium); CI must have it")
        let html = Self.temporaryFile("report.html")
        let pdf = Self.temporaryFile("report.pdf")
        let profile = Self.temporaryFile("chromium-profile")
        defer {
            for url in [html, pdf, profile] { try? FileManager.default.removeItem(at: url) }
        }
        let report = try EAFProcess.run(["report", "examples/kyrgyz-egov", "--as-of", "2026-12-01", "--format", "html", "--output", html.path])
        #expect(report.status == 0, "\(report.stderr)")
        let printed = try OutsideTool.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                                                     "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString])
        #expect(printed.status == 0, "\(printed.stderr)")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(bytes.count > 50_000, "a non-trivial PDF: \(bytes.count) bytes")
    }

    @Test func modelTextIsEscapedInEveryFormat() throws {
        let planted = "<script>alert(1)</script> \"Quoted\" & Co"
        let repository = try TemporaryRepository([
            "eaf.yaml": "name: Escaping\nwaivers:\n  - {rule: TEC009, element: x.sys, reason: '<script>alert(2)</script>', approvedBy: '\"scitc\"', expires: 2099-12-31}\n",
            "model/x.yaml": """
                id: x
                kind: Organisation
                name: '\(planted)'
                gcio: {name: '<script>alert(3)</script>', position: '"GCIO"'}
                ---
                id: x.sys
                kind: InformationSystem
                name: '\(planted) system'
                owner: x
                lifecycle: production
                ---
                id: y
                kind: Organisation
                name: Other
                ---
                id: y.sys
                kind: InformationSystem
                name: Consumer
                owner: y
                ---
                id: x.api
                kind: Interface
                name: '\(planted) API'
                provider: x.sys
                ---
                id: y.reads
                kind: Exchange
                name: Reads
                consumer: y.sys
                interface: x.api

                """,
        ])
        let html = try EAFProcess.run(["report", repository.path, "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(!html.stdout.lowercased().contains("<script"), "no script element, from the model or the graph")
        #expect(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quoted&quot; &amp; Co"))
        #expect(html.stdout.contains("&lt;script&gt;alert(3)&lt;/script&gt;"), "the GCIO")
        #expect(html.stdout.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "the waiver's reason")
        let file = Self.temporaryFile("escaped.html")
        try html.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let parse = try OutsideTool.run("xmllint", ["--noout", "--nonet", file.path])
        #expect(parse.status == 0, "\(parse.stderr)")

        let markdown = try EAFProcess.run(["report", repository.path, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(!markdown.stdout.lowercased().contains("<script"))
        #expect(markdown.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

        let json = try EAFProcess.run(["report", repository.path, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""<script>alert(1)</script> \"Quoted\" & Co""#), "JSON escapes the quotes")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let organisations = try #require(document["organisations"] as? [[String: Any]])
        #expect(organisations.first { $0["id"] as? String == "x" }?["name"] as? String == planted, "and reads back as written")
    }

    @Test func jsonFollowsItsPublishedSchema() throws {
        for arguments in [["examples/kyrgyz-egov"], ["examples/broken"], ["examples/kyrgyz-egov", "--organisation", "socfund"]] {
            let result = try EAFProcess.run(["report"] + arguments + ["--as-of", "2026-12-01", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let file = Self.temporaryFile("report.json")
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let check = try OutsideTool.run("python3", ["-c", """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(schema)
                jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
                """, TestPaths.inPackage("schemas/eaf-report-1.schema.json"), file.path])
            #expect(check.status == 0, "\(arguments): \(check.stderr)")
        }
    }

    /// On several threads the JSON report is written in pieces, one a run of elements, and
    /// handed over as they are: standard output and `--output` get the bytes one thread
    /// writes in one piece.
    @Test func aReportWrittenInPiecesHasTheBytesOfOneWrittenWhole() throws {
        let arguments = ["report", "examples/kyrgyz-egov", "--as-of", "2026-12-01", "--format", "json"]
        let whole = try EAFProcess.run(arguments + ["--threads", "1"])
        #expect(whole.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        #expect((document["elements"] as? [Any])?.count ?? 0 >= 2 * 64, "enough elements for two runs")
        for threads in ["2", "5"] {
            let pieces = try EAFProcess.run(arguments + ["--threads", threads])
            #expect(pieces.stdout == whole.stdout, "\(threads) threads")
            let file = Self.temporaryFile("report.json")
            defer { try? FileManager.default.removeItem(at: file) }
            #expect(try EAFProcess.run(arguments + ["--threads", threads, "--output", file.path]).status == 0)
            #expect(try String(contentsOf: file, encoding: .utf8) == whole.stdout, "\(threads) threads, --output")
        }
    }

    @Test func organisationNarrowsTheReportAndAnUnknownOneIsRefused() throws {
        let result = try EAFProcess.run(["report", "examples/kyrgyz-egov", "--organisation", "socfund", "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["scope"] as? String == "socfund")
        let elements = try #require(document["elements"] as? [[String: Any]])
        #expect(!elements.isEmpty && elements.allSatisfy { ($0["organisations"] as? [String])?.contains("socfund") == true })
        let unknown = try EAFProcess.run(["report", "examples/kyrgyz-egov", "--organisation", "socfnd"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no organisation 'socfnd'") && unknown.stderr.contains("did you mean 'socfund'?"))
    }

    /// The commit comes from `.git` read directly; git itself only checks the answer.
    @Test func theReportNamesTheCommitOfTheCheckout() throws {
        let result = try EAFProcess.run(["report", "examples/minimal", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let git = try? OutsideTool.run("git", ["-C", TestPaths.packageRoot, "rev-parse", "HEAD"])
        let revision = document["revision"] as? [String: Any]
        if let git, git.status == 0 {
            #expect(revision?["commit"] as? String == git.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        } else {
            #expect(revision == nil)
        }
    }
}

@Suite struct JUnitFormatTests {
    @Test func junitFollowsTheSchemaAndTheGolden() throws {
        let result = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "junit"])
        #expect(result.status == 1)
        #expect(Golden.check(result.stdout, against: "Tests/eafTests/Goldens/broken.junit.xml") == nil)
        let file = ReportCommandTests.temporaryFile("broken.junit.xml")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = try OutsideTool.run("xmllint", ["--noout", "--nonet", "--schema", TestPaths.testdata + "/junit/junit-10.xsd", file.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(result.stdout.contains("<testsuite name=\"integrity\""))
        #expect(result.stdout.contains("<testcase name=\"LEG002 leg002.building-permit\" classname=\"legal.LEG002\">\n      <failure type=\"error\""))
        #expect(result.stdout.contains("<testcase name=\"INT001 repository\"") == false, "INT001 fired, so it has cases of its own")
    }

    @Test func waivedFindingsAreSkippedAndFailOnDecidesFailures() throws {
        let repository = try TemporaryRepository([
            "eaf.yaml": "waivers:\n  - {rule: TEC009, element: a.sys, reason: Moves to the cloud, approvedBy: scitc, expires: 2099-12-31}\n",
            "model/a.yaml": """
                id: a
                kind: Organisation
                name: A
                ---
                id: a.sys
                kind: InformationSystem
                name: A's register
                owner: a
                lifecycle: production

                """,
        ])
        let errors = try EAFProcess.run(["validate", repository.path, "--format", "junit"])
        #expect(errors.status == 0)
        #expect(errors.stdout.contains("<testcase name=\"TEC009 a.sys\" classname=\"technical.TEC009\">\n      <skipped message=\"waived: Moves to the cloud (approved by scitc, expires 2099-12-31)\"/>"))
        // ORG002 is a warning: reported, not failing, until --fail-on warning.
        #expect(errors.stdout.contains("<testcase name=\"ORG002 a\" classname=\"organisational.ORG002\">\n      <system-out>"))
        #expect(errors.stdout.contains("failures=\"0\""))
        let warnings = try EAFProcess.run(["validate", repository.path, "--format", "junit", "--fail-on", "warning"])
        #expect(warnings.stdout.contains("<testcase name=\"ORG002 a\" classname=\"organisational.ORG002\">\n      <failure type=\"warning\""))
    }
}

/// Headless Chromium, found on PATH under its Debian, Ubuntu or Google name.
enum Chromium {
    static let executable: String? = {
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()
}

/// Whether Graphviz's dot is on PATH.
enum GraphvizTool {
    static let isInstalled: Bool = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/dot")
    }
}
