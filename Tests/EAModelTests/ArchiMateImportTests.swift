@testable import EAModel
import Foundation
import Testing

@Suite struct ArchiMateImportTests {
    /// Exports a repository, imports the file into a fresh folder through the YAML files
    /// an import writes, and loads that folder as eaf would.
    static func roundTrip(_ path: String) throws -> (original: Repository, imported: Repository, result: ArchiMateImporter.Result, folder: TemporaryRepository) {
        let original = try RepositoryLoader().load(path)
        let exported = ArchiMateExporter(modelName: original.config.name ?? "round trip", languages: original.config.languages).export(original.model)
        let result = try ArchiMateImporter().read(Array(exported.text.utf8), file: "export.xml")
        let folder = try TemporaryRepository()
        try SafeFileWriter(root: folder.path).write(ImportLayout.files(for: result, source: "export.xml", withConfig: true))
        return (original, try RepositoryLoader().load(folder.path), result, folder)
    }

    @Test(arguments: ArchiMateTestData.repositories)
    func exportThenImportGivesTheSameModel(_ path: String) throws {
        let trip = try Self.roundTrip(path)
        #expect(trip.imported.issues.isEmpty, "\(trip.imported.issues.prefix(5))")
        #expect(trip.imported.config.languages == trip.original.config.languages)
        let before = trip.original.model.byID
        let after = trip.imported.model.byID
        #expect(Set(after.keys) == Set(before.keys))
        for (id, element) in before {
            #expect(after[id] == element, "\(id) changed:\nbefore \(element.fields)\nafter  \(String(describing: after[id]?.fields))")
            #expect(after[id]?.isReference == element.isReference, "\(id) moved between model and reference")
        }
        // What came back is what the importer built, before and after YAML.
        #expect(trip.result.elements.count == before.count)
        for element in trip.result.elements { #expect(before[element.id] == element) }
        #expect(trip.result.report.unmappedElements.isEmpty && trip.result.report.unmappedRelationships.isEmpty)
    }

    @Test func awkwardNamesSurviveTheRoundTrip() throws {
        let repository = try TemporaryRepository([
            "eaf.yaml": "name: \"Quotes \\\" & <angles> #1\"\nlanguages: [ky, ru]\n",
            "model.yaml": """
            id: org.a
            kind: Organisation
            name: {ky: "Ведомство «А»: \\"кавычки\\" # не комментарий", ru: "Строка\\nвторая строка", en: "A & B <c> 'd'"}
            description: "tab\\there, cr\\r\\nlf, trailing space "
            properties: {"key: with colon": "value # hash", "Ключ": "значение"}
            ---
            id: org.b
            kind: Organisation
            name: "- looks like a list"
            tags: ["yes", "no", "null", "123", "[x]", "{y}", "&z", "*w", "!v", "%u", "@t", "`s`"]
            """,
        ])
        let trip = try Self.roundTrip(repository.path)
        #expect(trip.imported.issues.isEmpty, "\(trip.imported.issues)")
        for (id, element) in trip.original.model.byID {
            #expect(trip.imported.model[id] == element, "\(id) changed: \(String(describing: trip.imported.model[id]?.fields))")
        }
        #expect(try ArchiMateTestData.validate(ArchiMateExporter(modelName: "x").export(trip.original.model).text).status == 0)
    }

    /// Counts concepts in an exchange file with a plain text scan, independently of libxml2.
    static func countTypes(_ text: String, tag: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for piece in text.components(separatedBy: "<\(tag) ").dropFirst() {
            let head = piece.prefix { $0 != ">" }
            guard let range = head.range(of: "xsi:type=\"") else { continue }
            let type = head[range.upperBound...].prefix { $0 != "\"" }
            counts[String(type), default: 0] += 1
        }
        return counts
    }

    @Test func archisuranceImportAccountsForEveryConcept() throws {
        let path = ArchiMateTestData.folder + "/archisurance-exchange.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = try ArchiMateImporter().read(Array(text.utf8), file: "archisurance-exchange.xml")
        let report = result.report
        let elements = Self.countTypes(text, tag: "element")
        let relationships = Self.countTypes(text, tag: "relationship")
        #expect(elements.values.reduce(0, +) == 120 && relationships.values.reduce(0, +) == 178)

        // Per type, what became elements or fields plus what was unmapped is what the file holds.
        #expect(Set(report.elementCounts.keys) == Set(elements.keys))
        for (type, total) in elements {
            let count = try #require(report.elementCounts[type])
            #expect(count.total == total && count.imported + count.unmapped == total, "\(type): \(count)")
            #expect(report.unmappedElements.filter { $0.type == type }.count == count.unmapped)
        }
        #expect(Set(report.relationshipCounts.keys) == Set(relationships.keys))
        for (type, total) in relationships {
            let count = try #require(report.relationshipCounts[type])
            #expect(count.total == total && count.fields + count.elements + count.unmapped == total, "\(type): \(count)")
            #expect(report.unmappedRelationships.filter { $0.type == type }.count == count.unmapped)
        }
        #expect(result.elements.count == report.importedElements)

        // The mapped types become their kinds; the rest are listed.
        #expect(report.elementCounts["BusinessActor"]?.elements == [.organisation: 17])
        #expect(report.elementCounts["ApplicationComponent"]?.elements == [.informationSystem: 10])
        #expect(report.elementCounts["SystemSoftware"]?.elements == [.platform: 4])
        #expect(report.elementCounts["BusinessRole"]?.unmapped == 5)
        #expect(report.elementCounts["Principle"]?.unmapped == 9)
        #expect(report.relationshipCounts["Flow"]?.unmapped == 33, "flows without an Interface cannot be Exchanges")
        #expect(report.relationshipsAsFields > 0)
        #expect(report.markdown.contains("| BusinessActor | 17 | 17 Organisation | 0 |"))
        #expect(report.markdown.contains("| `id-528` | BusinessRole | Customer's Bank | no eaf kind for BusinessRole |"))
        #expect(report.views == 17)

        // Relationships that mean eaf fields become them.
        let financial = try #require(result.elements.first { $0.name == .translations(["en": "Financial Application"]) })
        #expect(financial.id == "id-1399")
        #expect(financial.reference("hosting") != nil)
        #expect(!financial.references("dependsOn").isEmpty)
        print(report.summary)
    }

    @Test func importsTheSmallSampleAndKeepsItsDocumentation() throws {
        let bytes = try #require(FileManager.default.contents(atPath: ArchiMateTestData.folder + "/sample1-exchange.xml"))
        let result = try ArchiMateImporter().read(Array(bytes), file: "sample1-exchange.xml")
        #expect(result.modelName == "Test")
        let process = try #require(result.elements.first)
        #expect(process.kind == .businessProcess && process.id == "id-89c22226")
        #expect(process.description == .plain("A description of the sell product process"))
        #expect(result.report.unmappedElements.map(\.type) == ["BusinessRole"])
        #expect(result.report.unmappedRelationships.map(\.type) == ["Assignment"])
    }

    @Test func refusesWhatIsNotAnExchangeFileOrCouldBeHostile() {
        #expect(throws: ArchiMateDocument.ReadError.self) {
            try ArchiMateImporter().read(Array("<model xmlns=\"urn:egeaf:model:1\"/>".utf8), file: "x.xml")
        }
        #expect(throws: ArchiMateDocument.ReadError.self) { try ArchiMateImporter().read(Array("<model".utf8), file: "x.xml") }
        let entity = """
        <?xml version="1.0"?>
        <!DOCTYPE model [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>&x;</name></model>
        """
        do {
            _ = try ArchiMateImporter().read(Array(entity.utf8), file: "x.xml")
            Issue.record("a DOCTYPE must be refused")
        } catch {
            #expect(error.message.hasPrefix("a DOCTYPE is not allowed"))
        }
    }

