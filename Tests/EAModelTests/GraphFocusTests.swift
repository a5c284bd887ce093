import EAModel
import Testing

@Suite struct GraphFocusTests {
    static let builder = GraphViewBuilder(model: Fixtures.graphRepo.model, languages: ["en"])
    static let systems = builder.build(.systems)

    static func shape(_ view: GraphView) -> (nodes: [String], edges: [String]) {
        (view.nodes.map(\.id), view.edges.map { "\($0.id) \($0.source)->\($0.target)" })
    }

    @Test func depthOneKeepsNeighboursBothWaysAndEdgesAmongThem() throws {
        let view = try Self.systems.focused(on: "sti.tax-register", depth: 1)
        let shape = Self.shape(view)
        #expect(shape.nodes == ["grs.population-register", "platform.gov-cloud", "sf.pension-system", "sti.legacy-billing", "sti.tax-register"])
        // Also the edges between neighbours (population register → pension system, both
        // → cloud), not only those touching the focus; ids as in the full view.
        #expect(shape.edges == [
            "e1 grs.population-register->platform.gov-cloud",
            "e2 grs.population-register->sf.pension-system",
            "e3 grs.population-register->sti.tax-register",
            "e5 sf.pension-system->platform.gov-cloud",
            "e8 sti.tax-register->platform.gov-cloud",
            "e9 sti.tax-register->sf.pension-system",
            "e10 sti.tax-register->sti.legacy-billing",
        ])
        #expect(view.focus == GraphView.Focus(id: "sti.tax-register", depth: 1))
        #expect(view.clusters.map(\.id) == ["grs", "mdd", "sf", "sti"])
    }

    @Test func depthZeroKeepsTheElementAlone() throws {
        let view = try Self.systems.focused(on: "sti.legacy-billing", depth: 0)
        #expect(Self.shape(view).nodes == ["sti.legacy-billing"])
        #expect(view.edges.isEmpty)
        #expect(view.clusters.map(\.id) == ["sti"])
    }

    @Test func depthTwoReachesFurther() throws {
        let one = try Self.systems.focused(on: "sti.legacy-billing", depth: 1)
        #expect(Self.shape(one).nodes == ["sti.legacy-billing", "sti.tax-register"])
        #expect(Self.shape(one).edges == ["e10 sti.tax-register->sti.legacy-billing"])
        let two = try Self.systems.focused(on: "sti.legacy-billing", depth: 2)
        #expect(Self.shape(two).nodes == ["grs.population-register", "platform.gov-cloud", "sf.pension-system", "sti.legacy-billing", "sti.tax-register"])
        #expect(Self.shape(two).edges.count == 7)
    }

    @Test func focusInAnotherView() throws {
        let view = try Self.builder.build(.organisations, focus: GraphView.Focus(id: "sti", depth: 1))
        #expect(Self.shape(view).nodes == ["grs", "sf", "sti"])
        #expect(Self.shape(view).edges == ["e1 grs->sf", "e2 grs->sti", "e3 sti->sf"])
    }

    @Test func unknownIDSuggestsTheNearest() {
        #expect(throws: GraphFocusError.notInView(id: "sf.pension-sytem", kind: nil, viewpoint: .systems, suggestion: "sf.pension-system")) {
            try Self.builder.build(.systems, focus: GraphView.Focus(id: "sf.pension-sytem", depth: 1))
        }
        let error = GraphFocusError.notInView(id: "sf.pension-sytem", kind: nil, viewpoint: .systems, suggestion: "sf.pension-system")
        #expect(error.description == "no element has id 'sf.pension-sytem'; did you mean 'sf.pension-system'?")
    }

    /// An id close to one only the model (not the view) has still gets a suggestion.
    @Test func suggestionComesFromTheModelWhenTheViewLacksIt() {
        #expect(throws: GraphFocusError.notInView(id: "core.persn", kind: nil, viewpoint: .systems, suggestion: "core.person")) {
            try Self.builder.build(.systems, focus: GraphView.Focus(id: "core.persn", depth: 1))
        }
    }

    @Test func elementOutsideTheViewSaysWhichViewToUse() {
        do {
            _ = try Self.builder.build(.systems, focus: GraphView.Focus(id: "core.person", depth: 1))
            Issue.record("expected an error")
        } catch {
            #expect(error == .notInView(id: "core.person", kind: .dataEntity, viewpoint: .systems, suggestion: nil))
            #expect(error.description.contains("(DataEntity) is not in the systems view"))
            #expect(error.description.contains("--view all"))
        }
    }
}
