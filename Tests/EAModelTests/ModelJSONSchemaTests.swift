@testable import EAModel
import Foundation
import Testing

@Suite struct ModelJSONSchemaTests {
    @Test func theCommittedSchemaIsTheGeneratedOne() {
        #expect(Golden.check(ModelJSONSchema.text, against: "schemas/" + ModelJSONSchema.fileName) == nil,
                "schemas/\(ModelJSONSchema.fileName) is out of date with the metamodel")
    }

    @Test func itIsAValidDraft2020Schema() throws {
        let check = try ExternalTool.run("python3", ["-c", """
            import json, sys, jsonschema
            jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))
            """, TestPaths.inPackage("schemas/" + ModelJSONSchema.fileName)])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func everyFieldHasADescriptionAndEveryKindIsClosed() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(ModelJSONSchema.text.utf8)) as? [String: Any])
        let definitions = try #require(root["$defs"] as? [String: [String: Any]])
        for kind in Kind.allCases {
            let definition = try #require(definitions[kind.rawValue])
            #expect(definition["additionalProperties"] as? Bool == false)
            #expect(Set(definition["required"] as? [String] ?? []) == Set(Metamodel.fields(of: kind).filter(\.required).map(\.name)))
            let properties = try #require(definition["properties"] as? [String: [String: Any]])
            for (name, property) in properties {
                #expect((property["description"] as? String)?.isEmpty == false, "\(kind.rawValue).\(name) has no description")
            }
        }
    }
}

@Suite struct ModelExportJSONSchemaTests {
    @Test func theCommittedExportSchemaIsTheGeneratedOne() {
        #expect(Golden.check(ModelExportJSONSchema.text, against: "schemas/" + ModelExportJSONSchema.fileName) == nil,
                "schemas/\(ModelExportJSONSchema.fileName) is out of date with the metamodel")
    }

    @Test func itIsAValidDraft2020Schema() throws {
        let check = try ExternalTool.run("python3", ["-c", """
            import json, sys, jsonschema
            jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))
            """, TestPaths.inPackage("schemas/" + ModelExportJSONSchema.fileName)])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
