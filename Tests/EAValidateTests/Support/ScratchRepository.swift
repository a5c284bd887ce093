import EAModel
@testable import EAValidate
import Foundation

/// A repository written to a temporary folder (removed with it), validated as of a fixed day.
struct ScratchRepository {
    static let asOf = LocalDate(year: 2026, month: 12, day: 1)

    private let storage: TemporaryRepository
    var folder: String { storage.path }

    init(_ files: [String: String]) throws {
        storage = try TemporaryRepository(files)
    }

    /// Writes (or overwrites) files, paths relative to the folder.
    func write(_ files: [String: String]) throws {
        for (path, text) in files { try storage.write(path, text) }
    }

    func load() throws -> Repository {
        try RepositoryLoader(threads: 1).load(folder)
    }

    func validate(asOf: LocalDate = Self.asOf, rules: Set<String>? = nil, layers: Set<RuleLayer>? = nil) throws -> [Finding] {
        Validator().validate(try load(), options: .init(asOf: asOf, onlyRules: rules, onlyLayers: layers))
    }
}

extension Array where Element == Finding {
    /// The findings of one rule.
    func of(_ rule: String) -> [Finding] { filter { $0.ruleID == rule } }

    /// `file:line:col RULE severity status: message` of each finding, for failure messages.
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
