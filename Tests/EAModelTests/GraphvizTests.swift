import EAModel
import Foundation
import Testing

/// Graphviz accepts the DOT of every view. Skipped where `dot` is not installed, except
/// under CI (`CI` set), where a missing `dot` is a failure: CI must install Graphviz.
@Suite struct GraphvizTests {
    static let dot: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["CI"] != nil

    struct Case: Sendable, CustomTestStringConvertible {
        var repository: GoldenRepository
        var viewpoint: Viewpoint
        var testDescription: String { "\(repository.name) \(viewpoint.rawValue)" }

        static let all = GoldenRepository.all.flatMap { repository in Viewpoint.allCases.map { Case(repository: repository, viewpoint: $0) } }
    }

    @Test(.enabled(if: dot != nil || required, "Graphviz's dot is not installed (apt-get install graphviz)"), arguments: Case.all)
    func dotRendersEveryViewAsSVG(_ test: Case) throws {
        let dot = try #require(Self.dot, "Graphviz's dot is not on PATH; CI must install it (apt-get install -y graphviz)")
        let repository = test.repository.repository
        let view = GraphViewBuilder(model: repository.model, languages: repository.config.languages).build(test.viewpoint)
        let result = try Self.run(dot, ["-Tsvg"], input: DOTRenderer().render(view))
        #expect(result.status == 0, "dot -Tsvg failed: \(result.errors)")
        #expect(!result.errors.contains("Error") && !result.errors.contains("Warning"), "\(result.errors)")
        #expect(result.output.contains("<svg"))
    }

    /// Runs a program with files for input and output, so no pipe can fill and stall it.
    static func run(_ program: String, _ arguments: [String], input: String) throws -> (status: Int32, output: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = (input: folder.appendingPathComponent("in"), output: folder.appendingPathComponent("out"),
                     errors: folder.appendingPathComponent("err"))
        try Data(input.utf8).write(to: files.input)
        try Data().write(to: files.output)
        try Data().write(to: files.errors)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: files.input)
        process.standardOutput = try FileHandle(forWritingTo: files.output)
        process.standardError = try FileHandle(forWritingTo: files.errors)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: files.output, encoding: .utf8),
                try String(contentsOf: files.errors, encoding: .utf8))
    }
}
