@testable import EAModel
import Foundation
import Testing

@Suite struct ArchiMateExportTests {
    private func export(_ path: String) throws -> (repository: Repository, result: ArchiMateExporter.Result) {
        let repository = try RepositoryLoader().load(path)
        let result = ArchiMateExporter(modelName: repository.config.name ?? "test", languages: repository.config.languages).export(repository.model)
        return (repository, result)
    }

    @Test func eafsRelationshipTableIsArchisTable() throws {
        let dump = try ExternalTool.run("python3", ["-c", """
            import sys, json, xml.etree.ElementTree as ET
            concepts = set(sys.argv[3:])
            table = {s.get('concept'): {t.get('concept'): t.get('relations') or '' for t in s if t.get('concept') in concepts}
                     for s in ET.parse(sys.argv[1]).getroot() if s.get('concept') in concepts}
            keys = {k.get('relationship').replace('Relationship', ''): k.get('char') for k in ET.parse(sys.argv[2]).getroot()}
            print(json.dumps({'table': table, 'keys': keys}))
            """, ArchiMateTestData.folder + "/relationships.xml", ArchiMateTestData.folder + "/relationships-keys.xml"]
            + ArchiMateRelationshipRules.concepts)
        #expect(dump.status == 0, "\(dump.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        #expect(parsed["table"] as? [String: [String: String]] == ArchiMateRelationshipRules.table)
        let keys = try #require(parsed["keys"] as? [String: String])
        #expect(keys == Dictionary(uniqueKeysWithValues: ArchiMateRelationshipType.allCases.map { ($0.rawValue, String($0.letter)) }))
    }

    @Test(arguments: ArchiMateTestData.repositories)
    func theExportIsValidAgainstTheOpenGroupSchemas(_ path: String) throws {
        let (_, result) = try export(path)
        let check = try ArchiMateTestData.validate(result.text)
        #expect(check.status == 0, "\(path):\n\(check.stderr.split(separator: "\n").filter { !$0.contains("Skipping import") }.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: ArchiMateTestData.repositories)
    func everyRelationshipIsOneArchiMateAllows(_ path: String) throws {
        let (_, result) = try export(path)
        for relationship in result.relationships {
            #expect(ArchiMateRelationshipRules.allows(relationship.type, from: relationship.source.type, to: relationship.target.type),
                    "\(relationship.identifier)")
        }
        let check = try ArchiMateTestData.checkRelationships(result.text)
        #expect(check.status == 0, "\(path):\n\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("checked \(result.relationships.count)"))
    }

