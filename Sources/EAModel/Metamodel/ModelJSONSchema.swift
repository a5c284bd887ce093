/// The JSON Schema of YAML model files, generated from the metamodel so it cannot
/// drift from what eaf reads; `schemas/egeaf-model-1.schema.json` is this text,
/// checked by a test, as the XSD is for XML model files.
///
/// It declares draft 2020-12 but uses only keywords that draft-07 has too (`if`/`then`,
/// `const`, `$ref` into `$defs` by JSON pointer), because editors' YAML support
/// (yaml-language-server) validates with draft-07 semantics. A document is matched
/// to its kind with one `if kind = X then $defs/X` per kind rather than a `oneOf`:
/// once `kind` is typed, completion offers that kind's fields only, and errors name
/// the field at fault instead of "matches none of 13 schemas". Each kind's subschema
/// lists every field (common ones too) with `additionalProperties: false`, so an
/// unknown field is flagged where it is written.
public enum ModelJSONSchema {
    public static let fileName = "egeaf-model-1.schema.json"
    public static let id = "https://egeaf.example/schemas/" + fileName

    /// The schema text.
    public static let text: String = document.pretty

    static var document: OrderedJSON {
        .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string("eaf model file, metamodel \(Metamodel.version)")),
            ("description", .string("One YAML document is one element of the architecture; a file may hold several, separated by ---. The `kind` picks the fields that apply. Generated from the eaf metamodel; do not edit by hand.")),
            ("type", .string("object")),
            ("required", .array([.string("kind")])),
            ("properties", .object([("kind", kindChoice)])),
            ("allOf", .array(Kind.allCases.map { kindCondition($0) })),
            ("$defs", .object(definitions())),
        ])
    }

    /// `kind` with every kind as a value and what each is, for completion before the rest.
    static var kindChoice: OrderedJSON {
        .object([
            ("description", .string("The element's kind: " + Kind.allCases.map { "\($0.rawValue) (ArchiMate \($0.archimateType))" }.joined(separator: ", ") + ".")),
            ("enum", .array(Kind.allCases.map { .string($0.rawValue) })),
        ])
    }

    /// `if kind is X then the X subschema`, for the `allOf` of a document.
    static func kindCondition(_ kind: Kind, prefix: String = "#/$defs/") -> OrderedJSON {
        .object([
            ("if", .object([
                ("properties", .object([("kind", .object([("const", .string(kind.rawValue))]))])),
                ("required", .array([.string("kind")])),
            ])),
            ("then", .object([("$ref", .string(prefix + kind.rawValue))])),
        ])
    }

    /// One closed subschema per kind, keyed by the kind's name.
    static func definitions() -> [(String, OrderedJSON)] {
        Kind.allCases.map { ($0.rawValue, elementSchema($0)) }
    }

    /// The schema of one element of a kind: every field, the required ones, nothing else.
    public static func elementSchema(_ kind: Kind) -> OrderedJSON {
        let fields = Metamodel.fields(of: kind)
        return .object([
            ("title", .string(kind.rawValue)),
            ("description", .string("\(kind.rawValue): ArchiMate \(kind.archimateType), \(kind.layer) layer.")),
            ("type", .string("object")),
            ("required", .array(fields.filter(\.required).map { .string($0.name) })),
            ("additionalProperties", .bool(false)),
            ("properties", .object(fields.map { spec in
                spec.name == "kind"
                    ? ("kind", .object([("description", .string(spec.summary)), ("const", .string(kind.rawValue))]))
                    : (spec.name, schema(spec))
            })),
        ])
    }

    /// A field's schema with its summary as the description editors show on hover.
    static func schema(_ spec: FieldSpec) -> OrderedJSON {
        var description = spec.summary
        if let kinds = spec.type.referencedKinds {
            description += " Give the id of " + FieldType.kindsPhrase(kinds) + (isURIAllowed(spec.type) ? " or a URI." : ".")
        }
        return .object([("description", .string(description))] + body(spec.type))
    }

    private static func isURIAllowed(_ type: FieldType) -> Bool {
        switch type {
        case .referenceOrURI: true
        case .list(let item): isURIAllowed(item)
        default: false
        }
    }

    /// Any scalar, as eaf keeps a scalar's text whatever it looks like (`version: 1.0`).
    static let scalar: [(String, OrderedJSON)] = [("type", .array([.string("string"), .string("number"), .string("boolean")]))]
    static let uriPattern = "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    /// The keywords that describe values of a type (without a description).
    static func body(_ type: FieldType) -> [(String, OrderedJSON)] {
        switch type {
        case .string:
            return scalar
        case .localizedText:
            return [("anyOf", .array([
                .object(scalar),
                .object([
                    ("type", .string("object")),
                    ("minProperties", .integer(1)),
                    ("propertyNames", .object([("pattern", .string(Metamodel.languagePattern))])),
                    ("additionalProperties", .object(scalar)),
                ]),
            ]))]
        case .identifier, .reference:
            return [("type", .string("string")), ("pattern", .string(Metamodel.idPattern))]
        case .referenceOrURI:
            return [("type", .string("string")), ("anyOf", .array([
                .object([("pattern", .string(Metamodel.idPattern))]),
                .object([("pattern", .string(uriPattern))]),
            ]))]
        case .integer(let range):
            var keywords: [(String, OrderedJSON)] = [("type", .string("integer"))]
            if let range { keywords += [("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound))] }
            return keywords
        case .number:
            return [("type", .string("number"))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .date:
            return [("type", .string("string")), ("format", .string("date")), ("pattern", .string(datePattern))]
        case .url:
            return [("type", .string("string")), ("format", .string("uri")), ("pattern", .string(uriPattern))]
        case .path(let extensions):
            // ECMA-262 patterns have no case-insensitive flag; eaf accepts `.XSD` too.
            let alternatives = extensions.map { $0.map { "[\($0.lowercased())\($0.uppercased())]" }.joined() }
            return [("type", .string("string")), ("pattern", .string("\\.(" + alternatives.joined(separator: "|") + ")$"))]
        case .choice(let values):
            return [("enum", .array(values.map { .string($0) }))]
        case .list(let item):
            return [("type", .string("array")), ("items", .object(body(item)))]
        case .record(let specs):
            return record(specs)
        case .dictionary(let value):
            return [("type", .string("object")), ("additionalProperties", .object(body(value)))]
        }
    }

    private static func record(_ specs: [FieldSpec]) -> [(String, OrderedJSON)] {
        let required = specs.filter(\.required).map { OrderedJSON.string($0.name) }
        return [("type", .string("object"))]
            + (required.isEmpty ? [] : [("required", .array(required))])
            + [("additionalProperties", .bool(false)), ("properties", .object(specs.map { ($0.name, schema($0)) }))]
    }
}
