import ArgumentParser
import EAModel

/// `eaf init`: a new agency repository that validates clean at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new agency repository with an example of each main kind.",
        discussion: """
        Writes eaf.yaml, model/ with the agency, a service, a process, data, two systems, an \
        interface, an exchange, an agreement, a legal act and a project, messages/ with a schema \
        and examples, national/ stand-ins for the national reference architecture, editor \
        settings and CI pipelines for GitHub Actions and GitLab CI. `eaf validate DIR` passes \
        at once. Existing files are never overwritten.
        """)

    @Argument(help: "The folder to create the repository in (created if missing).")
    var directory: String = "."

    @Option(help: ArgumentHelp("The agency's id, which its elements' ids start with (default: from the folder's name).", valueName: "id"))
    var organisation: String?

    func validate() throws {
        if let organisation, !Identifier.isValid(organisation) {
            throw ValidationError("'\(organisation)' is not an id: use lower-case letters, digits, '.' and '-', e.g. grs or minjust")
        }
    }

    func run() throws {
        let folderName = (FileTree.realPath(directory) ?? directory).split(separator: "/").last.map(String.init) ?? ""
        let id = organisation ?? Identifier.derived(from: folderName) ?? "agency"
        let scaffold = AgencyScaffold(organisation: id)
        do {
            try SafeFileWriter(root: directory).write(scaffold.files)
        } catch {
            Terminal.printError("\(directory): \(error)")
            throw ExitCode(1)
        }
        print("created an eaf repository for '\(id)' in \(directory) (\(scaffold.files.count) files)")
        print("next: replace the example elements in \(directory)/model with the agency's own, then run eaf validate \(directory)")
    }
}
