import EAModel
@testable import EAValidate
import Foundation
import Testing

@Suite struct JSONMessageSchemaTests {
    static let schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["pin", "documents"],
          "properties": {
            "pin": {"type": "string", "pattern": "^[12][0-9]{13}$"},
            "documents": {"type": "array", "items": {"$ref": "common.json#/$defs/document"}}
          },
          "additionalProperties": false
        }
        """
    static let common = """
        {"$defs": {"document": {"type": "object", "required": ["series"], "properties": {"series": {"type": "string", "maxLength": 2}, "issued": {"type": "string", "format": "date"}}}}}
        """

    private func compile(_ files: [String: String], options: MessageSchemaOptions = MessageSchemaOptions()) throws -> (Result<MessageSchema, SchemaFailure>, TemporaryRepository) {
        let repository = try TemporaryRepository(files)
        return (MessageSchema.compile(path: repository.path + "/person.json", file: "person.json", options: options), repository)
    }

    @Test func validatesJSONWithPositionsAndPaths() throws {
        let (compiled, repository) = try compile(["person.json": Self.schema, "common.json": Self.common])
        _ = repository
        let schema = try compiled.get()
        let message = """
            {
              "pin": "21204199000123",
              "documents": [
                {"series": "ID", "issued": "2020-01-01"},
                {"series": "ABC"}
              ],
              "extra": true
            }
            """
        let problems = schema.validate(Array(message.utf8), file: "m.json")
        #expect(problems.map(\.location.description) == ["m.json:5:16", "m.json:7:3"], "\(problems.map { "\($0.location) \($0.message)" })")
        let byPointer = Dictionary(uniqueKeysWithValues: problems.map { ($0.instancePath ?? "", $0) })
        #expect(byPointer["/documents/1/series"]?.keywordPath?.hasSuffix("/maxLength") == true)
        #expect(byPointer["/extra"] != nil || byPointer[""] != nil)
        // Names come from the schema document itself, not from documents it references.
        #expect(schema.declaredNames == ["pin", "documents"])
    }

    @Test func validatesYAMLMessagesTooWithTypedScalars() throws {
        let (compiled, repository) = try compile(["person.json": Self.schema, "common.json": Self.common])
        _ = repository
        let schema = try compiled.get()
        #expect(schema.validate(Array("pin: '21204199000123'\ndocuments:\n  - {series: ID}\n".utf8), file: "m.yaml").isEmpty)
        let problems = schema.validate(Array("pin: 21204199000123\ndocuments: []\n".utf8), file: "m.yaml")
        #expect(problems.count == 1)
        #expect(problems.first?.location.description == "m.yaml:1:6", "a plain number is a number, not a string")
        #expect(problems.first?.instancePath == "/pin")
    }

    @Test func formatIsAnAssertionOnlyWhenAsked() throws {
        let message = Array(#"{"pin": "21204199000123", "documents": [{"series": "ID", "issued": "2020-13-45"}]}"#.utf8)
        let (lenient, first) = try compile(["person.json": Self.schema, "common.json": Self.common])
        _ = first
        #expect(try lenient.get().validate(message, file: "m.json").isEmpty)
        let (strict, second) = try compile(["person.json": Self.schema, "common.json": Self.common], options: MessageSchemaOptions(assertFormats: true))
        _ = second
        #expect(try strict.get().validate(message, file: "m.json").map(\.instancePath) == ["/documents/0/issued"])
    }

    @Test func referencesOutsideTheAllowedFoldersOrOnTheNetworkAreRefused() throws {
        let outside = try TemporaryRepository(["secret.json": #"{"type": "string"}"#])
        let (local, first) = try compile(["person.json": #"{"$ref": "file://\#(outside.path)/secret.json"}"#])
        _ = first
        guard case .failure(let refused) = local else { Issue.record("compiled a reference outside the allowed folders"); return }
        #expect(refused.problems.first?.message.contains("never fetched from the network") == true)
        let (network, second) = try compile(["person.json": #"{"$ref": "http://127.0.0.1:9/schema.json"}"#])
        _ = second
        guard case .failure(let remote) = network else { Issue.record("compiled a network reference"); return }
        #expect(remote.problems.first?.kind == .schema)
        try outside.write("string.json", #"{"type": "string"}"#)
        let (mapped, third) = try compile(["person.json": #"{"$ref": "http://schemas.tunduk.kg/string.json"}"#],
                                          options: MessageSchemaOptions(resources: [.init(prefix: "http://schemas.tunduk.kg/", folder: outside.path)]))
        _ = third
        #expect(try mapped.get().validate(Array("7".utf8), file: "m.json").map(\.message) == ["value 7 is of type 'integer', expected 'string'"])
    }

    /// A reference that resolves to nothing names the document as eaf names files (the
    /// schema by its name, others by their path in the repository), never by the
    /// `file://` URI of where the checkout lives: findings are the same on every machine.
    @Test func unresolvableReferencesNameDocumentsByTheirPathsInTheRepository() throws {
        let repository = try TemporaryRepository(["messages/common/c.json": #"{"$defs": {}}"#])
        func message(_ reference: String) throws -> String? {
            try repository.write("messages/person.json", #"{"properties": {"a": {"$ref": "\#(reference)"}}}"#)
            let result = MessageSchema.compile(path: repository.path + "/messages/person.json", file: "messages/person.json",
                                               options: MessageSchemaOptions(allowedFolders: [repository.path]))
            guard case .failure(let failure) = result else { return nil }
            return failure.problems.map(\.message).joined(separator: "\n")
        }
        #expect(try message("#/$defs/none") == "the schema does not compile: cannot resolve $ref '#/$defs/none' (resolved to 'messages/person.json#/$defs/none'): the pointer '/$defs/none' does not point at a value")
        #expect(try message("common/c.json#/$defs/x") == "the schema does not compile: cannot resolve $ref 'common/c.json#/$defs/x' (resolved to 'messages/common/c.json#/$defs/x'): the pointer '/$defs/x' does not point at a value")
        #expect(try message("../nothere.json") == "the schema does not compile: cannot resolve $ref '../nothere.json' (resolved to 'nothere.json'): no schema has that URI, and no given document or mapped folder provides it (references are never fetched from the network)")
    }

    @Test func brokenSchemasAndMessagesAreProblemsWithPositions() throws {
        let (broken, first) = try compile(["person.json": "{\n  \"type\": \"object\",\n  \"properties\": {\"a\": {\"type\": \"strng\"}}\n}"])
        _ = first
        guard case .failure(let failure) = broken else { Issue.record("compiled a broken schema"); return }
        #expect(failure.problems.first?.location.line == 3)
        let (fine, second) = try compile(["person.json": Self.schema, "common.json": Self.common])
        _ = second
        let problems = try fine.get().validate(Array("{\"pin\": \n".utf8), file: "m.json")
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("not valid JSON") == true)
        #expect(problems.first?.location.line == 2)
        #expect(try fine.get().validate(Array("<a/>".utf8), file: "m.xml").first?.message.contains("XML message") == true)
    }
}
