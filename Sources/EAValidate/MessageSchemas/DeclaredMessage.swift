import EAModel

/// One message an Interface declares, with its schema and examples as written in the
/// model; the message rules (TEC004, TEC005, SEM007) read these.
///
/// A class: each rule walks every message of the run, and a message as a value was copied
/// at each step, a reference count for each of its eight strings, arrays and tables.
public final class DeclaredMessage: Sendable {
    public let interface: Element
    public let index: Int
    public let name: String
    public let schema: ModelPath?
    public let examples: [ModelPath]
    public let carries: [Reference]
    /// Entity attribute → schema element or property name.
    public let mapping: [String: String]
    /// Where the schema and each example lead, for a message read with its repository
    /// (`all(in:)`): resolved there in one batch, so that the rules, three of them reading
    /// every message, do not each look every path up again.
    private let resolved: (schema: ModelPath.Resolution?, examples: [ModelPath.Resolution])?

    public convenience init(interface: Element, index: Int, name: String, schema: ModelPath?, examples: [ModelPath],
                            carries: [Reference], mapping: [String: String]) {
        self.init(interface: interface, index: index, name: name, schema: schema, examples: examples, carries: carries,
                  mapping: mapping, resolved: nil)
    }

    private init(interface: Element, index: Int, name: String, schema: ModelPath?, examples: [ModelPath],
                 carries: [Reference], mapping: [String: String],
                 resolved: (schema: ModelPath.Resolution?, examples: [ModelPath.Resolution])?) {
        self.interface = interface
        self.index = index
        self.name = name
        self.schema = schema
        self.examples = examples
        self.carries = carries
        self.mapping = mapping
        self.resolved = resolved
    }

    /// This message with where its paths lead.
    private func resolving(_ schema: ModelPath.Resolution?, _ examples: [ModelPath.Resolution]) -> DeclaredMessage {
        DeclaredMessage(interface: interface, index: index, name: name, schema: self.schema, examples: self.examples,
                        carries: carries, mapping: mapping, resolved: (schema, examples))
    }

    /// Every message of every Interface read from the model folders, in source order.
    /// Worked out once per run, on up to `threads` threads, and shared by the rules that
    /// read them.
    public static func all(in context: RuleContext, threads: Int = 1) -> [DeclaredMessage] {
        context.messageSchemas.declaredMessages { declared(in: context, threads: threads) }
    }

    private static func declared(in context: RuleContext, threads: Int) -> [DeclaredMessage] {
        let interfaces = context.elements(of: .interface)
        let read = Parallel.map(interfaces.count, threads: threads) { messages(of: interfaces[$0]) }.flatMap { $0 }
        // Every schema and example path at once, on all threads (resolving a path asks the
        // file system: lstat, a folder's real path).
        var paths: [ModelPath] = []
        for message in read {
            if let schema = message.schema { paths.append(schema) }
            paths += message.examples
        }
        let resolutions = context.repository.resolve(paths, threads: threads)
        var next = 0
        return read.map { message in
            let schema = message.schema.map { _ in resolutions[next] }
            if schema != nil { next += 1 }
            let examples = Array(resolutions[next..<(next + message.examples.count)])
            next += message.examples.count
            return message.resolving(schema, examples)
        }
    }

    /// Each message's paths are read from its own record (those `Element.paths` finds
    /// there, in the same order): walking every path of the interface and matching their
    /// field paths for each message cost a tenth of preparing the schemas.
    static func messages(of interface: Element) -> [DeclaredMessage] {
        interface.records("messages").enumerated().map { index, record in
            let prefix = FieldPath.item("messages", index)
            let schema = record.field("schema").flatMap { field -> ModelPath? in
                guard case .string(let text) = field.value else { return nil }
                return ModelPath(text: text, location: field.location, fieldPath: FieldPath.member(prefix, "schema"))
            }
            let examples = record.list("examples").enumerated().compactMap { place, item -> ModelPath? in
                guard case .string(let text) = item.value else { return nil }
                return ModelPath(text: text, location: item.location, fieldPath: FieldPath.item(FieldPath.member(prefix, "examples"), place))
            }
            return DeclaredMessage(
                interface: interface, index: index, name: record.string("name") ?? prefix,
                schema: schema,
                examples: examples,
                carries: record.references("carries"),
                mapping: Dictionary(record.dictionary("mapping").compactMap { entry in
                    if case .string(let name) = entry.value.value { return (entry.key, name) }
                    return nil
                }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The repository-relative path of the message's schema, when it names a file
    /// in the repository.
    public func schemaFile(in repository: Repository) -> String? {
        guard case .file(_, let relative)? = schemaResolution(in: repository) else { return nil }
        return relative
    }

    /// Where the message's schema leads; nil when it names none.
    func schemaResolution(in repository: Repository) -> ModelPath.Resolution? {
        if let resolved { return resolved.schema }
        return schema.map(repository.resolve)
    }

    /// Where each of the message's examples leads, in their order.
    func exampleResolutions(in repository: Repository) -> [ModelPath.Resolution] {
        resolved?.examples ?? examples.map(repository.resolve)
    }
}
