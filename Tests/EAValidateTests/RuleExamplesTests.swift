import EAModel
@testable import EAValidate
import Foundation
import Testing

/// Every rule's examples are its tests: a triggering example must produce findings of
/// that rule exactly at its `↓` markers, a non-triggering one none of that rule.
@Suite struct RuleExamplesTests {
    static let asOf = LocalDate(year: 2026, month: 12, day: 1)

    @Test(arguments: RuleRegistry.all.map { $0.description.id })
    func examples(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(ruleID)).description
        for example in rule.triggeringExamples {
            let (folder, markers) = try ExampleRepository.write(example)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let actual = try findings(of: ruleID, in: folder)
            #expect(actual.map(\.place).sorted() == markers.sorted(),
                    "\(ruleID) example at \(example.declaredIn):\(example.declaredAt) fired at \(actual.map(\.place).sorted()) — \(actual.map(\.message))")
        }
        for example in rule.nonTriggeringExamples {
            let (folder, _) = try ExampleRepository.write(example)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let actual = try findings(of: ruleID, in: folder)
            #expect(actual.isEmpty, "\(ruleID) example at \(example.declaredIn):\(example.declaredAt) should pass but fired: \(actual.map { "\($0.place) \($0.message)" })")
        }
    }

    private func findings(of ruleID: String, in folder: String) throws -> [(place: String, message: String)] {
        let repository = try RepositoryLoader().load(folder)
        return Validator().validate(repository, options: .init(asOf: Self.asOf))
            .filter { $0.ruleID == ruleID }
            .map { ("\($0.location.file):\($0.location.line):\($0.location.column)", $0.message) }
    }
}

/// Writes an example's files to a fresh temporary folder, taking out the `↓` markers and
/// recording where each stood (1-based line and column, columns in characters).
enum ExampleRepository {
    static func write(_ example: RuleExample) throws -> (folder: String, markers: [String]) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("eaf-example-\(UUID().uuidString)").path
        var markers: [String] = []
        for (path, text) in example.files {
            var clean = ""
            var line = 1
            var column = 1
            for character in text {
                if character == RuleExample.marker {
                    markers.append("\(path):\(line):\(column)")
                    continue
                }
                clean.append(character)
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try clean.write(to: url, atomically: true, encoding: .utf8)
        }
        return (folder, markers)
    }
}
