import ArgumentParser
import EAModel

/// `eaf import`: models made in other tools, as eaf model files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a model from another format into a repository folder.",
        subcommands: [ArchiMate.self])

    /// `eaf import archimate FILE --into DIR`.
    struct ArchiMate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archimate",
            abstract: "Import an ArchiMate exchange file (Model Exchange File Format 3.x).",
            discussion: """
            Writes one YAML file per element under DIR/model/<kind>/, an eaf.yaml when DIR has none, \
            and DIR/\(ImportLayout.reportFile): per ArchiMate type, what became elements or fields and \
            what was not imported, and why. Existing files are never overwritten; nothing is written \
            outside DIR.
            """)

        @Argument(help: "The exchange file (.xml).")
        var file: String

        @Option(help: ArgumentHelp("The folder to write the repository into (created if missing).", valueName: "dir"))
        var into: String

        func run() throws {
            let bytes: [UInt8]
            switch FileTree.read(file) {
            case .success(let read): bytes = read
            case .failure(let error):
                Terminal.printError("\(file): cannot be read: \(error)")
                throw ExitCode(2)
            }
            let source = file.split(separator: "/").last.map(String.init) ?? file
            let result: ArchiMateImporter.Result
            do {
                result = try ArchiMateImporter().read(bytes, file: source)
            } catch {
                Terminal.printError("\(file):\(error.line): \(error.message)")
                throw ExitCode(2)
            }
            let writer = SafeFileWriter(root: into)
            let withConfig = !FileTree.isRegularFile(into + "/" + RepositoryConfig.fileName)
            do {
                try writer.write(ImportLayout.files(for: result, source: source, withConfig: withConfig))
            } catch {
                Terminal.printError("\(into): \(error)")
                throw ExitCode(1)
            }
            print(result.report.summary + result.report.listing, terminator: "")
            let references = result.elements.filter(\.isReference).count
            let placed = references == 0 ? "under \(into)/model" : "under \(into)/model and \(into)/reference (\(references) reference elements)"
            print("wrote \(result.elements.count) element files \(placed); \(into)/\(ImportLayout.reportFile) lists each concept not imported and why")
        }
    }
}
