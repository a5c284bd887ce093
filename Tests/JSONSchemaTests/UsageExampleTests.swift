import Foundation
import Testing
import JSONSchema

/// The usage shown to integrators, kept compiling and true.
@Suite struct UsageExampleTests {
    @Test func compileFromBytesWithMappingAndValidateFromBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-usage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"$defs": {"code": {"type": "string", "pattern": "^[A-Z]{3}$"}}}"#.utf8)
            .write(to: folder.appendingPathComponent("common.json"))
        let schemaBytes = Array(#"{"type": "object", "required": ["code"], "properties": {"code": {"$ref": "common.json#/$defs/code"}, "sent": {"format": "date-time"}}}"#.utf8)
        let instanceBytes = Array("{\n  \"code\": \"kg\",\n  \"sent\": \"yesterday\"\n}".utf8)

        let compiler = SchemaCompiler(
            options: SchemaOptions(assertFormats: true),
            mappings: [ResourceMapping(prefix: "https://schemas.Example.KG/", folder: folder.path)])
        let schema = try compiler.compile(bytes: schemaBytes, baseURI: "https://schemas.example.kg/message.json")
        let errors = try schema.validate(bytes: instanceBytes)
        let lines = errors.map { e in
            "message.json:\(e.position?.line ?? 0):\(e.position?.column ?? 0): \(e.message) [\(e.instanceLocation) \(e.keywordLocation)]"
        }
        #expect(lines == [
            "message.json:2:11: string 'kg' does not match the pattern '^[A-Z]{3}$' [/code /properties/code/$ref/pattern]",
            "message.json:3:11: string 'yesterday' is not a valid date-time [/sent /properties/sent/format]",
        ])
        #expect(errors[0].absoluteKeywordLocation == "https://schemas.example.kg/common.json#/$defs/code/pattern")
        #expect(schema.isValid(try JSONReader.read("{\"code\": \"KGZ\"}")))
    }
}
