/// Renders a graph view as text in one format. Renderers return text and never run
/// programs; the command-line tool decides where the text goes (and turns DOT into SVG
/// with Graphviz).
public protocol GraphRenderer: Sendable {
    func render(_ view: GraphView) -> String
    /// The view as UTF-8 bytes, for writing to a file: a renderer that builds bytes hands
    /// them over as they are, without checking a national graph's megabytes as a string.
    func renderUTF8(_ view: GraphView) -> [UInt8]
}

extension GraphRenderer {
    public func renderUTF8(_ view: GraphView) -> [UInt8] { Array(render(view).utf8) }
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
