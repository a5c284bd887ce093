@testable import EAModel
import Foundation
import Testing

/// Every model file the project publishes validates against the published schemas, as
/// an editor or a reviewer with stock tools would check it: YAML documents with python's
/// `jsonschema` (PyYAML turning YAML into JSON), XML model files with `xmllint`.
/// `examples/broken` is broken on purpose and left out.
@Suite struct ExampleSchemaValidationTests {
    /// The model folders under a project root: `examples/*/model` and `architecture/`.
    static func modelFolders(under root: String) -> [String] {
        var folders: [String] = []
        let examples = root + "/examples"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? []).sorted() where name != "broken" {
            let model = examples + "/" + name + "/model"
            if FileTree.isDirectory(model) { folders.append(model) }
        }
        if FileTree.isDirectory(root + "/architecture") { folders.append(root + "/architecture") }
        return folders
    }

    static func files(in folders: [String], extensions: Set<String>) -> [String] {
        folders.flatMap { folder in
            FileTree.walk(folder, root: folder, boundary: folder, extensions: extensions).files
                .filter { $0.relativePath != RepositoryConfig.fileName }.map(\.path)
        }
    }

    static let fixtures = [
        TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml/model"),
        TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/xml/model"),
    ]

    /// Validates YAML files with python: dates stay text (as eaf and YAML 1.2 editors
    /// read them), and each document is checked against the model JSON Schema.
    static func validateYAML(_ files: [String]) throws -> ExternalTool.Result {
        try ExternalTool.run("python3", ["-c", """
            import json, sys, yaml, jsonschema
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {key: [r for r in value if r[0] != 'tag:yaml.org,2002:timestamp']
                                              for key, value in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            failures = 0
            for path in sys.argv[2:]:
                with open(path, encoding='utf-8') as stream:
                    for index, document in enumerate(yaml.load_all(stream, Loader=Loader)):
                        if document is None: continue
                        for error in validator.iter_errors(json.loads(json.dumps(document))):
                            failures += 1
                            where = '/'.join(str(p) for p in error.absolute_path)
                            print(f"{path} document {index + 1} at /{where}: {error.message}")
            sys.exit(1 if failures else 0)
            """, TestPaths.inPackage("schemas/" + ModelJSONSchema.fileName)] + files)
    }

    /// Validates XML model files (those in the model namespace) with xmllint.
    static func validateXML(_ files: [String]) throws -> ExternalTool.Result? {
        let models = files.filter { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("\"\(ModelXMLSchema.namespace)\"") == true }
        guard !models.isEmpty else { return nil }
        return try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", TestPaths.inPackage("schemas/egeaf-model-1.xsd")] + models)
    }

    @Test func everyYAMLModelDocumentValidatesAgainstTheJSONSchema() throws {
        let files = Self.files(in: Self.modelFolders(under: TestPaths.packageRoot) + Self.fixtures, extensions: ["yaml", "yml"])
        #expect(files.count >= 10, "expected the examples, architecture and fixtures, found \(files)")
        let result = try Self.validateYAML(files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func everyXMLModelFileValidatesAgainstTheXSD() throws {
        let files = Self.files(in: Self.modelFolders(under: TestPaths.packageRoot) + Self.fixtures, extensions: ["xml"])
        let result = try #require(try Self.validateXML(files), "the XML fixture at least is a model file")
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The schema rejects what eaf rejects: the check is not vacuous.
    @Test func theSchemaCatchesMistakesEditorsShouldFlag() throws {
        let repository = try TemporaryRepository([
            "bad.yaml": """
            id: grs.registry
            kind: InformationSystem
            name: Registry
            hostng: platform.cloud
            ---
            id: Bad_Id
            kind: Platform
            name: {ky: Булут, english: Cloud}
            type: mainframe
            ---
            id: x
            kind: Exchange
            name: No consumer
            interface: api
            """,
        ])
        let result = try Self.validateYAML([repository.path + "/bad.yaml"])
        #expect(result.status == 1)
        for expected in ["{'ky': 'Булут', 'english': 'Cloud'} is not valid", "'hostng' was unexpected", "'Bad_Id' does not match", "'mainframe' is not one of", "'consumer' is a required property"] {
            #expect(result.stdout.contains(expected), "missing \(expected) in\n\(result.stdout)")
        }
    }
}
