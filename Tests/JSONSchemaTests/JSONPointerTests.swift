@testable import JSONSchema
import Testing

/// JSON Pointers split into their unescaped tokens (RFC 6901), and references into a
/// schema by pointer, escaped tokens and all, reaching the same subschema as the path
/// the compiler records when it scans.
@Suite struct JSONPointerTests {
    @Test(arguments: [
        ("", [String]?.some([])),
        ("/", [""]),
        ("/a//b/", ["a", "", "b", ""]),
        ("/$defs/building~1permit~0v2", ["$defs", "building/permit~v2"]),
        ("/~01", ["~1"]),
        ("/схема/ключ", ["схема", "ключ"]),
        ("a/b", nil),
        ("/a~", nil),
        ("/a~2b", nil),
        ("/~/", nil),
    ])
    func tokens(pointer: String, expected: [String]?) {
        #expect(JSONPointer.tokens(pointer) == expected)
    }

    @Test func referencesReachEscapedAndNonASCIIDefinitions() throws {
        let schema = try JSONReader.read(#"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "properties": {
            "a": {"$ref": "#/$defs/a~1b~0c"},
            "b": {"$ref": "#/$defs/%D0%B4%D0%B0%D1%82%D0%B0"},
            "c": {"$ref": "#/$defs/a~1b~0c/properties/n"}
          },
          "$defs": {
            "a/b~c": {"type": "object", "properties": {"n": {"type": "integer"}}},
            "дата": {"type": "string"}
          }
        }
        """#)
        let compiled = try SchemaCompiler().compile(schema)
        #expect(compiled.isValid(["a": ["n": 1], "b": "x", "c": 2]))
        #expect(!compiled.isValid(["a": ["n": "1"]]))
        #expect(!compiled.isValid(["b": 1]))
        #expect(!compiled.isValid(["c": "2"]))
    }

    @Test func invalidPointersAreReported() {
        let schema: JSONValue = ["properties": ["a": ["$ref": "#/$defs/x~2"]], "$defs": ["x~2": true]]
        #expect(throws: SchemaError.self) { try SchemaCompiler().compile(schema) }
        do {
            _ = try SchemaCompiler().compile(schema)
        } catch {
            #expect(error.message == "cannot resolve $ref '#/$defs/x~2': '/$defs/x~2' is not a valid JSON Pointer")
            #expect(error.schemaLocation == "#/properties/a")
        }
    }
}
