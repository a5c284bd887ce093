import ArgumentParser
import EAModel
import EAValidate

extension ConformanceReportFormat: ExpressibleByArgument {}

/// `eaf report`: the conformance report SCITC hands to agencies and the ICT Council.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a conformance report: scores and verdicts per organisation, findings, waivers.",
        discussion: """
        Every element is checked against each rule that applies to its kind; a check passes \
        when the rule found nothing on it (with a waiver when a waiver accepts what it found). \
        The score is the share of checks passed; an organisation is non-conformant when any \
        of its checks failed. --organisation narrows the report to the elements one agency \
        is accountable for. The HTML report is one self-contained file; its organisations \
        graph needs Graphviz's dot on PATH (without it the report says how to get it) and \
        is left out, with a note, when dot takes longer than --graph-time-limit. \
        The commit is read from the .git folder above PATH. Exit status 0 when the report \
        was written, whatever it found; 2 when nothing could be read.
        """)

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format.")
    var format: ConformanceReportFormat = .html

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Report only on the elements this organisation is accountable for.", valueName: "id"))
    var organisation: String?

    @Option(help: "The date to check against (YYYY-MM-DD), so that the report can be reproduced.")
    var asOf: LocalDate?

    @Option(help: "Language of names (default: the first of the repository's languages).")
    var lang: String?

    @Option(help: ArgumentHelp("Seconds Graphviz may take to draw the organisations graph of the HTML report.", valueName: "seconds"))
    var graphTimeLimit: Double = 60

    func validate() throws {
        guard graphTimeLimit > 0, graphTimeLimit.isFinite else {
            throw ValidationError("--graph-time-limit must be a positive number of seconds")
        }
    }

    func run() throws {
        let loaded = try repository.load()
        let asOf = asOf ?? .today
        let options = Validator.Options(asOf: asOf)
        let threads = repository.threads ?? System.activeProcessorCount
        var validator = Validator(threads: threads)
        validator.keepsWorkingState = { ProcessLifetime.keep($0) }
        let findings = validator.validate(loaded, options: options)
        var report: ConformanceReport
        do {
            report = try ConformanceReport(
                repository: loaded, findings: findings, rules: validator.rulesThatRun(loaded, options: options), asOf: asOf,
                revision: RepositoryRevision.of(path: repository.path), organisation: organisation, languages: lang.map { [$0] } ?? [],
                threads: threads)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
        if format == .html { drawOrganisations(into: &report) }
        let rendered = format.renderer(threads: threads).output(report)
        // Left to the process's exit, as the model is: taking apart every element's checks
        // cost a twentieth of a national repository's report, on one thread.
        ProcessLifetime.keep(report)
        try Terminal.emit(rendered, to: output)
    }

    /// The organisations graph as Graphviz draws it, or the note the report shows instead:
    /// the graph is too large to draw, Graphviz is missing, or it ran out of time.
    private func drawOrganisations(into report: inout ConformanceReport) {
        guard let dot = OrganisationsDrawing.dot(report.organisationsGraph) else {
            report.organisationsSVGNote = OrganisationsDrawing.tooLarge(report.organisationsGraph)
            return
        }
        if GraphvizRunner.locate() == nil {
            report.organisationsSVGNote = "The organisations graph is drawn with Graphviz's dot, which was not on PATH when this report was made: \(GraphvizRunner.installHint), then run eaf report again. `eaf graph --view organisations --format mermaid` draws it without Graphviz."
            return
        }
        do {
            report.organisationsSVG = try GraphvizRunner.svg(from: dot, timeLimit: graphTimeLimit)
        } catch {
            report.organisationsSVGNote = "Graphviz could not draw the organisations graph: \(error.description). Allow it more time with --graph-time-limit, or draw it with eaf graph --view organisations --format mermaid."
        }
    }
}
