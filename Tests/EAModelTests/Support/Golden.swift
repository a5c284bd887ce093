import Foundation
import Testing

/// Golden files: expected outputs committed under `Tests/EAModelTests/Goldens/`, compared
/// byte for byte. Run the tests with `EAF_UPDATE_GOLDENS=1` to rewrite them from the
/// current output (then read the diff before committing it).
enum Golden {
    /// The folder golden files live in.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var updating: Bool { ProcessInfo.processInfo.environment["EAF_UPDATE_GOLDENS"] == "1" }

    /// The path of golden `name` (which may hold folders: `graph-repo/systems.dot`).
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Checks `actual` against golden `name`, or rewrites the golden when updating.
    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = url(name)
        if updating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("cannot write golden \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("golden \(name) is missing; run EAF_UPDATE_GOLDENS=1 swift test to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        let got = line < actualLines.count ? String(actualLines[line]) : "(end of output)"
        Issue.record("""
            output differs from golden \(name) at line \(line + 1):
              golden: \(want)
              output: \(got)
            If the change is intended, run EAF_UPDATE_GOLDENS=1 swift test and review the diff.
            """, sourceLocation: sourceLocation)
    }
}
