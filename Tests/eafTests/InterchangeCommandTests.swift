import Foundation
import Testing

@Suite struct InterchangeCommandTests {
    private func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("eaf-\(UUID().uuidString)-\(name)").path
    }

    @Test func exportsArchiMateToAFile() throws {
        let file = temporaryFile("model.xml")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try EAFProcess.run(["export", "examples/minimal", "--format", "archimate", "--output", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("eaf: exported 7 elements"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""))
        #expect(text.contains("<name>Lebedinovka aiyl okmotu architecture</name>"))
    }

    @Test func exportsJSONThatFollowsItsPublishedSchema() throws {
        let result = try EAFProcess.run(["export", "Tests/EAModelTests/Fixtures/equivalence/yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = temporaryFile("export.json")
        try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let check = try OutsideTool.run("python3", ["-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(schema)
            document = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator(schema).validate(document)
            ids = [e['id'] for e in document['elements']]
            assert ids == sorted(ids), ids
            assert len(ids) == 16, len(ids)
            """, TestPaths.inPackage("schemas/eaf-model-export-1.schema.json"), file])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(result.stdout.contains("\"path\": \"holds[0].entity\""))
        let again = try EAFProcess.run(["export", "Tests/EAModelTests/Fixtures/equivalence/yaml", "--format", "json", "--threads", "1"])
        #expect(again.stdout == result.stdout, "the same model gives the same bytes")
    }

    @Test func importsArchisuranceAndReportsWhatWasNotImported() throws {
        let folder = temporaryFile("import")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = TestPaths.testdata + "/archimate/archisurance-exchange.xml"
        let result = try EAFProcess.run(["import", "archimate", source, "--into", folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("archisurance-exchange.xml: 120 elements, 178 relationships\n"))
        #expect(result.stdout.contains("55 imported, 65 not imported"))
        let report = try String(contentsOfFile: folder + "/import-report.md", encoding: .utf8)
        #expect(report.contains("## Elements not imported"))
        #expect(FileManager.default.fileExists(atPath: folder + "/eaf.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder + "/model/organisation/id-345.yaml"))
        // The imported repository loads; its problems are the model's (an Agreement with no parties), not the files'.
        let validate = try EAFProcess.run(["validate", folder, "--format", "json"])
        #expect(validate.status == 1)
        #expect(!validate.stdout.contains("INT001") && !validate.stdout.contains("INT007"))

        // A second import into the same folder would overwrite: it is refused and changes nothing.
        let again = try EAFProcess.run(["import", "archimate", source, "--into", folder])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exist already and would be overwritten"))
        #expect(try String(contentsOfFile: folder + "/import-report.md", encoding: .utf8) == report)
    }

    @Test func exportThenImportThroughTheCommandLine() throws {
        let file = temporaryFile("roundtrip.xml")
        let folder = temporaryFile("roundtrip")
        defer {
            try? FileManager.default.removeItem(atPath: file)
            try? FileManager.default.removeItem(atPath: folder)
        }
        #expect(try EAFProcess.run(["export", "examples/minimal", "--format", "archimate", "--output", file]).status == 0)
        let imported = try EAFProcess.run(["import", "archimate", file, "--into", folder])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 not imported (no eaf kind)"))
        let before = try EAFProcess.run(["list", "examples/minimal", "--format", "json"])
        let after = try EAFProcess.run(["list", folder, "--format", "json"])
        func ids(_ json: String) throws -> [String] {
            let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            return list.compactMap { $0["id"] as? String }.sorted()
        }
        #expect(try ids(after.stdout) == ids(before.stdout))
    }

    @Test func unreadableInputExitsTwo() throws {
        let missing = try EAFProcess.run(["import", "archimate", "no/such/file.xml", "--into", temporaryFile("x")])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("eaf: no/such/file.xml: cannot be read"))
        let notArchiMate = try EAFProcess.run(["import", "archimate", "schemas/egeaf-model-1.xsd", "--into", temporaryFile("x")])
        #expect(notArchiMate.status == 2)
        #expect(notArchiMate.stderr.contains("not an ArchiMate exchange file"))
        #expect(try EAFProcess.run(["export", "no/such/folder", "--format", "json"]).status == 2)
        #expect(try EAFProcess.run(["export", "examples/minimal", "--format", "pdf"]).status == 64)
    }
}
