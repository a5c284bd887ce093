@testable import EAModel
import Testing

@Suite struct ElementDecoderTests {
    private func decode(_ text: String) -> ElementDecoder.Result {
        let parsed = YAMLReader().read(Array(text.utf8), file: "m.yaml")
        return ElementDecoder(file: "m.yaml").decode(ParsedDocument(root: parsed.documents[0]))
    }

    @Test func resolvesScalarsByTheDeclaredType() throws {
        let result = decode("""
        id: std.x
        kind: Standard
        name: X
        version: 1.0
        """)
        #expect(result.issues.isEmpty)
        #expect(try #require(result.element).string("version") == "1.0")
        let system = try #require(decode("id: s\nkind: InformationSystem\nname: S\nbaseRegistry: 'true'\n").element)
        #expect(system.boolean("baseRegistry") == true)
    }

    @Test func suggestsTheNearestFieldName() {
        let result = decode("id: s\nkind: InformationSystem\nname: S\nhostng: p\n")
        #expect(result.issues.map(\.message) == ["unknown field 'hostng' for InformationSystem; did you mean 'hosting'?"])
        #expect(result.issues.first?.location == SourceLocation(file: "m.yaml", line: 4, column: 1))
        #expect(result.element != nil, "the element is kept so references to it resolve")
    }

    @Test func reportsMissingRequiredFields() {
        let result = decode("id: x.exchange\nkind: Exchange\nname: E\n")
        #expect(result.issues.map(\.message).sorted() == [
            "missing required field 'consumer' for Exchange: the id of an InformationSystem",
            "missing required field 'interface' for Exchange: the id of an Interface",
        ])
    }

    @Test func rejectsValuesOutsideTheirTypes() {
        let result = decode("""
        id: p
        kind: Project
        name: P
        status: activ
        start: 2026-13-01
        funding: [{source: donor, amount: lots}]
        owner: Not An Id
        """)
        #expect(result.issues.map(\.message) == [
            "field 'status' must be one of proposed, active, completed, cancelled, not 'activ'; did you mean 'active'?",
            "field 'start' must be a date (YYYY-MM-DD), not '2026-13-01'",
            "field 'amount' must be a number, not 'lots'",
            "field 'owner' must be the id of an Organisation, not 'Not An Id'; ids use lower-case letters, digits, '.' and '-'",
        ])
        #expect(result.issues.map(\.location.line) == [4, 5, 6, 7])
    }

    @Test func rejectsABadIdAndKeepsNoElement() {
        let result = decode("id: Bad_Id\nkind: Organisation\nname: O\n")
        #expect(result.element == nil)
        #expect(result.issues.count == 1)
        let unknownKind = decode("id: o\nkind: Organization\nname: O\n")
        #expect(unknownKind.issues.first?.message.hasPrefix("unknown kind 'Organization'; did you mean 'Organisation'?") == true)
    }

    @Test func readsLocalizedText() throws {
        let element = try #require(decode("id: o\nkind: Organisation\nname: {ky: Салык, ru: Налог}\n").element)
        #expect(element.name == .translations(["ky": "Салык", "ru": "Налог"]))
        #expect(element.label(["ru"]) == "Налог")
        let bad = decode("id: o\nkind: Organisation\nname: {Kyrgyz: Салык}\n")
        #expect(bad.issues.first?.message == "'Kyrgyz' is not a language code such as ky, ru or en")
    }
}
