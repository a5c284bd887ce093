@testable import EAModel
import Testing

@Suite struct YAMLReaderTests {
    private func read(_ text: String) -> YAMLReader.Result {
        YAMLReader().read(Array(text.utf8), file: "m.yaml")
    }

    @Test func keepsPositionsOfEveryNode() throws {
        let result = read("id: a\nname:\n  ky: Кыргыз\n  ru: Киргиз\nlist: [x, 'y']\n")
        #expect(result.issues.isEmpty)
        let root = try #require(result.documents.first)
        guard case .mapping(let entries) = root.content else { Issue.record("not a mapping"); return }
        #expect(entries.map(\.key.scalar) == ["id", "name", "list"])
        #expect(entries[1].value.position == TextPosition(line: 3, column: 3))
        guard case .mapping(let names) = entries[1].value.content else { Issue.record("name not a mapping"); return }
        // Columns count characters, not UTF-8 bytes.
        #expect(names[0].value.position == TextPosition(line: 3, column: 7))
        guard case .sequence(let items) = entries[2].value.content else { Issue.record("list not a sequence"); return }
        #expect(items.map(\.position) == [TextPosition(line: 5, column: 8), TextPosition(line: 5, column: 11)])
        guard case .scalar(_, let quoted) = items[1].content else { return }
        #expect(quoted)
    }

    @Test func readsEveryDocumentOfAStream() {
        let result = read("id: a\n---\nid: b\n---\n")
        #expect(result.documents.count == 3)
        #expect(result.documents[2].isNull)
    }

    @Test func reportsRepeatedKeysAndKeepsTheFirst() throws {
        let result = read("id: a\nname: first\nname: second\n")
        #expect(result.issues.map(\.category) == [.duplicateKey])
        #expect(result.issues.first?.location == SourceLocation(file: "m.yaml", line: 3, column: 1))
        #expect(result.issues.first?.related == [SourceLocation(file: "m.yaml", line: 2, column: 1)])
        guard case .mapping(let entries) = try #require(result.documents.first).content else { return }
        #expect(entries.map { $0.value.scalar } == ["a", "first"])
    }

    @Test func expandsAliases() throws {
        let result = read("base: &b [x, y]\ncopy: *b\n")
        #expect(result.issues.isEmpty)
        guard case .mapping(let entries) = try #require(result.documents.first).content,
              case .sequence(let items) = entries[1].value.content else { Issue.record("no alias copy"); return }
        #expect(items.compactMap(\.scalar) == ["x", "y"])
    }

    @Test func stopsAnAliasBombQuickly() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let result = read(text)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.category == .malformed)
        #expect(result.issues.first?.message.contains("alias bomb") == true)
    }

    @Test func boundsNesting() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = read(text)
        #expect(result.issues.first?.message.contains("deeper than 256") == true)
    }

    @Test func reportsSyntaxErrorsAtTheParsersPosition() {
        let result = read("id: a\nname: [unclosed\n")
        #expect(result.issues.count == 1)
        #expect(result.issues[0].category == .malformed)
        #expect(result.issues[0].location.line == 3)
        #expect(result.issues[0].message.hasPrefix("not well-formed YAML"))
    }

    @Test func reportsInvalidUTF8AtItsLine() {
        var bytes = Array("id: a\nname: ".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        let result = YAMLReader().read(bytes, file: "m.yaml")
        #expect(result.issues.count == 1)
        #expect(result.issues[0].location.line == 2)
        #expect(result.issues[0].message.contains("UTF-8"))
    }

    @Test func acceptsAByteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id: a\r\nname: b\r\n".utf8)
        let result = YAMLReader().read(bytes, file: "m.yaml")
        #expect(result.issues.isEmpty)
        guard case .mapping(let entries) = try #require(result.documents.first).content else { return }
        #expect(entries[1].key.position == TextPosition(line: 2, column: 1))
        #expect(entries[1].value.scalar == "b")
    }
}
