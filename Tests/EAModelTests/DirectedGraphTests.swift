import EAModel
import Testing

@Suite struct DirectedGraphTests {
    /// a → b → c, a → c, d → a, e alone.
    static var graph: DirectedGraph<String> {
        var graph = DirectedGraph<String>()
        graph.addEdge(from: "a", to: "b")
        graph.addEdge(from: "b", to: "c")
        graph.addEdge(from: "a", to: "c")
        graph.addEdge(from: "d", to: "a")
        graph.add("e")
        return graph
    }

    @Test func edgesAreNumberedAndIndexedBothWays() {
        let graph = Self.graph
        #expect(graph.edges(from: "a") == [0, 2])
        #expect(graph.edges(to: "c") == [1, 2])
        #expect(graph.successors(of: "a") == ["b", "c"])
        #expect(graph.predecessors(of: "a") == ["d"])
        #expect(graph.source(of: 3) == "d" && graph.target(of: 3) == "a")
        #expect(graph.edges(from: "missing").isEmpty)
    }

    @Test func breadthFirstFollowsTheDirectionAndStopsAtTheDepth() {
        let graph = Self.graph
        #expect(graph.breadthFirst(from: "a", direction: .forward).map(\.vertex) == ["a", "b", "c"])
        #expect(graph.breadthFirst(from: "c", direction: .backward).map(\.vertex) == ["c", "b", "a", "d"])
        #expect(graph.breadthFirst(from: "c", direction: .backward).map(\.depth) == [0, 1, 1, 2])
        #expect(graph.breadthFirst(from: "c", direction: .backward).map(\.edge) == [nil, 1, 2, 3])
        #expect(graph.breadthFirst(from: "b", direction: .both, maxDepth: 1).map(\.vertex) == ["b", "c", "a"])
        #expect(graph.breadthFirst(from: "b", direction: .both, maxDepth: 0).map(\.vertex) == ["b"])
        #expect(graph.breadthFirst(from: "e", direction: .both).map(\.vertex) == ["e"])
        #expect(graph.breadthFirst(from: "missing", direction: .both).isEmpty)
    }

    @Test func edgesAmongKeepOnlyInnerEdges() {
        #expect(Self.graph.edges(among: ["a", "b", "c"]) == [0, 1, 2])
        #expect(Self.graph.edges(among: ["a", "d"]) == [3])
    }

    @Test func cyclesAreStillFound() {
        var graph = Self.graph
        graph.addEdge(from: "c", to: "a")
        graph.addEdge(from: "e", to: "e")
        #expect(graph.cyclicComponents() == [["a", "b", "c"], ["e"]])
        #expect(graph.cycle(in: ["a", "b", "c"]) == ["a", "c", "a"])
    }
}
