@testable import EAModel
import Foundation
import Testing

/// Inputs that once crashed, hung or overran a reader (found by the fuzzers in `fuzz/` or
/// by review), kept in `Regressions/<target>/` and run the way the fuzz target runs them.
/// Each must end, quickly, in issues (files named `finding-…`) or in a clean result. To
/// keep a new fuzzer artifact, copy it here under the target's folder.
@Suite struct FuzzRegressionTests {
    static let folder = TestPaths.inPackage("Tests/EAModelTests/Regressions")

    static func inputs(_ target: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + target)) ?? []).sorted()
    }

    private func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + target + "/" + name)))
    }

    private func check(_ issues: [LoadIssue], _ name: String, started: Date, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(Date().timeIntervalSince(started) < 10, "\(name) took too long", sourceLocation: sourceLocation)
        if name.hasPrefix("finding-") { #expect(!issues.isEmpty, "\(name) must give a finding", sourceLocation: sourceLocation) }
        for issue in issues {
            #expect(issue.location.line >= 1 && issue.location.column >= 1, "\(name): \(issue)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: inputs("yaml")) func yaml(_ name: String) throws {
        let input = try bytes("yaml", name)
        let start = Date()
        let read = YAMLReader().read(input, file: name)
        let decoder = ElementDecoder(file: name)
        let issues = read.issues + read.documents.flatMap { decoder.decode(ParsedDocument(root: $0)).issues }
        check(issues, name, started: start)
    }

    @Test(arguments: inputs("xml")) func xml(_ name: String) throws {
        let input = try bytes("xml", name)
        let start = Date()
        let read = XMLModelReader().read(input, file: name)
        let decoder = ElementDecoder(file: name)
        let issues = read.issues + read.schemaIssues + read.documents.flatMap { decoder.decode($0).issues }
        #expect(read.isModelFile)
        check(issues, name, started: start)
    }

    @Test(arguments: inputs("config")) func config(_ name: String) throws {
        let input = try bytes("config", name)
        let start = Date()
        let parsed = RepositoryConfig.parse(input)
        check(parsed.issues, name, started: start)
    }
}
