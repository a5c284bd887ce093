import EAModel
import Testing

/// Every view of every golden repository in every text format, byte for byte.
@Suite struct GraphGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var repository: GoldenRepository
        var viewpoint: Viewpoint
        var format: GraphFormat

        var goldenName: String { "\(repository.name)/\(viewpoint.rawValue).\(format.fileExtension)" }
        var testDescription: String { goldenName }

        static let all: [Case] = GoldenRepository.all.flatMap { repository in
            Viewpoint.allCases.flatMap { viewpoint in
                GraphFormat.allCases.map { Case(repository: repository, viewpoint: viewpoint, format: $0) }
            }
        }
    }

    static func view(_ viewpoint: Viewpoint, of repository: Repository, languages: [String]? = nil) -> GraphView {
        GraphViewBuilder(model: repository.model, languages: languages ?? repository.config.languages).build(viewpoint)
    }

    @Test(arguments: Case.all)
    func viewMatchesGolden(_ test: Case) {
        let view = Self.view(test.viewpoint, of: test.repository.repository)
        Golden.check(test.format.renderer.render(view), named: test.goldenName)
    }

    @Test(arguments: GraphFormat.allCases)
    func focusedViewMatchesGolden(_ format: GraphFormat) throws {
        let view = try Self.view(.systems, of: Fixtures.graphRepo).focused(on: "sf.pension-system", depth: 1)
        Golden.check(format.renderer.render(view), named: "graph-repo/systems-focus-sf.pension-system-1.\(format.fileExtension)")
    }

    @Test func labelsInAnotherLanguageMatchGolden() {
        let view = Self.view(.organisations, of: Fixtures.graphRepo, languages: ["ky"])
        Golden.check(MermaidRenderer().render(view), named: "graph-repo/organisations-ky.mmd")
    }

    /// Same input, same bytes: a second model built from the same files renders identically.
    @Test(arguments: Viewpoint.allCases)
    func outputIsDeterministic(_ viewpoint: Viewpoint) {
        let again = Fixtures.load(Fixtures.graphRepoPath)
        for format in GraphFormat.allCases {
            #expect(format.renderer.render(Self.view(viewpoint, of: again)) == format.renderer.render(Self.view(viewpoint, of: Fixtures.graphRepo)))
        }
    }
}
