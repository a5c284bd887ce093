/// Renders a graph view as text in one format. Renderers return text and never run
/// programs; the command-line tool decides where the text goes (and turns DOT into SVG
/// with Graphviz).
public protocol GraphRenderer: Sendable {
    func render(_ view: GraphView) -> String
    /// The view for writing out: its text, or the bytes of a renderer that builds bytes.
    func output(_ view: GraphView) -> RenderedOutput
}

extension GraphRenderer {
    public func output(_ view: GraphView) -> RenderedOutput { .text(render(view)) }
}

/// The text formats a graph view can be written in.
public enum GraphFormat: String, Sendable, CaseIterable, Hashable {
    /// Graphviz DOT.
    case dot
    /// A Mermaid flowchart, as GitHub and GitLab render in Markdown.
    case mermaid
    /// GraphML, for yEd and Gephi.
    case graphml
    /// Nodes and edges with their attributes, keys sorted.
    case json

    public var renderer: any GraphRenderer {
        switch self {
        case .dot: DOTRenderer()
        case .mermaid: MermaidRenderer()
        case .graphml: GraphMLRenderer()
        case .json: GraphJSONRenderer()
        }
    }

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .dot: "dot"
        case .mermaid: "mmd"
        case .graphml: "graphml"
        case .json: "json"
        }
    }
}
