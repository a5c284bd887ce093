import EAModel

/// `eaf schema check`: message files validated against one schema, or against the schemas
/// a model declares for an interface, on all cores with each schema compiled once.
/// Problems become findings of TEC004 (schema) and TEC005 (message), so every findings
/// format can show them.
public struct MessageCheck: Sendable {
    /// Which schema each file is checked against.
    public struct Assignment: Sendable {
        public var file: String
        public var schemaPath: String
        public var interface: String?

        public init(file: String, schemaPath: String, interface: String? = nil) {
            self.file = file
            self.schemaPath = schemaPath
            self.interface = interface
        }
    }

    /// Why the files could not be assigned schemas (a usage problem, exit status 2).
    public struct AssignmentError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public var options: MessageSchemaOptions
    public var threads: Int

    public init(options: MessageSchemaOptions = MessageSchemaOptions(), threads: Int = System.activeProcessorCount) {
        self.options = options
        self.threads = threads
    }

    /// Assigns files to the message schemas an Interface declares: a file listed among a
    /// message's examples takes that message's schema; any other file takes the one schema
    /// of its language, or the named message's. With no files, every declared example.
    public static func assignments(interface id: String, message name: String?, files: [String],
                                   in repository: Repository) throws(AssignmentError) -> [Assignment] {
        guard let interface = repository.model[id], interface.kind == .interface else {
            let candidates = repository.model.elements(of: .interface).map(\.id)
            throw AssignmentError(description: "no Interface has id '\(id)' in \(repository.root)\(Suggestion.hint(for: id, in: candidates))")
        }
        struct Declared { var name: String; var schema: String; var examples: [String] }
        let declared = DeclaredMessage.messages(of: interface).compactMap { message -> Declared? in
            guard let schema = message.schema, case .file(let schemaPath, _) = repository.resolve(schema) else { return nil }
            let examples = message.examples.compactMap { example -> String? in
                if case .file(let path, _) = repository.resolve(example) { return FileTree.realPath(path) }
                return nil
            }
            return Declared(name: message.name, schema: schemaPath, examples: examples)
        }
        guard !declared.isEmpty else {
            throw AssignmentError(description: "\(id) declares no message with a schema that exists")
        }
        if let name, !declared.contains(where: { $0.name == name }) {
            throw AssignmentError(description: "\(id) has no message '\(name)'\(Suggestion.hint(for: name, in: declared.map(\.name))); its messages are \(declared.map(\.name).joined(separator: ", "))")
        }
        if files.isEmpty {
            return declared.filter { name == nil || $0.name == name }.flatMap { message in
                message.examples.map { Assignment(file: $0, schemaPath: message.schema, interface: id) }
            }
        }
        return try files.map { file throws(AssignmentError) -> Assignment in
            if let name, let message = declared.first(where: { $0.name == name }) {
                return Assignment(file: file, schemaPath: message.schema, interface: id)
            }
            if let real = FileTree.realPath(file), let message = declared.first(where: { $0.examples.contains(real) }) {
                return Assignment(file: file, schemaPath: message.schema, interface: id)
            }
            let wanted: MessageSchema.Language = file.lowercased().hasSuffix(".xml") ? .xsd : .jsonSchema
            let candidates = declared.filter { MessageSchema.Language(path: $0.schema) == wanted }
            guard candidates.count == 1 else {
                throw AssignmentError(description: "\(file): \(id) has \(candidates.isEmpty ? "no" : "several") \(wanted == .xsd ? "XSD" : "JSON Schema") message schemas; name the message with --message (\(declared.map(\.name).joined(separator: ", ")))")
            }
            return Assignment(file: file, schemaPath: candidates[0].schema, interface: id)
        }
    }

    /// Checks every assignment; findings sorted as everywhere else.
    public func run(_ assignments: [Assignment]) -> [Finding] {
        var schemas: [String: Result<MessageSchema, SchemaFailure>] = [:]
        var findings: [Finding] = []
        for path in Set(assignments.map(\.schemaPath)).sorted() {
            let result = MessageSchema.compile(path: path, file: path, options: options)
            schemas[path] = result
            if case .failure(let failure) = result {
                let interface = assignments.first { $0.schemaPath == path }?.interface
                findings += failure.problems.map { Self.finding($0, rule: MessageSchemaCompilesRule.description, interface: interface) }
            }
        }
        let compiled = schemas
        let perFile = Parallel.map(assignments.count, threads: threads, worker: { [String: XSDSchema.Validator]() }) { validators, index -> [Finding] in
            let assignment = assignments[index]
            guard case .success(let schema)? = compiled[assignment.schemaPath] else { return [] }
            switch FileTree.read(assignment.file) {
            case .success(let bytes):
                let problems: [MessageProblem]
                if case .xsd(let xsd) = schema, assignment.file.lowercased().hasSuffix(".xml") {
                    // One parser and validation context per thread and schema, reused.
                    let validator = validators[assignment.schemaPath] ?? XSDSchema.Validator(xsd)
                    validators[assignment.schemaPath] = validator
                    problems = validator.validate(bytes, file: assignment.file)
                } else {
                    problems = schema.validate(bytes, file: assignment.file)
                }
                return problems.map {
                    Self.finding($0, rule: ExampleMessageConformsRule.description, interface: assignment.interface)
                }
            case .failure(let error):
                return [Self.finding(MessageProblem(.message, "cannot be read: \(error)", at: SourceLocation(file: assignment.file, line: 1, column: 1)),
                                     rule: ExampleMessageConformsRule.description, interface: assignment.interface)]
            }
        }
        findings += perFile.flatMap { $0 }
        return findings.sorted(by: Finding.sortedOrder)
    }

    static func finding(_ problem: MessageProblem, rule: RuleDescription, interface: String?) -> Finding {
        var message = problem.message
        if let pointer = problem.instancePath { message += " (at \(pointer.isEmpty ? "/" : pointer))" }
        if let keyword = problem.keywordPath { message += " [schema \(keyword)]" }
        return Finding(ruleID: rule.id, severity: rule.defaultSeverity, layer: rule.layer, message: message,
                       elementID: interface, location: problem.location,
                       subject: "\(problem.instancePath ?? "") \(problem.message)")
    }
}
