import Foundation

/// Turns DOT into SVG with Graphviz's `dot`, found on PATH. The libraries never run
/// programs; this is the one place eaf does.
enum GraphvizRunner {
    /// Why no SVG came out; the message says what to do.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let installHint = "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"

    /// The first executable `dot` on PATH.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = folder.hasSuffix("/") ? "\(folder)dot" : "\(folder)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `dot -Tsvg` on the text. Input, output and messages go through files in a
    /// private temporary folder, so a large graph cannot fill a pipe and stall both sides.
    /// With a `timeLimit` (seconds), `dot` is stopped when it runs longer: laying out
    /// thousands of organisations can take Graphviz hours.
    static func svg(from dot: String, timeLimit: Double? = nil) throws(Failure) -> String {
        guard let executable = locate() else {
            throw Failure(description: "--format svg needs Graphviz's dot, which is not on PATH; \(installHint), or write --format dot and run dot yourself")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-graph-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("graph.dot")
        let output = folder.appendingPathComponent("graph.svg")
        let messages = folder.appendingPathComponent("dot.log")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(dot.utf8).write(to: input)
            try Data().write(to: messages)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-Tsvg", "-o", output.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: messages)
            try process.run()
            if let timeLimit, !wait(for: process, seconds: timeLimit) {
                throw Failure(description: "\(executable) did not finish within \(Int(timeLimit)) s and was stopped")
            }
            process.waitUntilExit()
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                let log = (try? String(contentsOf: messages, encoding: .utf8)) ?? ""
                let detail = log.split(separator: "\n").prefix(5).joined(separator: "; ")
                throw Failure(description: "\(executable) -Tsvg failed (status \(process.terminationStatus))\(detail.isEmpty ? "" : ": " + detail)")
            }
            return try String(contentsOf: output, encoding: .utf8)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot run \(executable): \(error.localizedDescription)")
        }
    }

    /// Waits for `process` to end, at most `seconds`; stops it (TERM, then KILL a second
    /// later) and returns false when it runs longer.
    private static func wait(for process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline {
                process.terminate()
                let grace = Date().addingTimeInterval(1)
                while process.isRunning && Date() < grace { usleep(10_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                return false
            }
            usleep(10_000)
        }
        return true
    }
}
