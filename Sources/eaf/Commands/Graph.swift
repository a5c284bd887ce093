import ArgumentParser
import EAModel

extension Viewpoint: ExpressibleByArgument {}

/// `eaf graph`: the model as a dependency graph in DOT, Mermaid, GraphML, JSON or SVG.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the model as a graph: DOT, Mermaid, GraphML, JSON, or SVG through Graphviz.",
        discussion: """
        Views:
        \(Viewpoint.allCases.map { "  \($0.rawValue.padding(15)) \($0.summary)" }.joined(separator: "\n"))

        Nodes are clustered by owner organisation (systems and platforms without an owner by \
        their operator); deprecated and retired elements are drawn dashed and grey, planned ones \
        dotted. Elements of reference folders appear only when something in the view links to them.
        --format svg runs Graphviz's dot, which must be on PATH; without it eaf exits with status 2.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid, graphml, json, svg
    }

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "What to draw.")
    var view: Viewpoint = .systems

    @Option(help: "Draw only the neighbourhood of this element id (both directions).")
    var focus: String?

    @Option(help: "How many hops around --focus to keep (default 1).")
    var depth: Int?

    @Option(help: "Language of the labels (default: the first of the repository's languages).")
    var lang: String?

    @Option(help: "Output format.")
    var format: Format = .dot

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if depth != nil && focus == nil { throw ValidationError("--depth applies to --focus; name the element to focus on") }
    }

    func run() throws {
        let loaded = try repository.load()
        let languages = (lang.map { [$0] } ?? []) + loaded.config.languages
        let builder = GraphViewBuilder(model: loaded.model, languages: languages)
        let graphView: GraphView
        do {
            graphView = try builder.build(view, focus: focus.map { GraphView.Focus(id: $0, depth: depth ?? 1) })
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        // Left to the process's exit, as the model is: taking a national view apart node by
        // node and edge by edge took a twentieth of `eaf graph`, on one thread.
        ProcessLifetime.keep(graphView)
        if let textFormat = GraphFormat(rawValue: format.rawValue) {
            try Terminal.emit(textFormat.renderer.output(graphView), to: output)
            return
        }
        let svg: String
        do {
            svg = try GraphvizRunner.svg(from: DOTRenderer().render(graphView))
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
        try Terminal.emit(svg, to: output)
    }
}
