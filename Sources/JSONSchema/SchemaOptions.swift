/// Settings for compiling and evaluating schemas.
public struct SchemaOptions: Sendable {
    /// The draft for schemas whose `$schema` is absent or unknown.
    public var defaultDraft: Draft = .draft2020_12
    /// Treat `format` as an assertion (by default it is only an annotation, as both
    /// drafts specify). A metaschema declaring the format-assertion vocabulary turns it
    /// on for its schemas regardless.
    public var assertFormats: Bool = false
    /// The deepest nesting of schema evaluation (subschemas and references) before
    /// evaluation stops with an error, so hostile schemas and instances cannot exhaust
    /// the stack. A recursive schema typically nests two levels per level of the
    /// instance. The default keeps stack use near 300 KB in release builds, safe on
    /// 512 KB secondary threads; raise it only on threads with larger stacks.
    public var maxEvaluationDepth: Int = 256
    /// `validate` stops collecting after this many errors.
    public var maxErrors: Int = 1000

    public init(defaultDraft: Draft = .draft2020_12, assertFormats: Bool = false,
                maxEvaluationDepth: Int = 256, maxErrors: Int = 1000) {
        self.defaultDraft = defaultDraft
        self.assertFormats = assertFormats
        self.maxEvaluationDepth = maxEvaluationDepth
        self.maxErrors = maxErrors
    }
}

/// Serves schema documents for URIs under `prefix` from files under `folder`:
/// `http://localhost:1234/a/b.json` with prefix `http://localhost:1234/` reads
/// `folder/a/b.json`. This and the documents given to the compiler are the only ways a
/// reference is resolved; nothing is ever fetched from a network.
public struct ResourceMapping: Sendable, Hashable {
    public var prefix: String
    public var folder: String

    public init(prefix: String, folder: String) {
        self.prefix = prefix
        self.folder = folder
    }
}
