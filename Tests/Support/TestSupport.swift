import Foundation
import Testing

/// Shared by the test targets (symlinked into each): paths, temporary repositories, goldens.
enum TestPaths {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `../shared/testdata` beside the project.
    static let testdata = URL(fileURLWithPath: packageRoot).deletingLastPathComponent()
        .appendingPathComponent("shared/testdata").path

    static func inPackage(_ relative: String) -> String { packageRoot + "/" + relative }
}

/// A throwaway repository folder with files written from text.
final class TemporaryRepository {
    let path: String

    init(_ files: [String: String] = [:]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}

/// Compares output with a committed golden file; `EAF_UPDATE_GOLDENS=1` rewrites it.
enum Golden {
    /// Returns nil when `actual` matches the golden at `relative` (package-relative path),
    /// else a message with the first differing line.
    static func check(_ actual: String, against relative: String) -> String? {
        let path = TestPaths.inPackage(relative)
        if ProcessInfo.processInfo.environment["EAF_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "golden \(relative) is missing; run EAF_UPDATE_GOLDENS=1 swift test to create it"
        }
        if expected == actual { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<end>"
            let got = index < actualLines.count ? actualLines[index] : "<end>"
            if want != got {
                return "\(relative):\(index + 1) differs\n  expected: \(want)\n  actual:   \(got)\n(run EAF_UPDATE_GOLDENS=1 swift test if the change is intended)"
            }
        }
        return "\(relative) differs"
    }
}

extension Golden {
    /// Checks `actual` against `Tests/EAModelTests/Goldens/<name>` (which may hold folders:
    /// `graph-repo/systems.dot`), recording an issue at the caller when it differs.
    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if let problem = check(actual, against: "Tests/EAModelTests/Goldens/" + name) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}

/// Runs a program and captures what it prints and its exit status; reads both pipes to
/// the end before waiting, so a large output cannot block.
enum ProcessRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: URL, _ arguments: [String], in directory: String? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Another program on PATH (python3, xmllint, dot, chromium), run as a reviewer would.
    static func tool(_ name: String, _ arguments: [String], in directory: String? = nil) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: directory)
    }
}
