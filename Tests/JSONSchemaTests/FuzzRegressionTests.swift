import Foundation
import Testing
@testable import JSONSchema

/// Inputs that once crashed, hung or overran the JSON reader or the schema engine (found
/// by the fuzzers in `fuzz/` or by review), kept in `Regressions/<target>/` and run the
/// way the fuzz target runs them: a schema target input is the schema, a NUL byte and the
/// instance. Each must end, quickly, in an error (files named `finding-…`) or a result.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions").path

    static func inputs(_ target: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + target)) ?? []).sorted()
    }

    private func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + target + "/" + name)))
    }

    @Test(arguments: inputs("json")) func json(_ name: String) throws {
        let input = try bytes("json", name)
        let start = Date()
        let failed: Bool
        do {
            _ = try JSONReader.read(input)
            failed = false
        } catch {
            #expect(error.position.line >= 1 && error.position.column >= 1)
            failed = true
        }
        #expect(Date().timeIntervalSince(start) < 10)
        if name.hasPrefix("finding-") { #expect(failed, "\(name) must be refused") }
    }

    @Test(arguments: inputs("schema")) func schema(_ name: String) throws {
        let input = try bytes("schema", name)
        let split = input.firstIndex(of: 0) ?? input.endIndex
        let start = Date()
        var problems: [String] = []
        do {
            let schema = try SchemaCompiler(options: SchemaOptions(assertFormats: true)).compile(bytes: Array(input[..<split]))
            let instance = try JSONReader.read(split < input.endIndex ? Array(input[(split + 1)...]) : Array("null".utf8))
            problems = schema.validate(instance).map(\.message)
            #expect(schema.isValid(instance) == problems.isEmpty, "\(name): validate and isValid disagree")
        } catch {
            problems = ["\(error)"]
        }
        #expect(Date().timeIntervalSince(start) < 10)
        if name.hasPrefix("finding-") { #expect(!problems.isEmpty, "\(name) must give an error") }
    }
}
