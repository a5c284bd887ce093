@testable import EAGenerate
@testable import EAModel
import Foundation
import Testing

/// `BlockYAMLReader` must give exactly libyaml's nodes, positions and quoting, or decline.
@Suite struct BlockYAMLReaderTests {
    private func fast(_ bytes: [UInt8]) -> [Node]? {
        bytes.withUnsafeBufferPointer { BlockYAMLReader.read($0, maxDepth: 256) }
    }

    private func fast(_ text: String) -> [Node]? { fast(Array(text.utf8)) }

    /// Records a difference from libyaml; returns whether the fast reader took the input.
    @discardableResult
    private func agrees(_ bytes: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let documents = fast(bytes) else { return false }
        let reference = YAMLReader().readWithLibYAML(bytes, file: name)
        #expect(reference.issues.isEmpty, "\(name): libyaml reports \(reference.issues.map(\.message)) where the fast reader read \(documents.count) documents", sourceLocation: sourceLocation)
        #expect(reference.documents == documents, "\(name): \(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        return true
    }

    /// Every YAML file the project holds: examples, fixtures, regressions, fuzz seeds.
    static let corpus: [(name: String, bytes: [UInt8])] = {
        let root = TestPaths.packageRoot
        var files: [(String, [UInt8])] = []
        for folder in ["examples", "architecture", "Tests", "fuzz/corpus/yaml", "fuzz/corpus/config"] {
            guard let walk = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            for case let relative as String in walk {
                let path = folder + "/" + relative
                let isYAML = path.hasSuffix(".yaml") || path.hasSuffix(".yml") || folder.hasPrefix("fuzz/")
                guard isYAML, let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
                files.append((path, Array(data)))
            }
        }
        return files.sorted { $0.0 < $1.0 }
    }()

    /// Scalars are copied from the text without validating their UTF-8 again: each must
    /// still be exactly its bytes, and equal and hash like the same text made any other way
    /// (Cyrillic, Kyrgyz letters, a four-byte emoji, plain ASCII; keys, plain, quoted and
    /// flow scalars).
    @Test func scalarsAreTheirBytesAndHashLikeAnyOtherString() throws {
        let expected = ["id", "кок-кайың.аймак", "name", "Жети-Өгүз айыл өкмөтү 🏔", "plain", "ascii only", "list", "ө", "ң", "ü"]
        let text = "id: кок-кайың.аймак\nname: \"Жети-Өгүз айыл өкмөтү 🏔\"\nplain: ascii only\nlist: [ө, 'ң', ü]\n"
        let documents = try #require(fast(text))
        guard case .mapping(let entries) = try #require(documents.first).content else {
            Issue.record("not a mapping")
            return
        }
        var scalars: [String] = []
        for entry in entries {
            scalars.append(try #require(entry.key.scalar))
            switch entry.value.content {
            case .scalar(let value, _): scalars.append(value)
            case .sequence(let items): scalars += items.compactMap(\.scalar)
            case .mapping: Issue.record("unexpected mapping")
            }
        }
        #expect(scalars == expected)
        #expect(scalars.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        #expect(Set(scalars) == Set(expected))
        #expect(scalars.map(\.hashValue) == expected.map(\.hashValue))
    }

    @Test func agreesWithLibYAMLOnEveryFileOfTheProject() {
        var taken = 0
        for file in Self.corpus where agrees(file.bytes, file.name) { taken += 1 }
        #expect(Self.corpus.count > 100)
        #expect(taken * 2 > Self.corpus.count, "the fast reader took only \(taken) of \(Self.corpus.count) files")
    }

    @Test func readsEveryModelFileOfTheNationalExample() {
        let model = Self.corpus.filter { $0.name.hasPrefix("examples/kyrgyz-egov/model/") }
        #expect(model.count > 20)
        for file in model {
            #expect(fast(file.bytes) != nil, "\(file.name) went to libyaml")
        }
    }

    @Test func readsFilesSavedWithWindowsLineEnds() {
        let model = Self.corpus.filter { $0.name.hasPrefix("examples/kyrgyz-egov/model/") }
        for file in model {
            var crlf: [UInt8] = []
            for byte in file.bytes {
                if byte == 0x0A { crlf.append(0x0D) }
                crlf.append(byte)
            }
            #expect(agrees(crlf, file.name + " with CR LF"), "\(file.name) with CR LF went to libyaml")
        }
        // A CR on its own is a line break to libyaml, not to this reader.
        #expect(fast("a: b\rc: d\n") == nil)
        #expect(fast("a: b\r") == nil)
        #expect(fast("a: |\r\n  x\r\n  y\r\nb: c\r\n") != nil)
        agrees(Array("a: |\r\n  x\r\n  y\r\nb: >-\r\n  p\r\n  q\r\n".utf8), "block scalars with CR LF")
    }

