import Foundation

/// Paths the graph and impact command tests share with the library's golden tests: the
/// CLI must print exactly what the library renders.
enum CLI {
    static let graphRepo = TestPaths.inPackage("Tests/EAModelTests/Fixtures/graph-repo")

    /// A golden file of the library tests.
    static func golden(_ name: String) throws -> String {
        try String(contentsOfFile: TestPaths.inPackage("Tests/EAModelTests/Goldens/" + name), encoding: .utf8)
    }
}
