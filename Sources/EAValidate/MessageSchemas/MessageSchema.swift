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
            return XSDSchema.compile(path: path, file: file, allowedFolders: options.allowedFolders).map(MessageSchema.xsd)
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

/// Message schemas compiled once per run, and the messages the model declares, shared
/// by the rules that read them (TEC004, TEC005, SEM007); schemas are keyed by
/// repository-relative path.
public final class MessageSchemaCache: @unchecked Sendable {
    private let lock = Mutex()
    private var compiled: [String: Result<MessageSchema, SchemaFailure>] = [:]
    private let repository: Repository
    private let messagesLock = Mutex()
    private var messages: [DeclaredMessage]?

    public init(repository: Repository) {
        self.repository = repository
    }

    /// The compiled schema at a repository-relative path.
    public func schema(at relative: String) -> Result<MessageSchema, SchemaFailure> {
        if let done = lock.withLock({ compiled[relative] }) { return done }
        let result = compile(relative)
        lock.withLock { compiled[relative] = result }
        return result
    }

    /// Compiles the schemas at these repository-relative paths on `threads` threads,
    /// ahead of the rules that read them; paths already compiled are left alone.
    public func prepare(_ relatives: [String], threads: Int) {
        let missing = lock.withLock { relatives.filter { compiled[$0] == nil } }
        let results = Parallel.map(missing.count, threads: threads) { index in self.compile(missing[index]) }
        lock.withLock {
            for (relative, result) in zip(missing, results) where compiled[relative] == nil { compiled[relative] = result }
        }
    }

    private func compile(_ relative: String) -> Result<MessageSchema, SchemaFailure> {
        MessageSchema.compile(path: repository.path(of: relative), file: relative,
                              options: MessageSchemaOptions(allowedFolders: [repository.root]))
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
