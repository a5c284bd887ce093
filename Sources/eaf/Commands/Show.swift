import ArgumentParser
import EAModel
import EAValidate

/// `eaf show ID`: one element with its fields and every relation to and from it.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one element, its fields and its relations.")

    @Argument(help: "The element id.")
    var id: String

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format.")
    var format: List.Format = .text

    func run() throws {
        let loaded = try repository.load()
        guard let element = loaded.model[id] else {
            let hint = Suggestion.hint(for: id, in: loaded.model.ids.sorted())
            Terminal.printError("no element has id '\(id)' in \(loaded.root)\(hint)")
            throw ExitCode(1)
        }
        switch format {
        case .text: try Terminal.emit(ElementText.describe(element, in: loaded), to: nil)
        case .json: try Terminal.emit(ElementJSON.show(element, repository: loaded), to: nil)
        }
    }
}
