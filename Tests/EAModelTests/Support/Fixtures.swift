import EAModel
import Foundation

/// Repositories the tests read, loaded once per test run.
enum Fixtures {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: TestPaths.packageRoot)

    static let graphRepoPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/graph-repo").path

    /// Three agencies (grs, sti, sf) exchanging data over Tunduk; shared platforms and
    /// a standard in a reference folder; names that need escaping in every format.
    static let graphRepo: Repository = load(graphRepoPath)

    static func load(_ path: String) -> Repository {
        do {
            return try RepositoryLoader(threads: 1).load(path)
        } catch {
            fatalError("cannot load test repository \(path): \(error)")
        }
    }
}

/// A repository whose graph and impact outputs are kept as golden files, under
/// `Goldens/<name>/`. Add a line to `all` to give another repository goldens (the
/// national example: `GoldenRepository(name: "kyrgyz-egov", path: "examples/kyrgyz-egov",
/// impactOf: ["grs.population-register"])`), then record them with
/// `EAF_UPDATE_GOLDENS=1 swift test`.
struct GoldenRepository: Sendable, CustomStringConvertible {
    var name: String
    /// Relative to the package root, or absolute.
    var path: String
    /// Elements whose impact reports are kept as goldens.
    var impactOf: [String]

    static let all: [GoldenRepository] = [
        GoldenRepository(name: "graph-repo", path: Fixtures.graphRepoPath, impactOf: ["grs.population-register", "platform.tunduk"]),
        GoldenRepository(name: "kyrgyz-egov", path: "examples/kyrgyz-egov", impactOf: ["grs.population-register"]),
    ]

    /// Each repository loaded once, at first use.
    private static let loaded: [String: Repository] = Dictionary(uniqueKeysWithValues: all.map { golden in
        (golden.name, Fixtures.load(golden.path.hasPrefix("/") ? golden.path : Fixtures.packageRoot.appendingPathComponent(golden.path).path))
    })

    var repository: Repository { Self.loaded[name]! }

    var description: String { name }
}
