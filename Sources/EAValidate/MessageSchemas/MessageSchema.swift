import EAModel
import JSONSchema

/// A compiled message schema of either language eaf checks: XSD for XML messages,
/// JSON Schema for JSON (and YAML) messages.
public enum MessageSchema: Sendable {
    case xsd(XSDSchema)
    case json(JSONMessageSchema)

    /// The schema language a file's extension says it is written in.
    public enum Language: String, Sendable {
        case xsd, jsonSchema

        public init?(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".xsd") { self = .xsd } else if lower.hasSuffix(".json") { self = .jsonSchema } else { return nil }
        }
    }

    /// Compiles the schema at `path` (`file` is how problems name it), reading imports and
    /// references only inside the allowed folders and the mapped URL prefixes.
    public static func compile(path: String, file: String, options: MessageSchemaOptions) -> Result<MessageSchema, SchemaFailure> {
        switch Language(path: path) {
        case .xsd?:
            return XSDSchema.compile(path: path, file: file, realFolders: options.realFolders(holding: path)).map(MessageSchema.xsd)
        case .jsonSchema?:
            return JSONMessageSchema.compile(path: path, file: file, options: options).map(MessageSchema.json)
        case nil:
            return .failure(SchemaFailure([MessageProblem(.schema, "a message schema must be an XSD (.xsd) or a JSON Schema (.json)",
                                                          at: SourceLocation(file: file, line: 1, column: 1))]))
        }
    }

    /// Validates one message file's bytes; `file` is how problems name it.
    public func validate(_ bytes: [UInt8], file: String) -> [MessageProblem] {
        switch self {
        case .xsd(let schema):
            let lower = file.lowercased()
            if lower.hasSuffix(".json") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
                return [MessageProblem(.message, "this is a JSON or YAML message, but its schema is an XSD; give it a JSON Schema or write the message as XML",
                                       at: SourceLocation(file: file, line: 1, column: 1))]
            }
            return schema.validate(bytes, file: file)
        case .json(let schema):
            return schema.validate(bytes, file: file)
        }
    }

    /// Names of the elements, attributes or properties the schema declares, for SEM007.
    public var declaredNames: Set<String> {
        switch self {
        case .xsd(let schema): schema.declaredNames
        case .json(let schema): schema.declaredNames
        }
    }
}

/// What the message rules need from one schema that compiles: the names it declares
/// (SEM007) and the problems of the example messages checked against it (TEC005), by
/// the example's repository-relative path (nil when the example could not be read).
struct SchemaDigest: Sendable {
    var declaredNames: Set<String>
    var examples: [ExactPath: [MessageProblem]?]
}

/// The message schemas of a run and the messages the model declares, shared by the rules
/// that read them (TEC004, TEC005, SEM007); schemas are keyed by repository-relative path,
/// by its bytes, as the file system names files (`String`'s equality, Unicode's canonical
/// equivalence, took two spellings of `café.xsd` for one schema).
///
/// `prepare` compiles every declared schema on all threads, checks its examples against
/// it and keeps only the digest: a national repository declares some ten thousand
/// schemas, and holding them all compiled at once took more memory than its model.
/// A schema asked for without `prepare` is compiled when first asked for and kept.
public final class MessageSchemaCache: @unchecked Sendable {
    private let digests = SharedMemo<ExactPath, Result<SchemaDigest, SchemaFailure>>()
    /// Schemas compiled on demand (internal for tests: a prepared cache compiles none).
    let compiled = SharedMemo<ExactPath, Result<MessageSchema, SchemaFailure>>()
    private let repository: Repository
    private let messagesLock = Mutex()
    private var messages: [DeclaredMessage]?

    /// Every schema the cache compiles lies inside the repository's real root (it was
    /// resolved there), so that root is all it needs to allow: resolving the root and the
    /// schema's folder again for each schema cost two realpath(3) calls, a system call per
    /// path component.
    private let allowed: MessageSchemaOptions

    public init(repository: Repository) {
        self.repository = repository
        if let realRoot = repository.realRoot {
            var options = MessageSchemaOptions(allowedFolders: [realRoot])
            options.allowedFoldersAreReal = true
            allowed = options
        } else {
            allowed = MessageSchemaOptions(allowedFolders: [repository.root])
        }
    }

    /// Prepares the schemas of these messages, each with the examples of every message
    /// that names it.
    public func prepare(for messages: [DeclaredMessage], threads: Int) {
        prepare(jobs(for: messages), threads: threads)
    }

