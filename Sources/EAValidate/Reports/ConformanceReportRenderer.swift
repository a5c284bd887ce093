import EAModel

/// Renders a conformance report in one format. Renderers return text; only the
/// command-line tool decides where it goes (and draws the organisations graph as SVG
/// with Graphviz, which a renderer never runs).
public protocol ConformanceReportRenderer: Sendable {
    func render(_ report: ConformanceReport) -> String
    /// The report as UTF-8 bytes, for writing to a file: a renderer that builds bytes
    /// hands them over as they are, without checking a national report's megabytes as a
    /// string first.
    func renderUTF8(_ report: ConformanceReport) -> [UInt8]
}

extension ConformanceReportRenderer {
    public func renderUTF8(_ report: ConformanceReport) -> [UInt8] { Array(render(report).utf8) }
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
        case .html: HTMLReportRenderer()
        case .markdown: MarkdownReportRenderer()
        case .json: JSONReportRenderer(threads: threads)
        }
    }
}
