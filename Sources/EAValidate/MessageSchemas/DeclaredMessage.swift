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

    public init(interface: Element, index: Int, name: String, schema: ModelPath?, examples: [ModelPath],
                carries: [Reference], mapping: [String: String]) {
        self.interface = interface
        self.index = index
        self.name = name
        self.schema = schema
        self.examples = examples
        self.carries = carries
        self.mapping = mapping
    }

    /// Every message of every Interface read from the model folders, in source order.
    /// Worked out once per run, on up to `threads` threads, and shared by the rules that
    /// read them.
    public static func all(in context: RuleContext, threads: Int = 1) -> [DeclaredMessage] {
        context.messageSchemas.declaredMessages { declared(in: context, threads: threads) }
    }

    private static func declared(in context: RuleContext, threads: Int) -> [DeclaredMessage] {
        let interfaces = context.elements(of: .interface)
        return Parallel.map(interfaces.count, threads: threads) { messages(of: interfaces[$0]) }.flatMap { $0 }
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
        guard let schema, case .file(_, let relative) = repository.resolve(schema) else { return nil }
        return relative
    }
}
