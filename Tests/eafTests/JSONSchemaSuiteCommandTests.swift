import Foundation
import JSONSchema
import Testing

/// The official JSON Schema test suite run through the command line, as a developer would
/// run `eaf schema check`: every required case of draft 2020-12 and draft-07, one process
/// per schema with all its test instances, remotes mapped from the suite's `remotes/` folder.
@Suite struct JSONSchemaSuiteCommandTests {
    static let suite = TestPaths.testdata + "/json-schema-test-suite"

    struct SuiteFile: CustomStringConvertible, Sendable {
        var draft: String
        var name: String
        var description: String { "\(draft)/\(name)" }
    }

    static let files: [SuiteFile] = ["draft2020-12", "draft7"].flatMap { draft in
        ((try? FileManager.default.contentsOfDirectory(atPath: "\(suite)/tests/\(draft)")) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted().map { SuiteFile(draft: draft, name: $0) }
    }

    @Test func theSuiteIsThere() {
        #expect(Self.files.count == 83, "expected the 46 + 37 required files of the suite")
    }

    @Test(arguments: files)
    func everyCasePassesThroughTheCommandLine(_ file: SuiteFile) throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: "\(Self.suite)/tests/\(file.draft)/\(file.name)"))
        guard case .array(let cases) = try JSONReader.read([UInt8](text)).content else { Issue.record("not an array"); return }
        let folder = try TemporaryRepository()
        var failures: [String] = []
        for (caseIndex, testCase) in cases.enumerated() {
            guard let schema = testCase["schema"], case .array(let tests)? = testCase["tests"]?.content else { continue }
            let directory = "case\(caseIndex)"
            try folder.write("\(directory)/schema.json", schema.description)
            var instances: [String] = []
            for (index, test) in tests.enumerated() {
                let name = "\(directory)/t\(index).json"
                try folder.write(name, test["data"]?.description ?? "null")
                instances.append(folder.path + "/" + name)
            }
            let result = try EAFProcess.run(["schema", "check"] + instances + [
                "--schema", folder.path + "/\(directory)/schema.json", "--format", "json", "--fail-on", "never",
                "--resource", "http://localhost:1234/=\(Self.suite)/remotes",
                "--default-draft", file.draft == "draft7" ? "7" : "2020-12",
            ])
            guard result.status == 0 else {
                failures.append("case \(caseIndex): exit \(result.status) \(result.stderr)")
                continue
            }
            let compileFailed = result.stdout.contains("\"ruleID\": \"TEC004\"")
            for (index, test) in tests.enumerated() {
                let expected = test["valid"]?.boolValue ?? false
                let failed = compileFailed || result.stdout.contains("\"file\": \"\(instances[index])\"")
                if failed == expected {
                    failures.append("\(testCase["description"]?.stringValue ?? "?") / \(test["description"]?.stringValue ?? "?"): expected \(expected ? "valid" : "invalid")")
                }
            }
        }
        #expect(failures.isEmpty, "\(file): \(failures.joined(separator: "\n"))")
    }
}
