import Foundation
import Testing
@testable import JSONSchema

@Suite struct ReferenceTests {
    func compileError(_ schema: JSONValue, compiler: SchemaCompiler = SchemaCompiler()) -> SchemaError? {
        do {
            _ = try compiler.compile(schema)
            return nil
        } catch {
            return error
        }
    }

    @Test func remoteReferenceWithoutMappingFailsWithoutFetching() throws {
        let started = Date()
        let error = try #require(compileError(["$ref": "http://example.com/x.json"]))
        #expect(error.kind == .unresolvableReference)
        #expect(error.message.contains("'http://example.com/x.json'"))
        #expect(error.message.contains("never fetched"))
        // Nothing was attempted over the network: the answer is immediate.
        #expect(Date().timeIntervalSince(started) < 1)
        // Also deep inside a schema, with the location of the reference.
        let nested = try #require(compileError(["properties": ["a": ["items": ["$ref": "https://example.com/other.json#/$defs/x"]]]]))
        #expect(nested.schemaLocation == "#/properties/a/items")
        #expect(nested.message.contains("https://example.com/other.json#/$defs/x"))
    }

    /// The engine has no way to reach a network: no URL loading API appears in its sources.
    @Test func sourcesUseNoNetworkAPI() throws {
        let folder = SuiteRunner.packageRoot.appendingPathComponent("Sources/JSONSchema")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for api in ["URLSession", "URLRequest", "NSURLConnection", "Data(contentsOf", "String(contentsOf", "FoundationNetworking", "CFNetwork", "Socket"] {
                #expect(!text.contains(api), "\(file) uses \(api)")
            }
        }
    }

    @Test func unresolvablePointersAndAnchors() throws {
        let pointer = try #require(compileError(["$ref": "#/$defs/missing"]))
        #expect(pointer.kind == .unresolvableReference)
        #expect(pointer.message.contains("'#/$defs/missing'"))
        let anchor = try #require(compileError(["$ref": "#nowhere"]))
        #expect(anchor.message.contains("no anchor 'nowhere'"))
        let relative = try #require(compileError(["$id": "https://eaf.example/a/root.json", "$ref": "../b/other.json"]))
        #expect(relative.message.contains("resolved to 'https://eaf.example/b/other.json'"))
    }

    @Test func mappedFolderServesDocuments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-jsonschema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("common"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"$defs": {"code": {"type": "string", "pattern": "^[A-Z]+$"}}}"#.utf8)
            .write(to: folder.appendingPathComponent("common/types.json"))
        let compiler = SchemaCompiler(mappings: [ResourceMapping(prefix: "https://schemas.eaf.example/", folder: folder.path)])
        let schema = try compiler.compile(["properties": ["code": ["$ref": "https://schemas.eaf.example/common/types.json#/$defs/code"]]])
        #expect(schema.isValid(["code": "KG"]))
        let errors = schema.validate(["code": "kg"])
        #expect(errors.first?.absoluteKeywordLocation == "https://schemas.eaf.example/common/types.json#/$defs/code/pattern")
        // No way out of the folder.
        let escape = compileError(["$ref": "https://schemas.eaf.example/common/../../etc/passwd"], compiler: compiler)
        #expect(escape?.kind == .unresolvableReference)
        let encoded = compileError(["$ref": "https://schemas.eaf.example/%2E%2E/x.json"], compiler: compiler)
        #expect(encoded?.kind == .unresolvableReference)
    }

    @Test func mappedFolderIsABoundaryForLinksAndSpecialFiles() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-jsonschema-outside-\(UUID().uuidString)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-jsonschema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data(#"{"type": "string"}"#.utf8).write(to: outside.appendingPathComponent("secret.json"))
        try Data(#"{"type": "integer"}"#.utf8).write(to: folder.appendingPathComponent("inside.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("escape.json").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.json").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("away").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("alias.json").path, withDestinationPath: "inside.json")
        #expect(mkfifo(folder.appendingPathComponent("pipe.json").path, 0o644) == 0)
        let compiler = SchemaCompiler(mappings: [ResourceMapping(prefix: "https://schemas.eaf.example/", folder: folder.path)])

        // A link that stays inside the folder is followed.
        let inside = try compiler.compile(["$ref": "https://schemas.eaf.example/alias.json"])
        #expect(inside.isValid(1) && !inside.isValid("x"))
        // Links out of the folder, of the file or of a folder on the way, are refused and say so.
        for name in ["escape.json", "away/secret.json"] {
            let error = try #require(compileError(["$ref": JSONValue(stringLiteral: "https://schemas.eaf.example/" + name)], compiler: compiler))
            #expect(error.kind == .unresolvableReference)
            #expect(error.message.contains("leads out of the mapped folder"), "\(error)")
        }
        // A FIFO would block a read for ever: refused without opening it for reading.
        let pipe = try #require(compileError(["$ref": "https://schemas.eaf.example/pipe.json"], compiler: compiler))
        #expect(pipe.message.contains("not a regular file"), "\(pipe)")
    }

    @Test func givenDocumentsResolve() throws {
        let common: JSONValue = ["$id": "https://eaf.example/common.json", "$defs": ["id": ["type": "integer", "minimum": 1]]]
        let compiler = SchemaCompiler(documents: ["https://eaf.example/common.json": common])
        let schema = try compiler.compile(["$id": "https://eaf.example/main.json", "items": ["$ref": "common.json#/$defs/id"]])
        #expect(schema.isValid([1, 2]))
        #expect(!schema.isValid([0]))
    }

    @Test func metaschemaReferencesWorkOffline() throws {
        let schema = try SchemaCompiler().compile(["$ref": "https://json-schema.org/draft/2020-12/schema"])
        #expect(schema.isValid(["type": "object", "properties": ["a": ["minimum": 1]]]))
        #expect(!schema.isValid(["type": "object", "properties": ["a": ["minimum": "one"]]]))
        let draft7 = try SchemaCompiler().compile(["$ref": "http://json-schema.org/draft-07/schema#"])
        #expect(!draft7.isValid(["minItems": -1]))
    }

    @Test func unconditionalReferenceLoopsAreCompileErrors() throws {
        for schema: JSONValue in [
            ["$ref": "#"],
            ["$defs": ["a": ["$ref": "#/$defs/b"], "b": ["$ref": "#/$defs/a"]], "$ref": "#/$defs/a"],
            ["allOf": [["$ref": "#"]]],
            ["not": ["$ref": "#"]],
            ["properties": ["x": ["$ref": "#/$defs/loop"]], "$defs": ["loop": ["anyOf": [["$ref": "#/$defs/loop"]]]]],
        ] {
            let error = try #require(compileError(schema), "\(schema)")
            #expect(error.kind == .referenceCycle, "\(schema)")
        }
        let draft7 = try #require(compileError(["$schema": "http://json-schema.org/draft-07/schema#", "definitions": ["a": ["$ref": "#/definitions/a"]], "$ref": "#/definitions/a"]))
        #expect(draft7.kind == .referenceCycle)
    }

    /// The message names the loop's schemas in order, found after others were searched.
    @Test func aReferenceLoopIsNamedInOrder() throws {
        let schema: JSONValue = [
            "properties": ["a": ["type": "string"], "b": ["$ref": "#/$defs/x"]],
            "$defs": ["x": ["allOf": [["type": "object"], ["$ref": "#/$defs/y"]]], "y": ["not": ["$ref": "#/$defs/x"]]],
        ]
        let error = try #require(compileError(schema))
        #expect(error.kind == .referenceCycle)
        #expect(error.message == "references loop without consuming the instance: #/$defs/x -> #/$defs/x/allOf/1 -> #/$defs/y -> #/$defs/y/not -> #/$defs/x")
        #expect(error.schemaLocation == "#/$defs/x")
    }

    @Test func conditionalLoopsTerminateAtRunTime() throws {
        // The loop is only reached when the first branch fails; evaluation must stop.
        let schema = try SchemaCompiler().compile(["anyOf": [["type": "string"], ["$ref": "#"]]])
        #expect(schema.isValid("a"))
        #expect(!schema.isValid(1))
        let errors = schema.validate(1)
        #expect(errors.count == 1)
        #expect(errors[0].keyword == "anyOf")
        // Through $dynamicRef.
        let dynamic = try SchemaCompiler().compile(["$dynamicAnchor": "m", "anyOf": [false, ["$dynamicRef": "#m"]]])
        #expect(!dynamic.isValid(1))
    }

    @Test func recursionThatConsumesTheInstanceIsFine() throws {
        let schema = try SchemaCompiler().compile(["type": "object", "properties": ["next": ["$ref": "#"], "v": ["type": "integer"]]])
        var list: JSONValue = ["v": 0]
        for k in 1...100 { list = ["v": JSONValue(k), "next": list] }
        #expect(schema.isValid(list))
        // Deeper than the evaluation limit: an error, not a crash.
        var deep: JSONValue = ["v": 0]
        for k in 1...2000 { deep = ["v": JSONValue(k), "next": deep] }
        let errors = schema.validate(deep)
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("deeper than the limit"))
        #expect(!schema.isValid(deep))
    }

    @Test func referencesIntoUnknownKeywords() throws {
        let schema = try SchemaCompiler().compile([
            "unknown/keyword": ["type": "integer"],
            "properties": ["foo": ["x-extension": ["type": "string"]],
                           "a": ["$ref": "#/unknown~1keyword"],
                           "b": ["$ref": "#/properties/foo/x-extension"]],
        ])
        #expect(schema.isValid(["a": 1, "b": "s"]))
        #expect(schema.validate(["a": true, "b": 2]).count == 2)
        let examples = try SchemaCompiler().compile(["$id": "/base", "examples": [["type": "string"]], "$ref": "#/examples/0"])
        #expect(examples.isValid("a string"))
        #expect(!examples.isValid(42))
    }

    @Test func deeplyNestedSchemasFailCleanly() throws {
        var tooDeep: JSONValue = ["type": "integer"]
        for _ in 0..<1500 { tooDeep = ["not": tooDeep] }
        #expect(compileError(tooDeep)?.message.contains("nested too deeply") == true)
        var deep: JSONValue = ["type": "integer"]
        for _ in 0..<600 { deep = ["allOf": [deep]] }
        let schema = try SchemaCompiler().compile(deep)
        let errors = schema.validate(1)
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("deeper than the limit of 256"))
        let relaxed = try SchemaCompiler(options: SchemaOptions(maxEvaluationDepth: 1000)).compile(deep)
        #expect(relaxed.isValid(1))
        #expect(!relaxed.isValid("1"))
    }

    @Test func embeddedResourcesAndAnchors() throws {
        let schema = try SchemaCompiler().compile([
            "$id": "https://eaf.example/root.json",
            "$defs": [
                "inner": ["$id": "inner/", "$defs": ["leaf": ["$anchor": "leaf", "type": "string"]]],
            ],
            "properties": [
                "a": ["$ref": "inner/#leaf"],
                "b": ["$ref": "https://eaf.example/inner/#/$defs/leaf"],
                "c": ["$ref": "#/$defs/inner/$defs/leaf"],
            ],
        ])
        #expect(schema.isValid(["a": "x", "b": "y", "c": "z"]))
        #expect(schema.validate(["a": 1, "b": 2, "c": 3]).count == 3)
    }

    @Test func customMetaschemaWithUnknownRequiredVocabulary() throws {
        let meta: JSONValue = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://eaf.example/meta",
            "$vocabulary": ["https://json-schema.org/draft/2020-12/vocab/core": true, "https://eaf.example/vocab/magic": true],
        ]
        let compiler = SchemaCompiler(documents: ["https://eaf.example/meta": meta])
        let error = try #require(compileError(["$schema": "https://eaf.example/meta", "type": "string"], compiler: compiler))
        #expect(error.kind == .unsupportedVocabulary)
    }

    @Test func realWorldDraft04SchemaCompiles() throws {
        // SARIF 2.1.0 is a draft-04 schema; it is read with draft-07 rules, which it fits.
        let url = SuiteRunner.packageRoot.appendingPathComponent("../shared/testdata/sarif/sarif-schema-2.1.0.json").standardized
        let bytes = try [UInt8](Data(contentsOf: url))
        let schema = try SchemaCompiler().compile(bytes: bytes, baseURI: url.absoluteString)
        #expect(schema.draft == .draft7)
        let log: JSONValue = ["version": "2.1.0", "runs": [["tool": ["driver": ["name": "eaf", "informationUri": "https://eaf.example/"]],
                                                             "results": [["message": ["text": "x"], "ruleId": "EA001", "level": "error"]]]]]
        #expect(schema.validate(log).isEmpty)
        let bad: JSONValue = ["version": "2.0", "runs": [["tool": ["driver": [:]], "results": [["level": "fatal"]]]]]
        let errors = schema.validate(bad)
        #expect(Set(errors.map(\.instanceLocation)).isSuperset(of: ["/version", "/runs/0/tool/driver", "/runs/0/results/0/level"]))
    }

    @Test func draft04Compatibility() throws {
        let schema = try SchemaCompiler().compile([
            "$schema": "http://json-schema.org/draft-04/schema#",
            "id": "https://eaf.example/legacy.json",
            "properties": ["n": ["maximum": 5, "exclusiveMaximum": true, "minimum": 1, "exclusiveMinimum": false],
                           "x": ["$ref": "other.json"]],
            "definitions": ["other": ["id": "other.json", "type": "string"]],
        ])
        #expect(schema.isValid(["n": 1, "x": "s"]))
        #expect(!schema.isValid(["n": 5]))
        #expect(!schema.isValid(["x": 1]))
    }

    @Test func validationFromManyThreadsAtOnce() async throws {
        let schema = try SchemaCompiler().compile(bytes: Array(#"""
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"},
             "tags": {"type": "array", "items": {"pattern": "^[a-z]+$"}, "uniqueItems": true}},
             "unevaluatedProperties": false}
            """#.utf8))
        let good: JSONValue = ["id": 1, "tags": ["a", "b"]]
        let bad: JSONValue = ["id": "x", "tags": ["A", "A"], "z": 1]
        let results = await withTaskGroup(of: (Bool, Int).self) { group in
            for k in 0..<64 {
                group.addTask {
                    var ok = true
                    var count = 0
                    for _ in 0..<50 {
                        ok = ok && schema.isValid(k % 2 == 0 ? good : bad) == (k % 2 == 0)
                        count += schema.validate(bad).count
                    }
                    return (ok, count)
                }
            }
            var all: [(Bool, Int)] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0.0 })
        #expect(Set(results.map(\.1)).count == 1)
    }
}