    @Test func everyKindAndReferenceIsExportedAsItsArchiMateCounterpart() throws {
        let (repository, result) = try export(TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml"))
        #expect(result.notes.isEmpty, "\(result.notes)")
        let model = repository.model
        // Every element but the Exchange as its kind's type; the Exchange as a Flow between the systems.
        #expect(result.elements.count == model.elements.count - 1)
        for concept in result.elements {
            #expect(concept.type == model[concept.eafID]!.kind.archimateType)
            #expect(concept.identifier == "id-" + concept.eafID)
        }
        let flow = try #require(result.relationships.first { $0.identifier == "id-sts.gets-person" })
        #expect(flow.type == .flow && flow.source.eafID == "grs.population-register" && flow.target.eafID == "grs.population-register")
        // Every reference but the Exchange's consumer (its Flow's end) as one relationship.
        let references = model.elements.flatMap { element in element.writtenReferences.map { (element, $0) } }
            .filter { !($0.0.kind == .exchange && $0.1.field == "consumer") }
        #expect(result.relationships.count == references.count + 1)
        func type(_ identifier: String) -> ArchiMateRelationshipType? { result.relationships.first { $0.identifier == identifier }?.type }
        #expect(type("rel-grs.passport_owner") == .assignment)
        #expect(type("rel-grs.population-register_owner") == .association, "BusinessActor may not be assigned to an ApplicationComponent")
        #expect(type("rel-grs.passport_realizedBy.0") == .realization)
        #expect(type("rel-grs.issue-passport_supportedBy.0") == .serving)
        #expect(type("rel-grs.population-register_holds.0.entity") == .access)
        #expect(type("rel-grs.person-api_provider") == .composition)
        #expect(type("rel-grs.population-register_hosting") == .realization)
        #expect(type("rel-grs_parent") == .aggregation)
        #expect(type("rel-sts.gets-person_carries.0") == .association)
        #expect(result.text.contains("accessType=\"ReadWrite\""))
    }

    @Test func namesInEveryLanguageAndFieldsAsProperties() throws {
        let (_, result) = try export(TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml"))
        #expect(result.text.contains("<name xml:lang=\"ky\">Мамлекеттик каттоо кызматы</name>"))
        #expect(result.text.contains("<name xml:lang=\"ru\">Государственная служба регистрации</name>"))
        #expect(result.text.contains("<documentation>Quoted \"text\" &amp; &lt;angle&gt;</documentation>"))
        #expect(result.text.contains("<name>eaf:securityClass</name>"))
        #expect(result.text.contains("<propertyDefinition identifier=\"propdef-1\" type=\"string\">\n      <name>budgetCode</name>"))
        #expect(result.text.contains("<value xml:lang=\"en\">Tax registration</value>"))
    }

    @Test func foldersByLayerAndOwnerAndAViewPerOrganisation() throws {
        let (repository, result) = try export(TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml"))
        #expect(result.views == repository.model.elements(of: .organisation).count)
        for folder in ["Business", "Application", "Technology &amp; Physical", "Motivation", "Implementation &amp; Migration", "Relations", "Views"] {
            #expect(result.text.contains("<label xml:lang=\"en\">\(folder)</label>"), "no \(folder) folder")
        }
        // GRS's folder in Application holds its system.
        let application = try #require(result.text.range(of: "<label xml:lang=\"en\">Application</label>"))
        let rest = result.text[application.upperBound...]
        let grs = try #require(rest.range(of: "<label xml:lang=\"ky\">Мамлекеттик каттоо кызматы</label>"))
        #expect(rest[grs.upperBound...].prefix(400).contains("identifierRef=\"id-grs.population-register\""))
        // Nodes on a grid, with connections between them.
        #expect(result.text.contains("<view identifier=\"view-grs\" xsi:type=\"Diagram\">"))
        #expect(result.text.contains("<node identifier=\"node-grs_grs\" elementRef=\"id-grs\" xsi:type=\"Element\" x=\"24\" y=\"24\" w=\"180\" h=\"70\"/>"))
        #expect(result.text.contains("<connection identifier=\"conn-grs_rel-grs.passport_owner\" relationshipRef=\"rel-grs.passport_owner\" xsi:type=\"Relationship\" source=\"node-grs_grs\" target=\"node-grs_grs.passport\"/>"))
    }

    @Test func whatCannotBeExportedIsSaid() throws {
        let repository = try TemporaryRepository([
            "a.yaml": """
            id: sys
            kind: InformationSystem
            name: S
            hosting: platform.nowhere
            ---
            id: sys
            kind: InformationSystem
            name: Twin
            ---
            id: x
            kind: Exchange
            name: X
            consumer: sys
            interface: api.missing
            """,
        ])
        let (_, result) = try export(repository.path)
        #expect(result.notes.count == 3, "\(result.notes)")
        #expect(result.notes.contains { $0.hasPrefix("id 'sys' is written 2 times") })
        #expect(result.notes.contains { $0.hasPrefix("sys.hosting names 'platform.nowhere', which is not in the model") })
        #expect(result.notes.contains { $0.hasPrefix("Exchange 'x' (a.yaml:10:1) is left out") })
        #expect(try ArchiMateTestData.validate(result.text).status == 0)
    }

    @Test func theSameModelGivesTheSameBytes() throws {
        let path = TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml")
        let one = try RepositoryLoader(threads: 1).load(path)
        let two = try RepositoryLoader(threads: 3).load(path)
        #expect(ArchiMateExporter(modelName: "m").export(one.model).text == ArchiMateExporter(modelName: "m").export(two.model).text)
    }
}
