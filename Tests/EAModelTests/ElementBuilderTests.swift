@testable import EAGenerate
@testable import EAModel
import Testing

/// `ElementBuilder` must give exactly the elements `ElementDecoder` gives from the nodes of
/// a clean file (fields, their order, every position), and decline every file where the
/// decoder or the reader has something to report.
@Suite struct ElementBuilderTests {
    /// The loader's two ways with a YAML file: decoded as read, and through nodes.
    private func direct(_ bytes: [UInt8], file: String, isReference: Bool = false) -> [Element]? {
        RepositoryLoader(threads: 1).elementsAsRead(bytes, file: SourceFile(file), isReference: isReference)
    }

    private func decoded(_ bytes: [UInt8], file: String, isReference: Bool = false) -> (elements: [Element], issues: [LoadIssue]) {
        let result = RepositoryLoader(threads: 1).elementsThroughNodes(bytes, file: SourceFile(file), isReference: isReference)
        return (result.elements, result.issues)
    }

    /// Everything a user or a rule can see of an element, positions included.
    static func describe(_ element: Element) -> String { ElementTranscript.text(of: element) }

    /// Records a disagreement; returns whether the builder took the file.
    @discardableResult
    private func agrees(_ bytes: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let reference = decoded(bytes, file: name)
        guard let elements = direct(bytes, file: name) else { return false }
        #expect(reference.issues.isEmpty, "\(name): the decoder reports \(reference.issues.map(\.message)) where the builder took the file",
                sourceLocation: sourceLocation)
        #expect(elements.map(Self.describe) == reference.elements.map(Self.describe), "\(name): \(String(decoding: bytes, as: UTF8.self))",
                sourceLocation: sourceLocation)
        return true
    }

    private static let modelFiles = BlockYAMLReaderTests.corpus.filter {
        $0.name.hasPrefix("examples/") && $0.name.contains("/model/")
    }

    @Test func takesEveryModelFileOfTheNationalExampleAsTheDecoderReadsIt() {
        let national = Self.modelFiles.filter { $0.name.hasPrefix("examples/kyrgyz-egov/") }
        #expect(national.count > 20)
        for file in national {
            #expect(agrees(file.bytes, file.name), "\(file.name) is clean but was declined")
        }
    }

    @Test func agreesWithTheDecoderOnEveryYAMLFileOfTheProject() {
        var taken = 0
        for file in BlockYAMLReaderTests.corpus where agrees(file.bytes, file.name) { taken += 1 }
        #expect(taken >= Self.modelFiles.count)
    }

    /// A generated repository with planted violations: the builder takes the clean files and
    /// gives back every file the decoder has a word about, with the same elements otherwise.
    @Test func agreesWithTheDecoderOnAGeneratedRepository() throws {
        let generated = try RepositoryGenerator(.init(elements: 2000, seed: 5, xmlShare: 0, violationsPerRule: 3)).generate()
        var taken = 0
        var declinedWithIssues = 0
        let files = generated.files.filter { $0.path.hasSuffix(".yaml") && $0.path.hasPrefix("model/") }
        for file in files {
            let bytes = Array(file.text.utf8)
            if agrees(bytes, file.path) {
                taken += 1
            } else if !decoded(bytes, file: file.path).issues.isEmpty {
                declinedWithIssues += 1
            }
        }
        #expect(taken > files.count * 9 / 10, "took \(taken) of \(files.count)")
        #expect(declinedWithIssues > 0)
    }

    /// Model files changed the ways authors get them wrong: an unknown or repeated field, a
    /// value of the wrong type or shape, a missing field, a null, a kind after other fields.
    @Test func agreesWithTheDecoderOnMutatedModelFiles() {
        var random = SeededRandom(seed: 20_261_201)
        let seeds = Self.modelFiles.map(\.bytes).filter { $0.count < 6_000 }
        #expect(!seeds.isEmpty)
        let pieces = ["kind: Exchange\n", "kind: Nothing\n", "id: x\n", "id: Not An Id\n", "name: x\n", "owner: \n", "owner: ~\n",
                      "owner: [a, b]\n", "unknownField: 1\n", "lifecycle: retired\n", "lifecycle: sometime\n", "since: 2026-02-30\n",
                      "since: 2026-02-03\n", "url: not a url\n", "url: https://e.kg\n", "tags: []\n", "tags: {}\n", "- x\n", "  ky: Ж\n",
                      "  xx-yy-zz: a\n", "  1a: b\n", "  ru: null\n", "null", "~", "\"quoted\"", "[a]", "{a: b}", "|\n  text\n", " ", "\n",
                      "  ", "    ", ": ", "-", "1", "true", "0x10", "+1", "2.5", "personalData: true\n", "personalData: yes\n"]
            .map { Array($0.utf8) }
        func below(_ bound: Int) -> Int { random.below(max(bound, 1)) }
        var taken = 0
        var declined = 0
        let mutants = 4_000
        for number in 0..<mutants {
            var bytes = seeds[below(seeds.count)]
            for _ in 0...below(2) {
                // At the start of a line mostly, where fields begin.
                var at = below(bytes.count + 1)
                if below(4) > 0 { while at > 0 && bytes[at - 1] != UInt8(ascii: "\n") { at -= 1 } }
                switch below(3) {
                case 0: bytes.insert(contentsOf: pieces[below(pieces.count)], at: at)
                case 1:
                    var end = at
                    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    bytes.removeSubrange(at..<min(bytes.count, end + 1))
                default:
                    bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(6)))
                    bytes.insert(contentsOf: pieces[below(pieces.count)], at: at)
                }
            }
            if agrees(bytes, "mutant \(number)") { taken += 1 } else { declined += 1 }
        }
        // Both ways must be exercised.
        #expect(taken > mutants / 10, "took \(taken) of \(mutants)")
        #expect(declined > mutants / 10, "declined \(declined) of \(mutants)")
    }

    /// Fields are looked for after the last one found first; any order reads the same, and a
    /// field given twice is declined wherever the second one stands.
    @Test func takesFieldsInAnyOrderAndDeclinesARepeatAfterTheCursorWraps() {
        let inOrder = "id: grs.api\nkind: Interface\nname: API\nowner: grs\nlifecycle: production\nprovider: grs.ir\nvia: tunduk\nversion: \"1\"\n"
        let reversed = "id: grs.api\nkind: Interface\nversion: \"1\"\nvia: tunduk\nprovider: grs.ir\nlifecycle: production\nowner: grs\nname: API\n"
        let shuffled = "id: grs.api\nkind: Interface\nprovider: grs.ir\nname: API\nversion: \"1\"\nowner: grs\nvia: tunduk\nlifecycle: production\n"
        for (text, name) in [(inOrder, "in-order.yaml"), (reversed, "reversed.yaml"), (shuffled, "shuffled.yaml")] {
            #expect(agrees(Array(text.utf8), "model/" + name), "\(name) was declined")
        }

        // `name` again after the scan has wrapped past the end of Interface's fields.
        let repeated = "id: grs.api\nkind: Interface\nname: API\nversion: \"1\"\nname: Again\n"
        #expect(direct(Array(repeated.utf8), file: "model/repeated.yaml") == nil)
        #expect(decoded(Array(repeated.utf8), file: "model/repeated.yaml").issues.map(\.message).contains { $0.contains("name") })
    }

    /// A field before `kind` (other than `id`) is declined, a problem is declined, and the
    /// loader reads both files the general way: the same elements, and the decoder's issue.
    @Test func theLoaderReadsWhatTheBuilderDeclines() throws {
        let kindLast = "name: Ministry of Justice\nid: minjust\nkind: Organisation\n"
        let unknownField = "id: sts\nkind: Organisation\nname: STS\ncolour: blue\n"
        #expect(direct(Array(kindLast.utf8), file: "model/a.yaml") == nil)
        #expect(direct(Array(unknownField.utf8), file: "model/b.yaml") == nil)
        #expect(direct(Array("id: minjust\nkind: Organisation\nname: Ministry of Justice\n".utf8), file: "model/a.yaml") != nil)

        let repository = try TemporaryRepository(["model/a.yaml": kindLast, "model/b.yaml": unknownField])
        let loaded = try RepositoryLoader(threads: 1).load(repository.path)
        let expected = decoded(Array(kindLast.utf8), file: "model/a.yaml").elements + decoded(Array(unknownField.utf8), file: "model/b.yaml").elements
        #expect(loaded.model.elements.map(Self.describe) == expected.map(Self.describe))
        #expect(loaded.issues.map { "\($0.location) \($0.message)" } == ["model/b.yaml:4:1 unknown field 'colour' for Organisation"])
    }

    @Test func keepsWhetherTheFileIsReferenceMaterial() throws {
        let text = Array("id: law\nkind: LegalAct\nname: Law\n".utf8)
        let elements = try #require(direct(text, file: "reference/law.yaml", isReference: true))
        #expect(elements.map(Self.describe) == decoded(text, file: "reference/law.yaml", isReference: true).elements.map(Self.describe))
        #expect(elements.first?.isReference == true)
    }
}
