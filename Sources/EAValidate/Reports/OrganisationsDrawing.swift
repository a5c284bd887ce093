import EAModel

/// Whether and how a report draws its organisations graph. A national repository's whole
/// graph (a thousand organisations, four thousand pairs of them exchanging data) neither
/// lays out in useful time nor reads as one picture: Graphviz 2.43 drew generated
/// repositories' graphs of 50 organisations and 144 links in 0.2 s, of 100 and 281 in
/// 4.4 s, and of 250 and 745 not within two minutes; without edge labels, 100 took 0.4 s,
/// 200 and 578 links 3.7 s, 250 took 8.9 s and 1,000 not within 100 s. So the HTML report
/// draws up to `mostOrganisations`, with what each link carries as its label up to
/// `mostLabelledLinks` and as its tooltip beyond; a larger graph is not drawn, and the
/// report says how to draw one organisation's part of it. (Before, every HTML report of a
/// national repository waited `--graph-time-limit`, a minute, for a drawing it then left out.)
public enum OrganisationsDrawing {
    /// Organisations beyond which the graph is not drawn.
    public static let mostOrganisations = 200
    /// Links beyond which what a link carries is its tooltip rather than its label.
    public static let mostLabelledLinks = 150
    /// The largest Mermaid diagram GitHub and GitLab draw (Mermaid's `maxEdges` and
    /// `maxTextSize`); past either they show an error in place of the diagram.
    public static let mostMermaidEdges = 500
    public static let mostMermaidCharacters = 50_000

    /// Whether the report draws the graph at all.
    public static func isDrawn(_ graph: GraphView) -> Bool {
        graph.nodes.count <= mostOrganisations
    }

    /// Whether the links carry what they carry as labels (else as tooltips).
    public static func labelsLinks(_ graph: GraphView) -> Bool {
        graph.edges.count <= mostLabelledLinks
    }

    /// The DOT Graphviz lays out for the HTML report; nil when the graph is not drawn.
    public static func dot(_ graph: GraphView) -> String? {
        guard isDrawn(graph) else { return nil }
        return DOTRenderer(edgeLabelsAsTooltips: !labelsLinks(graph)).render(graph)
    }

    /// The Mermaid flowchart of the Markdown report; nil when the graph is not drawn or is
    /// larger than GitHub and GitLab draw (counted in UTF-16 units, as Mermaid counts).
    public static func mermaid(_ graph: GraphView) -> String? {
        guard isDrawn(graph), graph.edges.count <= mostMermaidEdges else { return nil }
        let text = MermaidRenderer().render(graph)
        return text.utf16.count <= mostMermaidCharacters ? text : nil
    }

    /// What a report says in place of a graph it does not draw; `command` formats the
    /// command that draws one organisation's part (as code, in Markdown).
    public static func tooLarge(_ graph: GraphView, command: (String) -> String = { $0 }) -> String {
        "The graph has \(ReportText.plural(graph.nodes.count, "organisation")) and \(ReportText.plural(graph.edges.count, "link")) "
            + "between them, too many to draw legibly in one picture. "
            + "\(command("eaf graph --view organisations --focus ID --format svg")) draws one organisation with those it exchanges data with."
    }
}
