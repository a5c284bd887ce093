import EAModel
import Foundation
import Testing

/// What each view shows, on the test repository.
@Suite struct GraphViewTests {
    static func view(_ viewpoint: Viewpoint, languages: [String] = ["en", "ky"]) -> GraphView {
        GraphViewBuilder(model: Fixtures.graphRepo.model, languages: languages).build(viewpoint)
    }

    static func edges(_ view: GraphView) -> [String] {
        view.edges.map { "\($0.source) -\($0.kind.rawValue)-> \($0.target)" }
    }

    @Test func systemsViewHasSystemsPlatformsDependenciesAndFlows() {
        let view = Self.view(.systems)
        #expect(view.nodes.map(\.id) == ["grs.population-register", "platform.gov-cloud", "platform.tunduk", "sf.e-services",
                                         "sf.payment-gateway", "sf.pension-system", "sti.legacy-billing", "sti.tax-register"])
        #expect(Self.edges(view) == [
            "grs.population-register -hosting-> platform.gov-cloud",
            "grs.population-register -dataFlow-> sf.pension-system",
            "grs.population-register -dataFlow-> sti.tax-register",
            "sf.e-services -dependsOn-> sf.pension-system",
            "sf.pension-system -hosting-> platform.gov-cloud",
            "sf.pension-system -dependsOn-> platform.tunduk",
            "sf.pension-system -dependsOn-> sf.payment-gateway",
            "sti.tax-register -hosting-> platform.gov-cloud",
            "sti.tax-register -dataFlow-> sf.pension-system",
            "sti.tax-register -dependsOn-> sti.legacy-billing",
        ])
        #expect(view.edges.map(\.id) == (1...10).map { "e\($0)" })
        // Two exchanges from the population register to the pension system: one edge, weight 2.
        let flow = view.edges[1]
        #expect(flow.weight == 2)
        #expect(flow.label == "Address, Person")
        #expect(flow.attributes == ["exchanges": "grs-to-sf, grs-to-sf-addresses", "entities": "core.address, core.person"])
    }

    /// An edge's attributes list each value once, in UTF-8 order, however many merged
    /// relations gave it: a third exchange carrying the person again adds its id, not the
    /// entity a second time.
    @Test func mergedAttributesListEachValueOnce() throws {
        var files: [String: String] = [:]
        for name in ["eaf.yaml", "model/data.yaml", "model/exchanges.yaml", "model/organisations.yaml", "model/services.yaml",
                     "model/systems.yaml", "reference/architecture.yaml"] {
            files[name] = try String(contentsOfFile: Fixtures.graphRepoPath + "/" + name, encoding: .utf8)
        }
        files["model/exchanges.yaml"]! += """
            ---
            id: grs-to-sf-again
            kind: Exchange
            name: Persons for pensions, again
            consumer: sf.pension-system
            interface: grs.person-api
            carries: [core.person]

            """
        let folder = try TemporaryRepository(files)
        let view = GraphViewBuilder(model: Fixtures.load(folder.path).model, languages: ["en"]).build(.systems)
        let flow = try #require(view.edges.first { $0.source == "grs.population-register" && $0.target == "sf.pension-system" })
        #expect(flow.weight == 3)
        #expect(flow.attributes == ["exchanges": "grs-to-sf, grs-to-sf-addresses, grs-to-sf-again", "entities": "core.address, core.person"])
    }

    /// Reference-folder elements appear only when the view links them to the
    /// repository's own elements: the unused platform and the ministry never do.
    @Test func referenceElementsAppearOnlyWhenLinked() {
        for viewpoint in Viewpoint.allCases {
            let ids = Set(Self.view(viewpoint).nodes.map(\.id))
            #expect(!ids.contains("platform.unused"), "\(viewpoint)")
            #expect(!ids.contains("mdd"), "\(viewpoint)")
        }
        #expect(Self.view(.all).node("std.xroad")?.isReference == true)
        #expect(Self.view(.services).node("platform.tunduk") == nil)
    }

    @Test func nodesAreClusteredByOwnerThenOperator() {
        let view = Self.view(.systems)
        #expect(view.node("sf.payment-gateway")?.cluster == "sf")  // no owner, operator sf
        #expect(view.node("sf.payment-gateway")?.owner == nil)
        #expect(view.node("platform.tunduk")?.cluster == "mdd")
        #expect(view.clusters.map(\.id) == ["grs", "mdd", "sf", "sti"])
        #expect(view.clusters.first { $0.id == "sti" }?.label == "Tax \"office\" <A&B>\nline2")
        #expect(view.clusters.first { $0.id == "grs" }?.label == "Мамлекеттик каттоо кызматы")
        #expect(Self.view(.organisations).clusters.isEmpty)
    }

    @Test func lifecycleDecidesTheLook() {
        let view = Self.view(.systems)
        #expect(view.node("sti.legacy-billing")?.lifecycleStyle == .fading)
        #expect(view.node("sf.payment-gateway")?.lifecycleStyle == .fading)
        #expect(view.node("sf.e-services")?.lifecycleStyle == .planned)
        #expect(view.node("sf.pension-system")?.lifecycleStyle == .normal)
    }

    @Test func dataFlowViewHasOneEdgePerExchange() {
        let view = Self.view(.dataFlow)
        #expect(view.nodes.map(\.id) == ["grs.population-register", "sf.pension-system", "sti.tax-register"])
        #expect(view.edges.compactMap { $0.attributes["exchange"] } == ["grs-to-sf-addresses", "grs-to-sf", "grs-to-sti", "sti-to-sf"])
        #expect(view.edges[1].label == "Person\nvia Person API on Tunduk")
        #expect(view.edges[1].attributes == ["exchange": "grs-to-sf", "interface": "grs.person-api", "platform": "platform.tunduk",
                                              "entities": "core.person", "frequency": "realtime"])
    }

    @Test func organisationsViewAggregatesExchangesByOwner() {
        let view = Self.view(.organisations)
        #expect(view.nodes.map(\.id) == ["grs", "sf", "sti"])
        #expect(view.edges.map { "\($0.source)->\($0.target) \($0.weight) \($0.label)" } == [
            "grs->sf 2 Address, Person",
            "grs->sti 1 Address, Person",
            "sti->sf 1 Income & \"benefits\" <monthly>",
        ])
    }

    @Test func servicesViewFollowsTheRealisationChain() {
        let view = Self.view(.services)
        #expect(Self.edges(view) == [
            "sf.assign-pension -supportedBy-> sf.pension-system",
            "sf.pension-assignment -realizedBy-> sf.assign-pension",
            "sf.pension-system -hosting-> platform.gov-cloud",
            "sti.file-declaration -supportedBy-> sti.tax-register",
            "sti.tax-declaration -realizedBy-> sti.file-declaration",
            "sti.tax-register -hosting-> platform.gov-cloud",
        ])
        // Systems no process needs stay out, and so do their platforms.
        #expect(view.node("sti.legacy-billing") == nil)
        #expect(view.node("grs.population-register") == nil)
    }

    @Test func allViewHasEveryOwnElementAndEveryReference() {
        let model = Fixtures.graphRepo.model
        let view = Self.view(.all)
        let own = model.elements.filter { !$0.isReference }.map(\.id)
        #expect(own.allSatisfy { view.node($0) != nil })
        // Every reference between elements of the view is an edge (repeats merged, weighted).
        let shown = Set(view.nodes.map(\.id))
        let references = model.references.filter { shown.contains($0.source) && shown.contains($0.target) }
        #expect(view.edges.reduce(0) { $0 + $1.weight } == references.count)
        let carries = view.edges.first { $0.source == "grs.person-api" && $0.target == "core.person" }
        #expect(carries?.kind.rawValue == "messages.carries")
        #expect(carries?.weight == 2)
    }

    @Test func labelsFollowTheLanguageAndFallBack() {
        let view = Self.view(.organisations, languages: ["ky"])
        #expect(view.node("sti")?.label == "Салык кызматы")
        #expect(view.node("sf")?.label == "Social Fund")  // no ky name: English
        #expect(Self.view(.organisations, languages: ["ru"]).node("sf")?.label == "Социальный фонд")
    }

    @Test func bothWaysIndex() {
        let view = Self.view(.systems)
        #expect(view.edges(to: "sf.pension-system").map(\.source) == ["grs.population-register", "sf.e-services", "sti.tax-register"])
        #expect(view.edges(from: "sf.pension-system").map(\.target) == ["platform.gov-cloud", "platform.tunduk", "sf.payment-gateway"])
    }
}
