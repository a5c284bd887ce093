import EAModel
@testable import EAValidate
import Foundation

/// A repository written to a fresh temporary folder for one test, validated as of a fixed day.
struct ScratchRepository {
    static let asOf = LocalDate(year: 2026, month: 12, day: 1)

    let folder: String

    init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-test-\(UUID().uuidString)").path
        try write(files)
    }

    /// Writes (or overwrites) files, paths relative to the folder.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: folder + "/" + path)
    }

    func load() throws -> Repository {
        try RepositoryLoader(threads: 1).load(folder)
    }

    func validate(asOf: LocalDate = Self.asOf, rules: Set<String>? = nil, layers: Set<RuleLayer>? = nil) throws -> [Finding] {
        Validator().validate(try load(), options: .init(asOf: asOf, onlyRules: rules, onlyLayers: layers))
    }

    func report(asOf: LocalDate = Self.asOf) throws -> FindingReport {
        let repository = try load()
        return FindingReport(repository: repository, findings: Validator().validate(repository, options: .init(asOf: asOf)), asOf: asOf)
    }

    func delete() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

extension Array where Element == Finding {
    /// The findings of one rule.
    func of(_ rule: String) -> [Finding] { filter { $0.ruleID == rule } }

    /// `file:line:col RULE` of each finding, for readable failure messages.
    var summary: [String] { map { "\($0.location) \($0.ruleID) \($0.severity.rawValue) \($0.status.rawValue): \($0.message)" } }
}

/// Small model fragments the tests combine.
enum Fragment {
    /// An organisation with a GCIO, so that only the rule under test fires.
    static func organisation(_ id: String) -> String {
        """
        id: \(id)
        kind: Organisation
        name: \(id)
        gcio: {name: GCIO of \(id)}

        """
    }

    /// A production system without hosting: one TEC009 finding, nothing else.
    static func unhostedSystem(_ id: String, owner: String) -> String {
        """
        id: \(id)
        kind: InformationSystem
        name: \(id)
        owner: \(owner)
        lifecycle: production

        """
    }

    static let separator = "---\n"
}
