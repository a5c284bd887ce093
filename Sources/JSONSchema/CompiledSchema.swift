/// A compiled schema: immutable and `Sendable`, so one value can validate many
/// instances on many threads at once.
///
/// Make one with ``SchemaCompiler``. ``validate(_:)`` collects every error (in a
/// deterministic order); ``isValid(_:)`` stops at the first.
public final class CompiledSchema: Sendable {
    let nodes: [Node]
    let root: Int
    let regexes: [ECMARegex]
    /// Per resource: dynamic anchor name → node.
    let dynamicAnchors: [[String: Int]]
    let options: SchemaOptions
    /// The draft of the root schema resource.
    public let draft: Draft

    init(nodes: [Node], root: Int, regexes: [ECMARegex], dynamicAnchors: [[String: Int]], draft: Draft, options: SchemaOptions) {
        self.nodes = nodes
        self.root = root
        self.regexes = regexes
        self.dynamicAnchors = dynamicAnchors
        self.draft = draft
        self.options = options
    }

    /// All the ways `instance` fails the schema; empty when it is valid.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        var evaluator = Evaluator(schema: self, collecting: true)
        evaluator.run(instance)
        return evaluator.errors
    }

    /// Whether `instance` is valid; stops at the first failure.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = Evaluator(schema: self, collecting: false)
        return evaluator.run(instance)
    }

    /// Reads the instance from JSON text, then validates it; errors carry its positions.
    public func validate(bytes: [UInt8]) throws(JSONReadError) -> [ValidationError] {
        validate(try JSONReader.read(bytes))
    }

    /// The bundled metaschema of a draft, compiled once.
    public static func metaschema(_ draft: Draft) -> CompiledSchema {
        switch draft {
        case .draft7: return bundledDraft7
        case .draft2020_12: return bundledDraft202012
        }
    }

    private static let bundledDraft7 = compileBundled(Metaschemas.draft07URI, .draft7)
    private static let bundledDraft202012 = compileBundled(Metaschemas.draft202012URI, .draft2020_12)

    private static func compileBundled(_ uri: String, _ draft: Draft) -> CompiledSchema {
        let compiler = SchemaCompiler(options: SchemaOptions(defaultDraft: draft))
        do {
            return try compiler.compile(JSONValue(JSONObject([("$ref", JSONValue(uri))])), baseURI: "urn:eaf:metaschema-check")
        } catch {
            // The bundled documents are fixed text checked by the tests; this cannot happen.
            fatalError("bundled \(draft) metaschema does not compile: \(error)")
        }
    }
}
