import ArgumentParser
import EAModel
import EAValidate
import JSONSchema

/// `eaf schema`: message schemas and messages.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Check messages against their schemas.",
        subcommands: [SchemaCheck.self])
}

/// `eaf schema check`: validate message files against an XSD or JSON Schema.
struct SchemaCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate XML messages against XSD, JSON or YAML messages against JSON Schema (2020-12, draft-07).",
        discussion: """
        Give the schema with --schema, or take the schemas the model declares for an interface \
        with --interface ID (and --model PATH for the repository; with no FILE, every example \
        the interface declares is checked). Each error is reported at file:line:col of the \
        message. Schemas may import or reference files only inside the schema's folder, the \
        repository and folders given with --allow; nothing is ever fetched from the network.
        """)

    @Argument(help: "Message files to check, or folders to check every .xml, .json, .yaml and .yml file in.")
    var files: [String] = []

    @Option(help: "The schema (.xsd or .json) to check against.")
    var schema: String?

    @Option(help: "Take the schemas the model declares for this Interface.")
    var interface: String?

    @Option(help: "With --interface: the message whose schema to use.")
    var message: String?

    @Option(help: "With --interface: the repository folder.")
    var model: String = "."

    @Option(help: "A folder imports and references may be read from (repeatable).")
    var allow: [String] = []

    /// The findings formats that make sense for messages (JUnit lists model checks).
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, markdown

        func reporter(colour: Bool) -> any FindingReporter {
            switch self {
            case .text: TextReporter(colour: colour)
            case .json: JSONReporter()
            case .sarif: SARIFReporter()
            case .markdown: MarkdownReporter()
            }
        }
    }

    @Option(help: ArgumentHelp("Serve JSON Schema references under URL-PREFIX from DIR (repeatable).", valueName: "URL-PREFIX=DIR"))
    var resource: [String] = []

    enum DraftOption: String, ExpressibleByArgument, CaseIterable {
        case draft2020_12 = "2020-12"
        case draft7 = "7"

        var draft: Draft { self == .draft7 ? .draft7 : .draft2020_12 }
    }

    @Option(help: "The JSON Schema draft of schemas that name none in `$schema`.")
    var defaultDraft: DraftOption = .draft2020_12

    @Flag(help: "Treat JSON Schema `format` (date, email, uri, uuid, …) as an assertion, not only an annotation.")
    var formatAssert = false

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Threads used to validate messages (default: every core this process may use).", visibility: .hidden))
    var threads: Int?

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Fail (exit 1) on findings at or above this severity.")
    var failOn: Validate.FailLevel = .error

    func validate() throws {
        if (schema == nil) == (interface == nil) {
            throw ValidationError("give either --schema SCHEMA or --interface ID")
        }
        if schema != nil && files.isEmpty {
            throw ValidationError("name the message files to check")
        }
        if message != nil && interface == nil {
            throw ValidationError("--message goes with --interface")
        }
        for mapping in resource where !mapping.contains("=") {
            throw ValidationError("--resource takes URL-PREFIX=DIR, not '\(mapping)'")
        }
    }

    /// The files named, with folders replaced by the message files inside them. Naming a
    /// folder is also the fast way to check thousands of files: argument parsing grows
    /// with the square of the number of arguments.
    private func messageFiles() -> [String] {
        files.flatMap { path -> [String] in
            guard FileTree.isDirectory(path) else { return [path] }
            let walk = FileTree.walk(path, root: path, boundary: path, extensions: ["xml", "json", "yaml", "yml"])
            return walk.files.map(\.path)
        }
    }

    func run() throws {
        let files = messageFiles()
        let assignments: [MessageCheck.Assignment]
        var allowed = allow
        if let schema {
            guard FileTree.isRegularFile(schema) else {
                Terminal.printError("\(schema): no such schema file")
                throw ExitCode(2)
            }
            assignments = files.map { MessageCheck.Assignment(file: $0, schemaPath: schema) }
            allowed.append(FileTree.parentFolder(of: schema))
        } else {
            let loaded = try RepositoryOptions.load(model)
            allowed.append(loaded.root)
            do {
                assignments = try MessageCheck.assignments(interface: interface!, message: message, files: files, in: loaded)
            } catch {
                Terminal.printError(error.description)
                throw ExitCode(2)
            }
        }
        let resources = resource.map { mapping -> ResourceMapping in
            let parts = mapping.split(separator: "=", maxSplits: 1)
            return ResourceMapping(prefix: String(parts[0]), folder: String(parts[1]))
        }
        let options = MessageSchemaOptions(allowedFolders: allowed, resources: resources, assertFormats: formatAssert,
                                           defaultDraft: defaultDraft.draft)
        let findings = MessageCheck(options: options, threads: threads ?? System.activeProcessorCount).run(assignments)
        let report = FindingReport(root: ".", name: nil, findings: findings, asOf: .today, elementCount: 0,
                                   fileCount: Set(assignments.map(\.file)).count)
        let text = format.reporter(colour: output == nil && Terminal.colourOnStandardOutput).render(report)
        try Terminal.emit(text, to: output)
        if report.fails(at: failOn.severity) { throw ExitCode(1) }
    }
}
