import ArgumentParser
import EAModel
import EAValidate

/// `eaf export`: the model in a format other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the model as an ArchiMate exchange file or as JSON.",
        discussion: """
        archimate: the ArchiMate Model Exchange File Format 3.1, which Archi (File › Import › \
        Open Exchange XML Model) and other ArchiMate tools open, with a diagram per organisation. \
        json: every element with its fields, described by schemas/eaf-model-export-1.schema.json. \
        What cannot be exported (a reference to a missing id) is said on standard error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case archimate, json
    }

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format.")
    var format: Format

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    func run() throws {
        let loaded = try repository.load()
        if !loaded.issues.isEmpty {
            Terminal.printError("note: \(loaded.issues.count) problem\(loaded.issues.count == 1 ? "" : "s") reading the model; exporting what could be read (eaf validate shows them)")
        }
        switch format {
        case .archimate:
            let name = loaded.config.name ?? RepositoryName.of(loaded.root)
            let result = ArchiMateExporter(modelName: name, languages: loaded.config.languages).export(loaded.model)
            try Terminal.emit(result.text, to: output)
            for note in result.notes { Terminal.printError("note: " + note) }
            Terminal.printError("exported \(result.elements.count) elements, \(result.relationships.count) relationships and \(result.views) views")
        case .json:
            try Terminal.emit(ModelExportJSON.render(loaded), to: output)
        }
    }
}

/// A name for a repository without `name:` in its eaf.yaml: its folder's name.
enum RepositoryName {
    static func of(_ root: String) -> String {
        let path = FileTree.realPath(root) ?? root
        return path.split(separator: "/").last.map(String.init) ?? "eaf model"
    }
}
