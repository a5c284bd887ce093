/// A JSON Schema draft (dialect) this engine implements.
public enum Draft: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case draft7 = "draft-07"
    case draft2020_12 = "2020-12"

    /// The `$schema` URI that selects this draft.
    public var metaschemaURI: String {
        switch self {
        case .draft7: return "http://json-schema.org/draft-07/schema#"
        case .draft2020_12: return "https://json-schema.org/draft/2020-12/schema"
        }
    }

    public var description: String { rawValue }
}

/// The 2020-12 vocabularies a schema resource uses, as its metaschema's `$vocabulary`
/// declares them. Draft-07 resources use all of them.
struct Vocabularies: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    static let core = Vocabularies(rawValue: 1 << 0)
    static let applicator = Vocabularies(rawValue: 1 << 1)
    static let unevaluated = Vocabularies(rawValue: 1 << 2)
    static let validation = Vocabularies(rawValue: 1 << 3)
    static let metaData = Vocabularies(rawValue: 1 << 4)
    static let formatAnnotation = Vocabularies(rawValue: 1 << 5)
    static let formatAssertion = Vocabularies(rawValue: 1 << 6)
    static let content = Vocabularies(rawValue: 1 << 7)

    static let standard: Vocabularies = [.core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .content]

    static let byURI: [String: Vocabularies] = [
        "https://json-schema.org/draft/2020-12/vocab/core": .core,
        "https://json-schema.org/draft/2020-12/vocab/applicator": .applicator,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": .unevaluated,
        "https://json-schema.org/draft/2020-12/vocab/validation": .validation,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": .metaData,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": .formatAnnotation,
        "https://json-schema.org/draft/2020-12/vocab/format-assertion": .formatAssertion,
        "https://json-schema.org/draft/2020-12/vocab/content": .content,
    ]
}

/// The rules a schema resource is read with: its draft and its vocabularies.
struct Dialect: Sendable, Hashable {
    var draft: Draft
    var vocabularies: Vocabularies
    /// A draft-04 schema, read with draft-07 rules plus draft-04's `id` and boolean
    /// `exclusiveMaximum`/`exclusiveMinimum` (real schemas such as SARIF's still use it).
    var draft4 = false

    static func standard(_ draft: Draft) -> Dialect {
        Dialect(draft: draft, vocabularies: .standard)
    }
}
