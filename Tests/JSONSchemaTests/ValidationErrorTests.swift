import Testing
@testable import JSONSchema

@Suite struct ValidationErrorTests {
    func compile(_ schema: String, options: SchemaOptions = SchemaOptions(), documents: [String: JSONValue] = [:]) throws(SchemaError) -> CompiledSchema {
        try SchemaCompiler(options: options, documents: documents).compile(bytes: Array(schema.utf8), baseURI: "https://eaf.example/schemas/registry.json")
    }

    let registrySchema = """
    {
      "type": "object",
      "required": ["agency", "members"],
      "properties": {
        "agency": {"type": "string", "minLength": 2},
        "members": {
          "type": "array",
          "items": {"$ref": "#/$defs/member"}
        }
      },
      "$defs": {
        "member": {
          "type": "object",
          "required": ["code"],
          "properties": {
            "code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]+$"},
            "rank": {"type": "integer", "maximum": 5}
          },
          "additionalProperties": false
        }
      }
    }
    """

    /// Schema locations escape `~` and `/` in property names (RFC 6901) and keep other
    /// characters as they are, through items, maps and references.
    @Test func absoluteLocationsEscapePointerTokens() throws {
        let schema = try compile("""
        {
          "properties": {"a/b": {"prefixItems": [true, {"$ref": "#/$defs/m~0n"}]}},
          "$defs": {"m~n": {"properties": {"аты": {"maximum": 1}}}}
        }
        """)
        let errors = try schema.validate(bytes: Array(#"{"a/b": [0, {"аты": 2}]}"#.utf8))
        #expect(errors.map(\.absoluteKeywordLocation) == ["https://eaf.example/schemas/registry.json#/$defs/m~0n/properties/аты/maximum"])
        #expect(errors.map(\.keywordLocation) == ["/properties/a~1b/prefixItems/1/$ref/properties/аты/maximum"])
        #expect(errors.map(\.instanceLocation) == ["/a~1b/1/аты"])
    }

    @Test func locationsPositionsAndMessages() throws {
        let schema = try compile(registrySchema)
        let instance = """
        {
          "agency": "Tunduk",
          "members": [
            {"code": "GOV-1", "rank": 7},
            {"rank": 2, "extra": true},
            {"code": "bad"}
          ]
        }
        """
        let errors = try schema.validate(bytes: Array(instance.utf8))
        #expect(errors.count == 4)
        let e0 = errors[0]
        #expect(e0.instanceLocation == "/members/0/rank")
        #expect(e0.keywordLocation == "/properties/members/items/$ref/properties/rank/maximum")
        #expect(e0.absoluteKeywordLocation == "https://eaf.example/schemas/registry.json#/$defs/member/properties/rank/maximum")
        #expect(e0.keyword == "maximum")
        #expect(e0.message == "value 7 is greater than the maximum 5")
        #expect(e0.position == JSONPosition(line: 4, column: 31))

        let e1 = errors[1]
        #expect(e1.instanceLocation == "/members/1")
        #expect(e1.keywordLocation == "/properties/members/items/$ref/required")
        #expect(e1.message == "required property 'code' is missing")
        #expect(e1.position == JSONPosition(line: 5, column: 5))

        let e2 = errors[2]
        #expect(e2.instanceLocation == "/members/1/extra")
        #expect(e2.keywordLocation == "/properties/members/items/$ref/additionalProperties")
        #expect(e2.message.contains("property 'extra' is not allowed"))
        #expect(e2.position == JSONPosition(line: 5, column: 17))  // the key

        let e3 = errors[3]
        #expect(e3.instanceLocation == "/members/2/code")
        #expect(e3.keywordLocation == "/properties/members/items/$ref/properties/code/pattern")
        #expect(e3.message == "string 'bad' does not match the pattern '^[A-Z]{3}-[0-9]+$'")
        #expect(e3.position == JSONPosition(line: 6, column: 14))
        #expect(e3.description == "6:14: /members/2/code: string 'bad' does not match the pattern '^[A-Z]{3}-[0-9]+$' (/properties/members/items/$ref/properties/code/pattern)")
        #expect(schema.isValid(try JSONReader.read(instance)) == false)
    }

    @Test func noAbsoluteLocationWithoutReference() throws {
        let schema = try compile(#"{"properties": {"n": {"minimum": 3}}}"#)
        let errors = schema.validate(["n": 1])
        #expect(errors.count == 1)
        #expect(errors[0].keywordLocation == "/properties/n/minimum")
        #expect(errors[0].absoluteKeywordLocation == nil)
        #expect(errors[0].message == "value 1 is less than the minimum 3")
        #expect(errors[0].position == nil)  // built in code: no positions
    }

    @Test func rootErrorsAndOrder() throws {
        let schema = try compile(#"{"type": "object", "required": ["b", "a"], "minProperties": 3}"#)
        let errors = try schema.validate(bytes: Array("{\"x\": 1}".utf8))
        #expect(errors.map(\.keyword) == ["required", "required", "minProperties"])
        #expect(errors.map(\.message) == [
            "required property 'b' is missing",
            "required property 'a' is missing",
            "object has 1 property, fewer than the minimum 3",
        ])
        #expect(errors.allSatisfy { $0.instanceLocation == "" && $0.position == JSONPosition(line: 1, column: 1) })
        // The same twice: deterministic.
        #expect(schema.validate(try JSONReader.read("{\"x\": 1}")) == errors)
    }

    @Test func anyOfReportsOneSummarizedError() throws {
        let schema = try compile("""
        {"anyOf": [
          {"type": "string"},
          {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
          {"type": "array", "items": {"type": "integer"}}
        ]}
        """)
        let errors = schema.validate(["id": "x"])
        #expect(errors.count == 1)
        let e = errors[0]
        #expect(e.keywordLocation == "/anyOf")
        #expect(e.message.hasPrefix("value does not match any of the 3 schemas in 'anyOf' (0: value is of type 'object', expected 'string'; 1: /id: value 'x' is of type 'string', expected 'integer'; 2: "))
        #expect(schema.validate(["a", 1, 2]).count == 1)
        #expect(schema.validate([1, 2]).isEmpty)
    }

    @Test func oneOfWithSeveralMatches() throws {
        let schema = try compile(#"{"oneOf": [{"type": "integer"}, {"minimum": 2}, {"maximum": 0}]}"#)
        let errors = schema.validate(3)
        #expect(errors.count == 1)
        #expect(errors[0].message == "value matches 2 schemas in 'oneOf' (0, 1), but must match exactly one")
        #expect(schema.validate(2.5).count == 0)
        #expect(schema.validate(1.5).count == 1)
    }

    @Test func manyErrorsAreCappedByMaxErrors() throws {
        let schema = try compile(#"{"items": {"type": "string"}}"#, options: SchemaOptions(maxErrors: 10))
        let instance = JSONValue((0..<1000).map { JSONValue($0) })
        #expect(schema.validate(instance).count == 10)
        #expect(schema.isValid(instance) == false)
    }

    @Test(arguments: [
        (#"{"type": ["string", "null"]}"#, "3", "value 3 is of type 'integer', expected 'null' or 'string'"),
        (#"{"enum": ["a", "b"]}"#, "\"c\"", "value 'c' is not one of the allowed values: 'a', 'b'"),
        (#"{"const": 4}"#, "4.5", "value 4.5 is not the required constant 4"),
        (#"{"multipleOf": 0.01}"#, "1.005", "value 1.005 is not a multiple of 0.01"),
        (#"{"exclusiveMaximum": 5}"#, "5", "value 5 is not less than the exclusive maximum 5"),
        (#"{"exclusiveMinimum": 5}"#, "5.0", "value 5.0 is not greater than the exclusive minimum 5"),
        (#"{"maxLength": 3}"#, "\"Кыргыз\"", "string is 6 characters long, longer than the maximum length 3"),
        (#"{"minLength": 3}"#, "\"ab\"", "string is 2 characters long, shorter than the minimum length 3"),
        (#"{"maxItems": 1}"#, "[1, 2]", "array has 2 items, more than the maximum 1"),
        (#"{"minItems": 3}"#, "[1]", "array has 1 item, fewer than the minimum 3"),
        (#"{"uniqueItems": true}"#, "[1, 2, 1.0]", "array items 0 and 2 are equal, but items must be unique"),
        (#"{"contains": {"type": "string"}}"#, "[1]", "array has no item that matches the 'contains' schema"),
        (#"{"maxProperties": 1}"#, "{\"a\": 1, \"b\": 2}", "object has 2 properties, more than the maximum 1"),
        (#"{"dependentRequired": {"a": ["b"]}}"#, "{\"a\": 1}", "property 'b' is required when 'a' is present"),
        (#"{"not": {"type": "integer"}}"#, "1", "value must not match the schema in 'not'"),
        (#"{"format": "date", "type": "string"}"#, "\"2024-02-30\"", "string '2024-02-30' is not a valid date"),
        ("false", "1", "no value is allowed here (the schema is false)"),
        (#"{"prefixItems": [true], "items": false}"#, "[1, 2]", "item 1 is not allowed (at most 1 item is allowed)"),
        (#"{"propertyNames": {"maxLength": 2}}"#, "{\"abc\": 1}", "string is 3 characters long, longer than the maximum length 2"),
    ])
    func messages(schema: String, instance: String, message: String) throws {
        let compiled = try compile(schema, options: SchemaOptions(assertFormats: true))
        let errors = try compiled.validate(bytes: Array(instance.utf8))
        #expect(errors.map(\.message) == [message])
    }

    @Test func propertyNamesErrorPointsAtTheKey() throws {
        let schema = try compile(#"{"propertyNames": {"pattern": "^[a-z]+$"}}"#)
        let errors = try schema.validate(bytes: Array("{\n  \"ok\": 1,\n  \"Bad\": 2\n}".utf8))
        #expect(errors.count == 1)
        #expect(errors[0].position == JSONPosition(line: 3, column: 3))
        #expect(errors[0].keywordLocation == "/propertyNames/pattern")
    }

    @Test func formatIsAnAnnotationByDefault() throws {
        let lax = try compile(#"{"format": "email"}"#)
        #expect(lax.isValid("not an email"))
        let strict = try compile(#"{"format": "email"}"#, options: SchemaOptions(assertFormats: true))
        #expect(!strict.isValid("not an email"))
        #expect(strict.isValid("a@b.kg"))
        #expect(strict.isValid(12))
    }

    @Test func draft7SchemasUseDraft7Rules() throws {
        let schema = try compile("""
        {"$schema": "http://json-schema.org/draft-07/schema#",
         "definitions": {"n": {"type": "integer"}},
         "properties": {"a": {"$ref": "#/definitions/n", "maximum": 1}},
         "items": [{"type": "string"}], "additionalItems": false,
         "dependencies": {"a": ["b"], "c": {"required": ["d"]}}}
        """)
        #expect(schema.draft == .draft7)
        #expect(schema.isValid(["a": 5, "b": 1]))       // the $ref's sibling maximum is ignored
        #expect(!schema.isValid(["a": 5]))
        #expect(!schema.isValid(["c": 1]))
        #expect(schema.isValid(["x"]))
        #expect(!schema.isValid(["x", "y"]))
    }

    @Test func unknownSchemaURIUsesTheDefaultDraft() throws {
        let text = #"{"$schema": "https://example.invalid/custom", "dependencies": {"a": ["b"]}}"#
        let as2020 = try compile(text)
        #expect(as2020.draft == .draft2020_12)
        #expect(as2020.isValid(["a": 1]))  // "dependencies" is not a 2020-12 keyword
        let as7 = try compile(text, options: SchemaOptions(defaultDraft: .draft7))
        #expect(as7.draft == .draft7)
        #expect(!as7.isValid(["a": 1]))
    }

    @Test func invalidKeywordValuesAreSchemaErrors() throws {
        for text in [#"{"minLength": -1}"#, #"{"type": "text"}"#, #"{"required": "a"}"#, #"{"pattern": "(unclosed"}"#,
                     #"{"multipleOf": 0}"#, #"{"items": 3}"#, #"{"pattern": "\\a"}"#, #"{"properties": {"a": 1}}"#, "3"] {
            #expect(throws: SchemaError.self, "\(text)") { _ = try compile(text) }
        }
        do {
            _ = try compile("{\n  \"maxItems\": \"ten\"\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .invalidKeyword)
            #expect(error.position == JSONPosition(line: 2, column: 15))
            #expect(error.message == "'maxItems' must be a non-negative integer")
        }
    }

    @Test func hugeLimitsDoNotAllocate() throws {
        let schema = try compile(#"{"minLength": 1e300, "maxItems": 123456789012345678901234567890, "minProperties": 9223372036854775807}"#)
        #expect(!schema.isValid("abc"))
        #expect(schema.isValid([1, 2, 3]))
        #expect(!schema.isValid(["a": 1]))
    }

    @Test func schemaSyntaxErrorsHavePositions() throws {
        do {
            _ = try compile("{\"type\": \"string\",\n \"minLength\": }")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.position == JSONPosition(line: 2, column: 15))
        }
    }

    @Test func validateAgainstMetaschema() throws {
        let compiler = SchemaCompiler()
        #expect(compiler.validateAgainstMetaschema(["type": "string", "minLength": 2]).isEmpty)
        let errors = compiler.validateAgainstMetaschema(["type": "text", "minLength": -1])
        #expect(errors.count == 2)
        #expect(errors.map(\.instanceLocation).sorted() == ["/minLength", "/type"])
        let draft7 = compiler.validateAgainstMetaschema(["$schema": "http://json-schema.org/draft-07/schema#", "required": "x"])
        #expect(draft7.map(\.instanceLocation) == ["/required"])
        #expect(CompiledSchema.metaschema(.draft2020_12).isValid(["$defs": ["a": ["type": "integer"]]]))
        #expect(!CompiledSchema.metaschema(.draft2020_12).isValid(["$defs": ["a": ["type": 1]]]))
    }
}
