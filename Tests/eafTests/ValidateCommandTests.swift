import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func brokenExampleReportsEveryIntegrityRuleAsTheGoldenSays() throws {
        let text = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01"])
        #expect(text.status == 1)
        #expect(Golden.check(text.stdout, against: "Tests/eafTests/Goldens/broken.txt") == nil)
        let json = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "json"])
        #expect(json.status == 1)
        #expect(Golden.check(json.stdout, against: "Tests/eafTests/Goldens/broken.json") == nil)
    }

    /// Each case folder of examples/broken triggers exactly its own rule, and every rule has
    /// a case: no rule is silent on its case, and none fires on another rule's case.
    @Test func everyRuleFiresOnItsOwnCaseAndNowhereElse() throws {
        let json = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let rules = try EAFProcess.run(["rules", "--format", "json"])
        let catalogue = try #require(try JSONSerialization.jsonObject(with: Data(rules.stdout.utf8)) as? [[String: Any]])
        let ids = Set(catalogue.compactMap { $0["id"] as? String })
        #expect(Set(findings.compactMap { $0["ruleID"] as? String }) == ids)
        for finding in findings {
            let rule = try #require(finding["ruleID"] as? String)
            let file = try #require((finding["location"] as? [String: Any])?["file"] as? String)
            let folder = rule.lowercased()
            let ownCase = file.hasPrefix("model/\(folder)/") || file.hasPrefix("messages/\(folder)/")
                || (rule == "INT008" && file == "eaf.yaml")
            #expect(ownCase, "\(rule) fired on \(file), outside its own case")
        }
    }

    @Test func jsonOutputFollowsItsPublishedSchema() throws {
        let json = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "json"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-findings-\(UUID().uuidString).json")
        try json.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // An outside validator, as a consumer of the format would use.
        let check = try OutsideTool.run("python3", ["-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            """, TestPaths.inPackage("schemas/eaf-findings-1.schema.json"), file.path])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "json", "--threads", "1"])
        let second = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "json", "--threads", "2"])
        #expect(first.stdout == second.stdout)
    }

    @Test func failOnDecidesTheExitStatus() throws {
        #expect(try EAFProcess.run(["validate", "examples/broken", "--fail-on", "never"]).status == 0)
        #expect(try EAFProcess.run(["validate", "examples/broken", "--fail-on", "warning"]).status == 1)
    }

    @Test func writesToAnOutputFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-out-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try EAFProcess.run(["validate", "examples/broken", "--output", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("INT004"))
    }

    @Test func aMissingFolderExitsTwoWithAClearMessage() throws {
        let result = try EAFProcess.run(["validate", "no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr == "eaf: no/such/folder: no such folder; give the folder that holds eaf.yaml or the model files\n")
        let empty = try TemporaryRepository(["notes.txt": "nothing"])
        let none = try EAFProcess.run(["validate", empty.path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no model files (.yaml, .yml or .xml) found"))
    }

    @Test func anUnreadableConfigExitsTwo() throws {
        let repository = try TemporaryRepository(["eaf.yaml": "model: [unclosed\n", "a.yaml": "id: a\nkind: Organisation\nname: A\n"])
        let result = try EAFProcess.run(["validate", repository.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("eaf: eaf.yaml:2:1: not well-formed YAML"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try EAFProcess.run(["validate", "--format", "pdf"]).status == 64)
        let unknownRule = try EAFProcess.run(["validate", "examples/broken", "--rule", "INT0O4"])
        #expect(unknownRule.status == 64)
        #expect(unknownRule.stderr.contains("unknown rule 'INT0O4'; did you mean 'INT004'?"))
    }

    @Test func ruleAndLayerSelectASubset() throws {
        let result = try EAFProcess.run(["validate", "examples/broken", "--rule", "INT004", "--format", "json"])
        #expect(result.stdout.components(separatedBy: "\"ruleID\": ").count == 2)
        #expect(result.stdout.contains("\"ruleID\": \"INT004\""))
    }

    @Test func colourOnlyWhenAskedForByATerminal() throws {
        let piped = try EAFProcess.run(["validate", "examples/broken"])
        #expect(!piped.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }
}

/// Runs another program (python3, xmllint, dot) the way a reviewer would.
enum OutsideTool {
    static func run(_ tool: String, _ arguments: [String]) throws -> EAFProcess.Result {
        try ProcessRunner.tool(tool, arguments)
    }
}

@Suite struct CIFormatTests {
    @Test func sarifFollowsTheOASISSchemaAndTheGolden() throws {
        let result = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "sarif"])
        #expect(result.status == 1)
        #expect(Golden.check(result.stdout, against: "Tests/eafTests/Goldens/broken.sarif") == nil)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-\(UUID().uuidString).sarif")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let check = try OutsideTool.run("python3", ["-c", """
            import json, sys, jsonschema
            jsonschema.Draft4Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
            """, TestPaths.testdata + "/sarif/sarif-schema-2.1.0.json", file.path])
        #expect(check.status == 0, "\(check.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 40)
        let first = try #require(results.first)
        #expect(first["ruleId"] as? String == "INT008")
        #expect((first["partialFingerprints"] as? [String: String])?["eafFingerprint/v1"]?.count == 16)
    }

    @Test func markdownIsACompactEscapedTable() throws {
        let result = try EAFProcess.run(["validate", "examples/broken", "--as-of", "2026-12-01", "--format", "markdown"])
        #expect(result.status == 1)
        #expect(Golden.check(result.stdout, against: "Tests/eafTests/Goldens/broken.md") == nil)
        #expect(result.stdout.contains("while parsing a flow sequence"))
        #expect(result.stdout.contains("'\\]'"), "markup in messages is escaped")
    }
}
