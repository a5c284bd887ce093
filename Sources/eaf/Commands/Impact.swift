import ArgumentParser
import EAModel

extension ImpactFormat: ExpressibleByArgument {}

/// `eaf impact ID`: what depends on an element, transitively, and through what.
struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Show every element that depends on an element, transitively, and through what.",
        discussion: DependencyRelation.explanation + "\n\n" + """
        Each dependent comes with a shortest chain of relations from ID out to it:
          grs.population-register ← exchange grs-to-sf (interface grs.person-api)
            ← system sf.pension-system ← process sf.assign-pension
        grouped by the organisation responsible for it: its owner, else its
        operator; an interface without either goes with its provider's, an
        exchange with its consumer's.
        """)

    @Argument(help: "The element id, e.g. grs.population-register.")
    var id: String

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format.")
    var format: ImpactFormat = .text

    @Option(help: "Language of the names (default: the first of the repository's languages).")
    var lang: String?

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    func run() throws {
        let loaded = try repository.load()
        let languages = (lang.map { [$0] } ?? []) + loaded.config.languages
        let report: ImpactReport
        do {
            report = try ImpactAnalysis(model: loaded.model).impact(of: id, languages: languages)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        try Terminal.emit(format.renderer.render(report), to: output)
    }
}
