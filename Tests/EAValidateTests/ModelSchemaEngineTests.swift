import EAModel
@testable import EAValidate
import Foundation
import JSONSchema
import Testing

/// Every YAML model file the project publishes validates against
/// `schemas/egeaf-model-1.schema.json` with eaf's own JSON Schema engine, the check an
/// editor would make (python's jsonschema makes the same check in EAModelTests).
@Suite struct ModelSchemaEngineTests {
    static func schema() throws -> CompiledSchema {
        let bytes = [UInt8](FileManager.default.contents(atPath: TestPaths.inPackage("schemas/egeaf-model-1.schema.json")) ?? Data())
        return try SchemaCompiler().compile(bytes: bytes)
    }

    static let folders: [String] = {
        var folders = ["examples/kyrgyz-egov/model", "examples/minimal/model", "architecture", "Tests/EAModelTests/Fixtures/equivalence/yaml/model"]
        folders = folders.map(TestPaths.inPackage).filter(FileTree.isDirectory)
        return folders
    }()

    @Test func everyPublishedYAMLDocumentValidates() throws {
        let schema = try Self.schema()
        var checked = 0
        var failures: [String] = []
        for folder in Self.folders {
            for file in FileTree.walk(folder, root: folder, boundary: folder, extensions: ["yaml", "yml"]).files
            where file.relativePath != RepositoryConfig.fileName {
                let read = YAMLReader().read([UInt8](FileManager.default.contents(atPath: file.path) ?? Data()), file: file.relativePath)
                #expect(read.issues.isEmpty, "\(file.path): \(read.issues)")
                for document in read.documents where !document.isNull {
                    checked += 1
                    for error in schema.validate(YAMLJSON.value(document)) {
                        failures.append("\(file.path):\(error.position?.description ?? "?") \(error.message) at \(error.instanceLocation)")
                    }
                }
            }
        }
        #expect(checked > 250, "only \(checked) documents found")
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test func theSchemaCatchesWhatTheDecoderCatches() throws {
        let document = YAMLReader().read(Array("id: grs.x\nkind: InformationSystem\nname: X\nhostng: p\nlifecycle: live\n".utf8), file: "m.yaml").documents[0]
        let errors = try Self.schema().validate(YAMLJSON.value(document))
        #expect(errors.contains { $0.instanceLocation == "/hostng" || $0.message.contains("hostng") })
        #expect(errors.contains { $0.instanceLocation == "/lifecycle" })
    }
}
