@testable import EAModel
import Foundation
import Testing

@Suite struct YAMLWriterTests {
    /// Reads one YAML document back as eaf would.
    private func readBack(_ text: String) throws -> (element: Element, issues: [LoadIssue]) {
        let read = YAMLReader().read(Array(text.utf8), file: "x.yaml")
        #expect(read.issues.isEmpty, "\(read.issues)\n\(text)")
        let document = try #require(read.documents.first)
        let decoded = ElementDecoder(file: "x.yaml").decode(ParsedDocument(root: document))
        return (try #require(decoded.element, "\(decoded.issues)\n\(text)"), decoded.issues)
    }

    @Test func everyFixtureElementReadsBackTheSame() throws {
        let repository = try RepositoryLoader().load(TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml"))
        for element in repository.model.elements {
            let text = YAMLWriter.document(element)
            let back = try readBack(text)
            #expect(back.issues.isEmpty, "\(back.issues)\n\(text)")
            #expect(back.element == element, "\(element.id) differs after writing:\n\(text)")
        }
    }

    static let awkward = [
        "", " ", "plain words", "Калкты каттоо реестри", "Реестр «населения» — 2024", "say \"hi\"", "it's", "a: b", "a:b", "key:",
        "# not a comment", "a #b", "a#b", "- item", "-", "?", "[x]", "{a: 1}", "&anchor", "*alias", "!tag", "%YAML", "@at", "`tick`",
        "|", ">", "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "~", "NULL", "1", "007", "1.0", "1e3", "0x1F",
        ".inf", "-.5", "+1", "2024-01-01", "12:30", "line\nbreak", "trailing\n", "\ttab", "tab\tinside", " leading", "trailing ",
        "back\\slash", "control\u{01}char", "bell\u{07}", "del\u{7F}", "nel\u{85}", "sep\u{2028}arator", "para\u{2029}", "bom\u{FEFF}",
        "nbsp\u{A0}x", "e\u{301}", "emoji 🇰🇬", "中文", "a,b", "a, b", "C:\\path", "http://x.example/a?b=c#d", "'single'", "\"",
    ]

    @Test func awkwardStringsSurviveInEveryPlace() throws {
        for (index, text) in Self.awkward.enumerated() {
            let element = Element(
                id: "e\(index)", kind: .dataEntity,
                name: .translations(["ky": text, "ru": text + "!"]),
                location: SourceLocation(file: "x.yaml", line: 1, column: 1),
                fields: [
                    "id": Field(.string("e\(index)"), at: .init(file: "", line: 0, column: 0)),
                    "name": Field(.text(.translations(["ky": text, "ru": text + "!"])), at: .init(file: "", line: 0, column: 0)),
                    "description": Field(.text(.plain(text)), at: .init(file: "", line: 0, column: 0)),
                    "tags": Field(.list([Field(.string(text), at: .init(file: "", line: 0, column: 0)), Field(.string("b"), at: .init(file: "", line: 0, column: 0))]), at: .init(file: "", line: 0, column: 0)),
                    "properties": Field(.dictionary(text.isEmpty ? [] : [DictionaryEntry(key: text, value: Field(.string(text), at: .init(file: "", line: 0, column: 0)))]), at: .init(file: "", line: 0, column: 0)),
                    "attributes": Field(.list([Field(.record(Record(fields: [
                        "name": Field(.string(text), at: .init(file: "", line: 0, column: 0)),
                        "type": Field(.string("string"), at: .init(file: "", line: 0, column: 0)),
                        "description": Field(.text(.translations(["en": text])), at: .init(file: "", line: 0, column: 0)),
                    ], location: .init(file: "", line: 0, column: 0))), at: .init(file: "", line: 0, column: 0))]), at: .init(file: "", line: 0, column: 0)),
                ])
            let text = YAMLWriter.document(element, comments: ["awkward \(index)\nsecond line"])
            let back = try readBack(text)
            #expect(back.issues.isEmpty, "\(back.issues)\n\(text)")
            #expect(back.element == element, "string #\(index) \(Self.awkward[index].debugDescription) changed:\n\(text)")
        }
    }

    @Test func plainOnlyWhenNothingElseCouldBeRead() {
        #expect(YAMLWriter.scalar("grs.population-register") == "grs.population-register")
        #expect(YAMLWriter.scalar("Реестр населения") == "Реестр населения")
        #expect(YAMLWriter.scalar("136") == "\"136\"")
        #expect(YAMLWriter.scalar("no") == "\"no\"")
        #expect(YAMLWriter.scalar("a: b") == "\"a: b\"")
        #expect(YAMLWriter.scalar("line\nbreak") == "\"line\\nbreak\"")
    }

    @Test func fieldsComeInMetamodelOrderWithShortListsInline() throws {
        let repository = try RepositoryLoader().load(TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml"))
        let system = try #require(repository.model["grs.population-register"])
        #expect(YAMLWriter.document(system) == """
        id: grs.population-register
        kind: InformationSystem
        name: Population register
        owner: grs
        operator: grs
        hosting: platform.cloud
        holds:
          - entity: core.person
            role: master
        dependsOn: [platform.cloud]
        standards: [std.iso-8601]
        securityClass: confidential
        baseRegistry: true

        """)
    }
}
