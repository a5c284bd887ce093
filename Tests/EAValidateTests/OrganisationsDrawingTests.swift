import EAModel
import EAValidate
import Foundation
import Testing

/// When the reports draw the organisations graph, and how: up to 200 organisations and 600
/// links, links labelled up to 150 and with tooltips beyond, Mermaid only as large as GitHub
/// and GitLab draw it; a larger graph is replaced by a note that says how to see it.
@Suite struct OrganisationsDrawingTests {
    /// `organisations` nodes and the first `links` ordered pairs of them, each link labelled.
    static func graph(organisations: Int, links: Int, label: String = "Entity") -> GraphView {
        let ids = (0..<organisations).map { String(format: "org-%04d", $0) }
        var edges: [GraphEdge] = []
        for source in ids {
            for target in ids where target != source && edges.count < links {
                edges.append(GraphEdge(id: "e\(edges.count + 1)", source: source, target: target, kind: .dataFlow, label: label))
            }
        }
        return GraphView(viewpoint: .organisations, nodes: ids.map { GraphNode(id: $0, kind: .organisation, label: $0) }, edges: edges)
    }

    static func occurrences(of text: String, in dot: String) -> Int {
        dot.components(separatedBy: text).count - 1
    }

    @Test func drawsUpToTwoHundredOrganisations() throws {
        let most = Self.graph(organisations: 200, links: 10)
        #expect(OrganisationsDrawing.isDrawn(most))
        #expect(try #require(OrganisationsDrawing.dot(most)).hasPrefix("digraph \"organisations\" {"))
        #expect(OrganisationsDrawing.mermaid(most) != nil)
        let more = Self.graph(organisations: 201, links: 10)
        #expect(!OrganisationsDrawing.isDrawn(more))
        #expect(OrganisationsDrawing.dot(more) == nil)
        #expect(OrganisationsDrawing.mermaid(more) == nil)
    }

    @Test func drawsUpToSixHundredLinks() {
        let most = Self.graph(organisations: 40, links: 600)
        #expect(OrganisationsDrawing.isDrawn(most))
        #expect(OrganisationsDrawing.dot(most) != nil)
        let more = Self.graph(organisations: 40, links: 601)
        #expect(!OrganisationsDrawing.isDrawn(more))
        #expect(OrganisationsDrawing.dot(more) == nil)
    }

    @Test func labelsUpToOneHundredFiftyLinksAndGivesTooltipsBeyond() throws {
        let labelled = try #require(OrganisationsDrawing.dot(Self.graph(organisations: 20, links: 150)))
        #expect(Self.occurrences(of: "[label=\"Entity\"", in: labelled) == 150)
        #expect(Self.occurrences(of: "tooltip=\"Entity\"", in: labelled) == 0)
        let tooltips = try #require(OrganisationsDrawing.dot(Self.graph(organisations: 20, links: 151)))
        #expect(Self.occurrences(of: "[tooltip=\"Entity\"", in: tooltips) == 151)
        #expect(Self.occurrences(of: "[label=\"Entity\"", in: tooltips) == 0)
    }

    @Test func mermaidOnlyAsLargeAsGitHubAndGitLabDraw() {
        #expect(OrganisationsDrawing.mermaid(Self.graph(organisations: 30, links: 500)) != nil)
        #expect(OrganisationsDrawing.mermaid(Self.graph(organisations: 30, links: 501)) == nil)
        let wordy = Self.graph(organisations: 20, links: 100, label: String(repeating: "ж", count: 600))
        #expect(MermaidRenderer().render(wordy).utf16.count > OrganisationsDrawing.mostMermaidCharacters)
        #expect(OrganisationsDrawing.mermaid(wordy) == nil)
    }

    /// A report narrowed to one organisation already shows its part: the note names a tool
    /// for large graphs, with the organisation's id as written (escaped by each format).
    @Test func aFocusedGraphTooLargeToDrawPointsToGraphML() throws {
        let focused = try Self.graph(organisations: 30, links: 700).focused(on: "org-0000", depth: 1)
        #expect(focused.nodes.count == 30 && focused.edges.count > OrganisationsDrawing.mostLinks, "org-0000 links to every other")
        #expect(!OrganisationsDrawing.isDrawn(focused))
        let size = "The graph has 30 organisations and \(focused.edges.count) links between them, "
        #expect(OrganisationsDrawing.tooLarge(focused) { "`\($0)`" } == size
                + "too many to draw legibly in one picture. `eaf graph --view organisations --focus org-0000 --format graphml` "
                + "writes it for yEd or Gephi to lay out and explore.")
    }

    @Test func saysWhyAndHowToDrawOneOrganisation() {
        let text = OrganisationsDrawing.tooLarge(Self.graph(organisations: 201, links: 3)) { "`\($0)`" }
        #expect(text == "The graph has 201 organisations and 3 links between them, too many to draw legibly in one picture. "
                + "`eaf graph --view organisations --focus ID --format svg` draws one organisation with those it exchanges data with; "
                + "`eaf graph --view organisations --format graphml` writes the whole graph for yEd or Gephi to lay out and explore.")
    }
}
