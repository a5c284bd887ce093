import Foundation
import Testing

@Suite struct GraphCommandTests {
    @Test func defaultsToTheSystemsViewInDOT() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("graph-repo/systems.dot")))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [("services", "mermaid", "mmd"), ("data-flow", "graphml", "graphml"), ("organisations", "json", "json"),
                      ("all", "dot", "dot")])
    func printsTheViewInTheFormat(_ view: String, _ format: String, _ fileExtension: String) throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--view", view, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("graph-repo/\(view).\(fileExtension)")))
    }

    @Test func focusesOnAnElement() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--focus", "sf.pension-system", "--depth", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("graph-repo/systems-focus-sf.pension-system-1.json")))
    }

    @Test func labelsInTheLanguageAskedFor() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--view", "organisations", "--lang", "ky", "--format", "mermaid"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("graph-repo/organisations-ky.mmd")))
    }

    @Test func writesTheOutputFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-graph-\(UUID().uuidString).dot")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--output", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect((try String(contentsOf: file, encoding: .utf8)) == (try CLI.golden("graph-repo/systems.dot")))
    }

    @Test func unknownFocusSaysWhichIDWasMeant() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--focus", "sf.pension-sytem"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "eaf: no element has id 'sf.pension-sytem'; did you mean 'sf.pension-system'?\n")
    }

    @Test func badArgumentsAreUsageErrors() throws {
        #expect(try EAFProcess.run(["graph", CLI.graphRepo, "--depth", "2"]).status == 64)
        #expect(try EAFProcess.run(["graph", CLI.graphRepo, "--focus", "sti", "--depth", "-1"]).status == 64)
        let view = try EAFProcess.run(["graph", CLI.graphRepo, "--view", "network"])
        #expect(view.status == 64)
        #expect(view.stderr.contains("data-flow"))
    }

    @Test func missingRepositoryExitsWithTwo() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo + "/no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such folder"))
    }

    @Test(.enabled(if: GraphCommandTests.hasDot, "Graphviz's dot is not installed"))
    func svgThroughGraphviz() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--view", "organisations", "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<svg"))
        #expect(result.stdout.contains("Tax &quot;office&quot; &lt;A&amp;B&gt;"))
        #expect(result.stdout.contains("Мамлекеттик каттоо кызматы"))
    }

    @Test func svgWithoutGraphvizNamesThePackage() throws {
        let result = try EAFProcess.run(["graph", CLI.graphRepo, "--format", "svg"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install graphviz"))
        #expect(result.stdout.isEmpty)
    }

    static let hasDot = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
}
