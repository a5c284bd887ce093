import Foundation

/// Runs the built `eaf` as a process, the way users and CI do.
enum CLI {
    /// `eaf` beside the test bundle (SwiftPM builds it into the same folder), else in the
    /// package's `.build/debug`.
    static let executable: URL = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("eaf")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/eaf")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let graphRepo = packageRoot.appendingPathComponent("Tests/EAModelTests/Fixtures/graph-repo").path
    static let goldens = packageRoot.appendingPathComponent("Tests/EAModelTests/Goldens")

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `eaf` with the arguments; standard output and error go through files so
    /// that no pipe can fill up.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let errors = folder.appendingPathComponent("err")
        try Data().write(to: output)
        try Data().write(to: errors)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: try String(contentsOf: output, encoding: .utf8),
                      errors: try String(contentsOf: errors, encoding: .utf8))
    }

    /// A golden file of the library tests: the CLI must print exactly what the library renders.
    static func golden(_ name: String) throws -> String {
        try String(contentsOf: goldens.appendingPathComponent(name), encoding: .utf8)
    }
}
