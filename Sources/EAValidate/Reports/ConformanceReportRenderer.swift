import EAModel

/// Renders a conformance report in one format. Renderers return text; only the
/// command-line tool decides where it goes (and draws the organisations graph as SVG
/// with Graphviz, which a renderer never runs).
public protocol ConformanceReportRenderer: Sendable {
    func render(_ report: ConformanceReport) -> String
    /// The report for writing out: its text, or the bytes of a renderer that builds bytes.
    func output(_ report: ConformanceReport) -> RenderedOutput
}

extension ConformanceReportRenderer {
    public func output(_ report: ConformanceReport) -> RenderedOutput { .text(render(report)) }
}

/// The formats of `eaf report`.
public enum ConformanceReportFormat: String, Sendable, CaseIterable {
    /// One self-contained HTML file, readable without JavaScript and printable to PDF.
    case html
    /// For a merge-request comment or a wiki page.
    case markdown
    /// The same data for programs, described by `schemas/eaf-report-1.schema.json`.
    case json

    public var renderer: any ConformanceReportRenderer { renderer(threads: System.activeProcessorCount) }

    /// The renderer, writing on at most `threads` threads where it can.
    public func renderer(threads: Int) -> any ConformanceReportRenderer {
        switch self {
        case .html: HTMLReportRenderer(threads: threads)
        case .markdown: MarkdownReportRenderer(threads: threads)
        case .json: JSONReportRenderer(threads: threads)
        }
    }
}