    @Test func identifiersBecomeSafeUniqueIDs() throws {
        let text = """
        <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
          <name>M</name>
          <elements>
            <element identifier="../../etc/passwd" xsi:type="BusinessActor"><name>Escape</name></element>
            <element identifier="ID_Upper.Case" xsi:type="BusinessActor"><name>Upper</name></element>
            <element identifier="id-upper.case" xsi:type="BusinessActor"><name>Lower</name></element>
            <element identifier="Кириллица" xsi:type="BusinessActor"><name>Кириллица</name></element>
          </elements>
        </model>
        """
        let result = try ArchiMateImporter().read(Array(text.utf8), file: "x.xml")
        #expect(result.elements.map(\.id).sorted() == ["element-4", "etc-passwd", "id-upper.case", "id-upper.case-2"])
        #expect(result.elements.allSatisfy { Identifier.isValid($0.id) })
        let files = ImportLayout.files(for: result, source: "x.xml", withConfig: false)
        #expect(files.allSatisfy { SafeFileWriter.isContained($0.path) && !$0.path.contains("..") })
        #expect(result.report.notes.count == 2, "\(result.report.notes)")
    }

    @Test func theWriterNeverOverwritesAndNeverLeavesItsFolder() throws {
        let folder = try TemporaryRepository(["model/organisation/a.yaml": "old"])
        let writer = SafeFileWriter(root: folder.path)
        #expect(throws: SafeFileWriter.Failure.exists(["model/organisation/a.yaml"])) {
            try writer.write([.init(path: "model/organisation/b.yaml", text: "b"), .init(path: "model/organisation/a.yaml", text: "new")])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/model/organisation/b.yaml"), "nothing is written when one file exists")
        #expect(try String(contentsOfFile: folder.path + "/model/organisation/a.yaml", encoding: .utf8) == "old")
        for path in ["../x.yaml", "/tmp/x.yaml", "a/../../x.yaml", "a//b.yaml", "./a.yaml", ""] {
            #expect(throws: SafeFileWriter.Failure.outside(path)) { try writer.write([.init(path: path, text: "x")]) }
        }
        // A folder on the way that is a link out of the target is not written through.
        let outside = try TemporaryRepository()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: outside.path)
        #expect(throws: SafeFileWriter.Failure.notAFolder(folder.path + "/linked")) {
            try writer.write([.init(path: "linked/x.yaml", text: "x")])
        }
        #expect((try FileManager.default.contentsOfDirectory(atPath: outside.path)).isEmpty)
        // A file that is a dangling link is an existing file, not a way out.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling.yaml", withDestinationPath: outside.path + "/created.yaml")
        #expect(throws: SafeFileWriter.Failure.exists(["dangling.yaml"])) { try writer.write([.init(path: "dangling.yaml", text: "x")]) }
        #expect(!FileManager.default.fileExists(atPath: outside.path + "/created.yaml"))
    }
}
