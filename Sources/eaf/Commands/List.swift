import ArgumentParser
import EAModel
import EAValidate

/// `eaf list`: the elements of a repository, filtered by kind or owner.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the elements of a repository.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Only elements of this kind (\(Kind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var kind: String?

    @Option(help: "Only elements owned by this Organisation id.")
    var owner: String?

    @Flag(help: "Include elements of the reference folders.")
    var includeReference = false

    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        if let kind, Kind.allCases.first(where: { $0.rawValue.lowercased() == kind.lowercased() }) == nil {
            throw ValidationError("unknown kind '\(kind)'\(Suggestion.hint(for: kind, in: Kind.allCases.map(\.rawValue)))")
        }
    }

    func run() throws {
        let loaded = try repository.load()
        let wanted = kind.flatMap { name in Kind.allCases.first { $0.rawValue.lowercased() == name.lowercased() } }
        let elements = loaded.model.elements.filter { element in
            (includeReference || !element.isReference)
                && (wanted == nil || element.kind == wanted)
                && (owner == nil || element.owner?.id == owner)
        }.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
        let languages = loaded.config.languages
        switch format {
        case .text:
            let rows = elements.map { element in
                [element.id, element.kind.rawValue, element.owner?.id ?? "-", element.lifecycle ?? "-",
                 ElementText.singleLine(element.label(languages)),
                 "\(loaded.path(of: element.location.file)):\(element.location.line)"]
            }
            try Terminal.emit(Table.render(header: ["ID", "KIND", "OWNER", "LIFECYCLE", "NAME", "WHERE"], rows: rows)
                + "\(elements.count) element\(elements.count == 1 ? "" : "s")\n", to: nil)
        case .json:
            try Terminal.emit(ElementJSON.list(elements, repository: loaded), to: nil)
        }
    }
}
