@testable import EAModel
import Foundation
import Testing

@Suite struct XMLModelReaderTests {
    private func read(_ text: String) -> XMLModelReader.Result {
        XMLModelReader().read(Array(text.utf8), file: "m.xml")
    }

    @Test func theGeneratedSchemaCompiles() {
        #expect(ModelSchemaHolder.shared.schema != nil)
    }

    @Test func theCommittedSchemaIsTheGeneratedOne() {
        #expect(Golden.check(ModelXMLSchema.text, against: "schemas/egeaf-model-1.xsd") == nil,
                "schemas/egeaf-model-1.xsd is out of date with the metamodel")
    }

    @Test func givesLinesAndColumnsOfElementsAndAttributes() throws {
        let result = read("""
        <model xmlns="urn:egeaf:model:1">
          <organisation id="grs"
                        type="agency"><name>GRS</name></organisation>
        </model>
        """)
        #expect(result.issues.isEmpty && result.schemaIssues.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.impliedKind == .organisation)
        #expect(document.root.position == TextPosition(line: 2, column: 3))
        guard case .mapping(let entries) = document.root.content else { return }
        #expect(entries.map(\.key.scalar) == ["id", "type", "name"])
        #expect(entries[1].key.position == TextPosition(line: 3, column: 17))
        #expect(entries[2].key.position == TextPosition(line: 3, column: 31))
    }

    @Test func otherVocabulariesAreNotModelFiles() {
        let result = read("<PersonRequest xmlns=\"urn:x\"><pin>1</pin></PersonRequest>")
        #expect(!result.isModelFile)
        #expect(!read("<broken").isModelFile, "a broken file that does not name the model namespace is not ours")
    }

    @Test func reportsMalformedModelFiles() {
        let result = read("<model xmlns=\"urn:egeaf:model:1\">\n  <organisation id=\"x\">\n</model>\n")
        #expect(result.isModelFile)
        #expect(result.issues.count == 1)
        #expect(result.issues[0].message.hasPrefix("not well-formed XML: Opening and ending tag mismatch"))
        #expect(result.issues[0].location.line == 3)
    }

    @Test func refusesDoctypesWithoutExpandingAnything() {
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE model [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
         <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
        <model xmlns="urn:egeaf:model:1"><organisation id="o"><name>&c;&x;</name></organisation></model>
        """
        let result = read(laughs)
        #expect(result.documents.isEmpty)
        #expect(result.issues.map(\.message) == ["a DOCTYPE is not allowed in model files (it could define entities); remove it"])
        #expect(result.issues.first?.location.line == 2)
    }

    @Test func theSchemaCatchesWhatTheDecoderCannotSee() {
        let result = read("""
        <model xmlns="urn:egeaf:model:1">
          <organisation id="o"><name>O<b>bold</b></name></organisation>
        </model>
        """)
        #expect(result.schemaIssues.count == 1)
        #expect(result.schemaIssues.first?.message.contains("Element 'b': This element is not expected") == true)
        #expect(result.schemaIssues.first?.location == SourceLocation(file: "m.xml", line: 2, column: 31))
    }
}