    /// The schemas these messages name, each with the examples of every message that
    /// names it, in path order.
    func jobs(for messages: [DeclaredMessage]) -> [Job] {
        var examples: [ExactPath: [Example]] = [:]
        for message in messages {
            guard case .file(_, let relative)? = message.schemaResolution(in: repository) else { continue }
            examples[ExactPath(relative), default: []] += message.exampleResolutions(in: repository).compactMap { resolution in
                guard case .file(let path, let relative) = resolution else { return nil }
                return (path, relative)
            }
        }
        return examples.sorted { ByteOrder.precedes($0.key.path, $1.key.path) }.map { Job(schema: $0.key.path, examples: $0.value) }
    }

    /// An example message: its path, and its path relative to the repository.
    typealias Example = (path: String, relative: String)

    /// One schema to prepare, with the examples to check against it.
    struct Job: Sendable {
        var schema: String
        var examples: [Example]
    }

    /// Compiles these schemas on `threads` threads, checks their examples, and keeps the
    /// digests; schemas already known are left alone.
    func prepare(_ jobs: [Job], threads: Int) {
        let missing = jobs.filter(isMissing)
        let results = Parallel.map(missing.count, threads: threads) { index in self.digest(missing[index]) }
        for (job, result) in zip(missing, results) { keep(result, for: job) }
    }

    private func isMissing(_ job: Job) -> Bool {
        digests[ExactPath(job.schema)] == nil && compiled[ExactPath(job.schema)] == nil
    }

    /// One job's schema compiled, with its examples checked against it; nothing is kept.
    func digest(_ job: Job) -> Result<SchemaDigest, SchemaFailure> {
        compile(job.schema).map { schema in
            var examples: [ExactPath: [MessageProblem]?] = [:]
            for example in job.examples where examples[ExactPath(example.relative)] == nil {
                // `.some`: an example that cannot be read is remembered as such (nil), not left out.
                examples[ExactPath(example.relative)] = .some(check(example, against: schema))
            }
            return SchemaDigest(declaredNames: schema.declaredNames, examples: examples)
        }
    }

    /// Keeps a job's digest for the rules that ask.
    func keep(_ digest: Result<SchemaDigest, SchemaFailure>, for job: Job) {
        digests.store(digest, for: ExactPath(job.schema))
    }

    /// Whether the schema at a repository-relative path compiles, and the names it declares.
    public func declaredNames(at relative: String) -> Result<Set<String>, SchemaFailure> {
        if let digest = digests[ExactPath(relative)] { return digest.map(\.declaredNames) }
        return schema(at: relative).map(\.declaredNames)
    }

    /// The problems of an example message checked against the schema at a
    /// repository-relative path; nil when the schema does not compile or the example
    /// cannot be read.
    public func problems(of example: (path: String, relative: String), against relative: String) -> [MessageProblem]? {
        switch digests[ExactPath(relative)] {
        case .success(let digest)?:
            if let known = digest.examples[ExactPath(example.relative)] { return known }
        case .failure?:
            return nil
        case nil:
            break
        }
        guard case .success(let schema) = schema(at: relative) else { return nil }
        return check(example, against: schema)
    }

    private func check(_ example: (path: String, relative: String), against schema: MessageSchema) -> [MessageProblem]? {
        // A resolved example (its path is the repository's path of `relative`) is read
        // by its path in the open root.
        let read = example.path == repository.path(of: example.relative) ? repository.read(example.relative) : FileTree.read(example.path)
        guard case .success(let bytes) = read else { return nil }
        return schema.validate(bytes, file: example.relative)
    }

    /// The compiled schema at a repository-relative path, compiled on first use and kept.
    private func schema(at relative: String) -> Result<MessageSchema, SchemaFailure> {
        compiled.value(for: ExactPath(relative)) { compile(relative) }
    }

    private func compile(_ relative: String) -> Result<MessageSchema, SchemaFailure> {
        MessageSchema.compile(path: repository.path(of: relative), file: relative,
                              options: allowed)
    }

    /// The messages the model's interfaces declare: `make` runs once, the first caller
    /// builds the list while any other waits for it.
    func declaredMessages(_ make: () -> [DeclaredMessage]) -> [DeclaredMessage] {
        messagesLock.withLock {
            if let messages { return messages }
            let made = make()
            messages = made
            return made
        }
    }
}
