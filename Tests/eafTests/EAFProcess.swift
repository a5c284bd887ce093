import Foundation

/// Runs the built `eaf` binary as a user would, capturing output and exit status.
enum EAFProcess {
    typealias Result = ProcessRunner.Result

    /// The `eaf` executable beside the test bundle in the build folder.
    static let executable: URL = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("eaf"))
        candidates.append(bundle.appendingPathComponent("eaf"))
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("eaf"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("eaf"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `eaf arguments…` in `directory` (the package root by default), with
    /// NO_COLOR unset unless given, so output is what a pipe gets.
    static func run(_ arguments: [String], in directory: String = TestPaths.packageRoot,
                    environment extra: [String: String] = [:]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        for (key, value) in extra { environment[key] = value }
        return try ProcessRunner.run(executable, arguments, in: directory, environment: environment)
    }
}