    @Test func agreesWithLibYAMLOnMutatedFiles() {
        var random = SeededRandom(seed: 20_261_130)
        let seeds = Self.corpus.filter { fast($0.bytes) != nil && $0.bytes.count < 4_000 }.map(\.bytes) + (Self.taken + Self.declined).map { Array($0.utf8) }
        let pieces = [" ", "  ", "\n", "- ", "-", ": ", ":", "#", " #", "'", "\"", "''", "\\", "\\n", "\\u00e9", "[", "]", "{", "}",
                      ",", ", ", "&a ", "*a", "!", "!!str ", "|", ">", "? ", "%", "@", "---\n", "--- ", "...\n", "\t", "\r\n",
                      "Ж", "é", "\u{85}", "\u{FEFF}", "x", "k: v\n", "  - ", "\n  ", "\n    ", "null", "~"].map { Array($0.utf8) }
        func below(_ bound: Int) -> Int { random.below(max(bound, 1)) }
        var taken = 0
        let mutants = 12_000
        for number in 0..<mutants {
            var bytes = seeds[below(seeds.count)]
            for _ in 0...below(3) {
                let at = below(bytes.count + 1)
                switch below(3) {
                case 0: bytes.insert(contentsOf: pieces[below(pieces.count)], at: at)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(3)))
                default:
                    bytes.removeSubrange(at..<min(bytes.count, at + 1))
                    bytes.insert(contentsOf: pieces[below(pieces.count)], at: at)
                }
            }
            if agrees(bytes, "mutant \(number)") { taken += 1 }
        }
        // The mutations must exercise the fast reader, not only its refusals.
        #expect(taken > mutants / 5, "the fast reader took \(taken) of \(mutants) mutants")
    }

    /// Shapes the reader takes, each checked against libyaml.
    static let taken = [
        "id: a\nname:\n  ky: Кыргыз\n  ru: \"Киргиз\"\nlist: [x, 'y', \"z\"]\n",
        "# comment\n\nid: a   # trailing\nkind: Interface\n\n\n",
        "id: a\n---\nid: b\n--- # second\nid: c\n",
        "---\nid: a\n",
        "  id: indented\n  kind: Root\n",
        "a:\n- x\n- y\nb:\n  - z\n  -   w\nc: v\n",
        "messages:\n  - name: a\n    direction: request\n  -   name: b\n      carries: [p, q]\n  - name: c\n",
        "- a: 1\n  b:\n  - x\n  - y\n- c\n-\n- d:\n",
        "a:\nb: ''\nc: ' '\nd: ~\ne: null\nf:\n",
        "key: 'it''s'\nother: \"say \\\"hi\\\" \\\\ \\/ \\n \\t\"\n",
        "nested: {a: [b, {c: d}], e: {}, f: []}\n",
        "url: http://example.org/a#b\ntime: 10:30\nhash: a#b\nbrackets: a [b] {c}, d\n",
        "\"quoted key\": 1\n'single': 2\nplain key: 3\n",
        "name: {ky: \"Бейтап: маалымат\", ru: 'Пациент', en: Patient lookup}\nnext: Ж [x, y]\n",
        "a:\n  b:\n    c:\n      d: e\n  f: g\nh: i\n",
        "a: 1\n  # a comment indented more\nb: 2\n",
        "- [a, b]\n- {c: d}\n- 'e'\n- f\n",
        "key: value with spaces   \nk2:    spaced\n",
        "-\n  a: b\n-\n  - c\n",
        "a: >-\n  folded\n  text\n\n  para\nb: |\n    literal\n    text\n\n\nc: >\n  x\n# c\nd:\n- no\n",
        "- |-\n  a\n- >\n  b\n  c\n-   k: |\n      d\n    j: e\n",
        "a: >-\n  end without a break",
        "description:\n  en: Long text\n    continued here   \n\n    after a blank\n\n\n    two # comment\n  ru: x\n",
        "- a\n  b\n- c\n   d\n- k:\n  - e\n    f\n",
        "k:\n- e\n  f\nj: g\n",
        "k: v\n  # comment\nj: w\n\n  x\n",
        "- k: v\n    w\n  j: u\n",
        "a: x\n   y\n",
        "a: |\n  text\n",
    ]

    /// Shapes it leaves to libyaml: what it does not read, and what libyaml rejects.
    static let declined = [
        "a: -1\nb: ?x\nc: :y\n",
        "a: &anchor x\nb: *anchor\n",
        "a: \"multi\n  line\"\n",
        "a: b: c\n",
        "a: 1\na: 2\n",
        "[a, b]\n",
        "{a: b}\n",
        "a: [b,\n  c]\n",
        "a : b\n",
        "...\n",
        "%YAML 1.1\n---\na: b\n",
        "- - a\n",
        "a:\n  b\n",
        "a: 'x' y\n",
        "",
        "# only a comment\n",
        "a: [b, ]\n",
        "a: {b: }\n",
        "a: {b}\n",
        "a: [b: c]\n",
        "a: [http://x]\n",
        "a: !!str 1\n",
        "a: x\n  - y\n",
        "a:\tb\n",
        "a: b\rc: d\n",
        "\u{FEFF}a: b\n",
        "a: \"\\u00e9\"\n",
        "# only\n",
        "id: a\n---\n",
        "scalar\n",
        "a: b\n c: d\n",
        "a: x\u{85}y\n",
        "a: |+\n  kept\n\n",
        "a: |2\n  x\n",
        "a: >\n  x\n    more\n",
        "a: |\n\n  x\n",
        "a: |\n  x\n   \n  y\n",
        "a: |\nb: c\n",
    ]

    @Test func agreesWithLibYAMLOnEveryShape() {
        for (number, shape) in (Self.taken + Self.declined).enumerated() { agrees(Array(shape.utf8), "shape \(number)") }
    }

    @Test func takesTheCommonShapesOfModelFiles() {
        for shape in Self.taken {
            #expect(fast(shape) != nil, "declined: \(shape)")
        }
    }

    @Test func leavesEverythingElseToLibYAML() {
        for text in Self.declined {
            #expect(fast(text) == nil, "taken: \(text)")
        }
        // Keys past libyaml's 1,024-character limit for simple keys.
        let long = String(repeating: "k", count: 1_100)
        for text in [long + ": v\n", "'" + long + "': v\n", "a: {" + long + ": v}\n"] {
            #expect(fast(text) == nil)
            agrees(Array(text.utf8), "long key")
        }
        #expect(fast([0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A]) == nil)
        #expect(fast([0x61, 0x3A, 0x20, 0xC0, 0x80, 0x0A]) == nil)
    }

    @Test func acceptsOnlyTextLibYAMLReadsTheSameWay() {
        // Every ASCII byte at every place of a word, for the eight-bytes-at-a-time test.
        for value in UInt8(0)...0x7F {
            for offset in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
                bytes[offset] = value
                let plain = bytes.withUnsafeBufferPointer { BlockYAMLReader.isPlainText($0) }
                #expect(plain == (value == 0x0A || (0x20...0x7E).contains(value)), "byte \(value) at \(offset)")
            }
        }
        let accepted = ["Кыргыз", "é", "\u{A0}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{10FFFF}"]
        let refused = ["\u{85}", "\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}"]
        for text in accepted + refused {
            let bytes = Array(("key: " + text + "\n").utf8)
            let plain = bytes.withUnsafeBufferPointer { BlockYAMLReader.isPlainText($0) }
            #expect(plain == accepted.contains(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for broken: [UInt8] in [[0xC3, 0x28], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0xFF]] {
            let plain = (Array("key: ".utf8) + broken).withUnsafeBufferPointer { BlockYAMLReader.isPlainText($0) }
            #expect(!plain, "\(broken)")
        }
    }

    /// Cyrillic is checked four letters at a time: every two-byte scalar, run together at
    /// every place of a word, is accepted exactly when it is printable (from U+00A0), and a
    /// lead or continuation byte out of place anywhere in a run of letters is refused.
    @Test func runsOfTwoByteLettersAreCheckedWordByWord() {
        for value in UInt32(0x80)...0x7FF {
            let letter = String(UnicodeScalar(value)!)
            for prefix in 0..<8 {
                let bytes = Array((String(repeating: "a", count: prefix) + String(repeating: letter, count: 9)).utf8)
                let plain = bytes.withUnsafeBufferPointer { BlockYAMLReader.isPlainText($0) }
                #expect(plain == (value >= 0xA0), "U+\(String(value, radix: 16)) after \(prefix) bytes")
            }
        }
        let word = Array("ЖЖЖЖЖЖЖЖЖЖЖЖ".utf8)
        for place in word.indices {
            for bad: UInt8 in [0x41, 0x96, 0xD0, 0xC0, 0xFF] {
                var bytes = word
                bytes[place] = bad
                // An ASCII letter in place of a lead leaves its continuation byte alone; a
                // lead in place of a continuation byte starts a letter without one; a
                // continuation byte in place of a lead has none before it.
                let expected = bytes == word
                let plain = bytes.withUnsafeBufferPointer { BlockYAMLReader.isPlainText($0) }
                #expect(plain == expected, "\(bad) at \(place)")
            }
        }
    }

    @Test func givesNodesAtLibYAMLsPositions() throws {
        let documents = try #require(fast("id: a\nname: {ky: Кыргыз, ru: 'Киргиз'}\nlist:\n- x\nempty:\n"))
        guard case .mapping(let entries) = try #require(documents.first).content,
              case .mapping(let names) = entries[1].value.content else { Issue.record("not mappings"); return }
        #expect(names.map(\.value.position) == [TextPosition(line: 2, column: 12), TextPosition(line: 2, column: 24)])
        #expect(names.map(\.value.content) == [.scalar("Кыргыз", quoted: false), .scalar("Киргиз", quoted: true)])
        #expect(entries[2].value.position == TextPosition(line: 4, column: 1))
        // An empty value sits just after its colon, as libyaml puts it.
        #expect(entries[3].value.content == .scalar("", quoted: false))
        #expect(entries[3].value.position == TextPosition(line: 5, column: 7))
    }

    @Test func keepsTheDepthLimit() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        #expect(fast("a: " + deep) == nil)
        let read = YAMLReader().read(Array(("a: " + deep).utf8), file: "m.yaml")
        #expect(read.issues.first?.message.contains("deeper than 256") == true)
    }
}
