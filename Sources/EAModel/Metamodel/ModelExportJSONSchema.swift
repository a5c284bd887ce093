/// The JSON Schema of `eaf export --format json`, generated from the metamodel like the
/// model schemas; `schemas/eaf-model-export-1.schema.json` is this text, checked by a
/// test. Each exported element is held to the same per-kind subschema as a YAML model
/// document.
public enum ModelExportJSONSchema {
    public static let fileName = "eaf-model-export-1.schema.json"

    public static let text: String = document.pretty

    static var document: OrderedJSON {
        let string = OrderedJSON.object([("type", .string("string"))])
        let id = OrderedJSON.object([("type", .string("string")), ("pattern", .string(Metamodel.idPattern))])
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://egeaf.example/schemas/" + fileName)),
            ("title", .string("eaf model export")),
            ("description", .string("The output of `eaf export --format json`, format version 1: every element of the model as its YAML document would be, sorted by id; where each was read; every reference with the kind of element it names. Generated from the eaf metamodel; do not edit by hand.")),
            ("type", .string("object")),
            ("required", .array(["formatVersion", "tool", "metamodel", "elements", "locations", "references"].map { .string($0) })),
            ("additionalProperties", .bool(false)),
            ("properties", .object([
                ("formatVersion", .object([("const", .integer(1))])),
                ("tool", .object([
                    ("type", .string("object")),
                    ("required", .array([.string("name"), .string("version")])),
                    ("additionalProperties", .bool(false)),
                    ("properties", .object([("name", .object([("const", .string("eaf"))])), ("version", string)])),
                ])),
                ("repository", .object([("description", .string("The `name` of the repository's eaf.yaml.")), ("type", .string("string"))])),
                ("metamodel", .object([("const", .integer(Metamodel.version))])),
                ("elements", .object([
                    ("description", .string("Every element, sorted by id; when an id is written twice, the first in file order.")),
                    ("type", .string("array")),
                    ("items", .object([
                        ("type", .string("object")),
                        ("required", .array([.string("kind")])),
                        ("properties", .object([("kind", ModelJSONSchema.kindChoice)])),
                        ("allOf", .array(Kind.allCases.map { ModelJSONSchema.kindCondition($0) })),
                    ])),
                ])),
                ("locations", .object([
                    ("description", .string("Where each element was read, by id: the repository-relative file, line and column of its id, and whether it comes from a reference folder.")),
                    ("type", .string("object")),
                    ("propertyNames", .object([("pattern", .string(Metamodel.idPattern))])),
                    ("additionalProperties", .object([
                        ("type", .string("object")),
                        ("required", .array(["file", "line", "column", "reference"].map { .string($0) })),
                        ("additionalProperties", .bool(false)),
                        ("properties", .object([
                            ("file", string),
                            ("line", .object([("type", .string("integer")), ("minimum", .integer(1))])),
                            ("column", .object([("type", .string("integer")), ("minimum", .integer(1))])),
                            ("reference", .object([("type", .string("boolean"))])),
                        ])),
                    ])),
                ])),
                ("references", .object([
                    ("description", .string("Every reference an element writes, in element and field order.")),
                    ("type", .string("array")),
                    ("items", .object([
                        ("type", .string("object")),
                        ("required", .array(["source", "path", "target"].map { .string($0) })),
                        ("additionalProperties", .bool(false)),
                        ("properties", .object([
                            ("source", id),
                            ("path", .object([("description", .string("The field path, e.g. holds[0].entity.")), ("type", .string("string"))])),
                            ("target", id),
                            ("targetKind", .object([
                                ("description", .string("The kind of the element named; absent when no element has that id.")),
                                ("enum", .array(Kind.allCases.map { .string($0.rawValue) })),
                            ])),
                        ])),
                    ])),
                ])),
            ])),
            ("$defs", .object(ModelJSONSchema.definitions())),
        ])
    }
}
