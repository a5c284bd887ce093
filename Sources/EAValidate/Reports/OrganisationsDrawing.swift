import EAModel

/// Whether and how a report draws its organisations graph. A national repository's whole
/// graph (a thousand organisations, four thousand pairs of them exchanging data) neither
/// lays out in useful time nor reads as one picture, and Graphviz's time grows faster than
/// the links. Measured with Graphviz 2.43 on generated repositories: with edge labels, 50
/// organisations and 144 links took 0.2 s, 100 and 281 took 4.4 s, and 250 and 745 not two
/// minutes; without labels, 100 and 281 took 0.4 s, 200 and 578 took 3.7 s, 250 and 745
/// took 8.9 s; and one organisation's neighbourhood of 168 organisations took 2.0 s with
/// its first 600 links, 7.1 s with 800, 19.6 s with 1,000 and not a minute with all 1,470.
/// So the HTML report draws up to `mostOrganisations` and `mostLinks`, with what each link
/// carries as its label up to `mostLabelledLinks` and as its tooltip beyond; a larger graph
/// is not drawn, and the report says how to see it otherwise. (Before, every HTML report of
/// a national repository waited `--graph-time-limit`, a minute, for a drawing it then left
/// out.)
public enum OrganisationsDrawing {
    /// Organisations beyond which the graph is not drawn.
    public static let mostOrganisations = 200
    /// Links beyond which the graph is not drawn.
    public static let mostLinks = 600
    /// Links beyond which what a link carries is its tooltip rather than its label.
    public static let mostLabelledLinks = 150
    /// The largest Mermaid diagram GitHub and GitLab draw (Mermaid's `maxEdges` and
    /// `maxTextSize`); past either they show an error in place of the diagram.
    public static let mostMermaidEdges = 500
    public static let mostMermaidCharacters = 50_000

    /// Whether the report draws the graph at all.
    public static func isDrawn(_ graph: GraphView) -> Bool {
        graph.nodes.count <= mostOrganisations && graph.edges.count <= mostLinks
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
    /// commands that show it otherwise (as code, in Markdown).
    public static func tooLarge(_ graph: GraphView, command: (String) -> String = { $0 }) -> String {
        let size = "The graph has \(ReportText.plural(graph.nodes.count, "organisation")) and "
            + "\(ReportText.plural(graph.edges.count, "link")) between them, too many to draw legibly in one picture. "
        // A report narrowed to one organisation already shows its part: only a tool that
        // explores large graphs helps.
        if let focus = graph.focus {
            return size + "\(command("eaf graph --view organisations --focus \(focus.id) --format graphml")) writes it for yEd or Gephi "
                + "to lay out and explore."
        }
        return size + "\(command("eaf graph --view organisations --focus ID --format svg")) draws one organisation with those it "
            + "exchanges data with; \(command("eaf graph --view organisations --format graphml")) writes the whole graph for yEd or "
            + "Gephi to lay out and explore."
    }
}
