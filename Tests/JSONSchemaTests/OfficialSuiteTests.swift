import Foundation
import Testing
@testable import JSONSchema

/// Runs the official JSON-Schema-Test-Suite (in `../shared/testdata/` beside the package)
/// and checks the outcome against `KnownFailures.txt`.
@Suite struct OfficialSuiteTests {
    @Test func draft2020_12() throws {
        try checkDraft(folder: "draft2020-12", draft: .draft2020_12)
    }

    @Test func draft7() throws {
        try checkDraft(folder: "draft7", draft: .draft7)
    }

    /// `optional/format/*.json` with format assertion on, for the formats this engine
    /// checks. The suite copy in `shared/` may not carry the optional tests; then there
    /// is nothing to run.
    @Test func optionalFormats() throws {
        for (folder, draft) in [("draft2020-12", Draft.draft2020_12), ("draft7", .draft7)] {
            let dir = SuiteRunner.suiteRoot.appendingPathComponent("tests/\(folder)/optional/format")
            guard FileManager.default.fileExists(atPath: dir.path) else {
                print("\(folder)-format: skipped, optional/format is not in the test data")
                continue
            }
            let results = try SuiteRunner.run(directory: dir, label: folder, draft: draft, assertFormats: true)
            let passed = results.filter(\.passed).count
            print("\(folder)-format: \(passed) passed, \(results.count - passed) failed")
            for r in results where !r.passed { print("  format failure: \(r.key) — \(r.reason)") }
            #expect(Double(passed) >= 0.97 * Double(results.count), "format tests below the floor")
        }
    }

    func checkDraft(folder: String, draft: Draft) throws {
        let dir = SuiteRunner.suiteRoot.appendingPathComponent("tests/\(folder)")
        try #require(FileManager.default.fileExists(atPath: dir.path), "test suite not found at \(dir.path)")
        let results = try SuiteRunner.run(directory: dir, label: folder, draft: draft, assertFormats: false)
        let passed = results.filter(\.passed).count
        let failed = results.count - passed
        print("\(folder): \(passed) passed, \(failed) failed")
        #expect(results.count > 500, "too few tests found in \(dir.path)")
        #expect(Double(passed) >= 0.99 * Double(results.count), "\(folder): fewer than 99% pass")

        let known = try KnownFailures.load().filter { $0.hasPrefix(folder + " | ") }
        let failures = Set(results.filter { !$0.passed }.map(\.key))
        for r in results where !r.passed && !known.contains(r.key) {
            Issue.record("unlisted failure: \(r.key) — \(r.reason)")
        }
        for k in known.sorted() where !failures.contains(k) {
            Issue.record("listed in KnownFailures.txt but passes now: \(k)")
        }
    }
}

/// The failures `KnownFailures.txt` lists: `draft | file | case | test | reason` lines;
/// the key is everything before the reason.
enum KnownFailures {
    static func load() throws -> Set<String> {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("KnownFailures.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var keys: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.components(separatedBy: " | ")
            guard parts.count >= 5 else { continue }
            keys.insert(parts[0..<4].joined(separator: " | "))
        }
        return keys
    }
}

/// Reads suite files and runs their cases.
enum SuiteRunner {
    struct Result {
        var key: String
        var passed: Bool
        var reason: String
    }

    /// The package root is two folders above this file's folder (`Tests/JSONSchemaTests`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var suiteRoot: URL {
        if let override = ProcessInfo.processInfo.environment["EAF_JSON_SCHEMA_SUITE"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.appendingPathComponent("../shared/testdata/json-schema-test-suite").standardized
    }

    static func run(directory: URL, label: String, draft: Draft, assertFormats: Bool) throws -> [Result] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        let compiler = SchemaCompiler(
            options: SchemaOptions(defaultDraft: draft, assertFormats: assertFormats),
            mappings: [ResourceMapping(prefix: "http://localhost:1234/", folder: suiteRoot.appendingPathComponent("remotes").path)])
        var results: [Result] = []
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let cases = try JSONReader.read([UInt8](data))
            for testCase in cases.arrayValue ?? [] {
                let caseName = testCase["description"]?.stringValue ?? "?"
                let tests = testCase["tests"]?.arrayValue ?? []
                let schema = testCase["schema"] ?? JSONValue(true)
                let compiled: Result_<CompiledSchema>
                do {
                    compiled = .ok(try compiler.compile(schema))
                } catch {
                    compiled = .failed("\(error)")
                }
                for test in tests {
                    let testName = test["description"]?.stringValue ?? "?"
                    let key = "\(label) | \(file) | \(caseName) | \(testName)"
                    let expected = test["valid"]?.boolValue ?? true
                    switch compiled {
                    case .failed(let why):
                        results.append(Result(key: key, passed: false, reason: "schema does not compile: \(why)"))
                    case .ok(let schema):
                        let data = test["data"] ?? .null
                        let fast = schema.isValid(data)
                        let errors = schema.validate(data)
                        if fast != errors.isEmpty {
                            results.append(Result(key: key, passed: false, reason: "isValid says \(fast) but validate found \(errors.count) errors"))
                        } else if fast != expected {
                            let detail = errors.first.map { ": \($0)" } ?? ""
                            results.append(Result(key: key, passed: false, reason: "expected \(expected ? "valid" : "invalid"), got \(fast ? "valid" : "invalid")\(detail)"))
                        } else {
                            results.append(Result(key: key, passed: true, reason: ""))
                        }
                    }
                }
            }
        }
        return results
    }

    enum Result_<T> {
        case ok(T)
        case failed(String)
    }
}
