@testable import EAModel
import Foundation
import Testing

@Suite struct RepositoryLoaderTests {
    static let fixtures = TestPaths.inPackage("Tests/EAModelTests/Fixtures")

    @Test func yamlAndXMLLoadToTheSameModel() throws {
        let yaml = try RepositoryLoader().load(Self.fixtures + "/equivalence/yaml")
        let xml = try RepositoryLoader().load(Self.fixtures + "/equivalence/xml")
        #expect(yaml.issues.isEmpty, "\(yaml.issues)")
        #expect(xml.issues.isEmpty, "\(xml.issues)")
        #expect(yaml.model.elements.count == 16)
        let yamlByID = yaml.model.byID
        let xmlByID = xml.model.byID
        #expect(Set(yamlByID.keys) == Set(xmlByID.keys))
        for (id, element) in yamlByID {
            #expect(xmlByID[id] == element, "\(id) differs:\nYAML \(element.fields)\nXML  \(String(describing: xmlByID[id]?.fields))")
        }
        #expect(yaml.model.references.map(\.path) == yaml.model.references.map(\.path))
        #expect(Set(yaml.model.references.map { "\($0.source) \($0.path) \($0.target)" })
                == Set(xml.model.references.map { "\($0.source) \($0.path) \($0.target)" }))
    }

    @Test func everyBadFileGivesAFindingAndTheRestStillLoads() throws {
        let repository = try TemporaryRepository([
            "model/good.yaml": "id: grs\nkind: Organisation\nname: GRS\n",
            "model/malformed.yaml": "id: a\nname: [oops\n",
            "model/malformed.xml": "<model xmlns=\"urn:egeaf:model:1\"><organisation id=\"x\"></model>",
            "model/empty.yaml": "",
            "model/comments-only.yml": "# nothing here\n",
            "model/bomb.yaml": aliasBomb(),
            "model/other.xml": "<PersonRequest><pin>1</pin></PersonRequest>",
            "model/after.yaml": "id: sts\nkind: Organisation\nname: STS\n",
        ])
        try repository.write("model/latin1.yaml", bytes: Array("id: x\nname: ".utf8) + [0xE9, 0x0A])
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/gone.yaml", withDestinationPath: repository.path + "/nowhere.yaml")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/escape.yaml", withDestinationPath: "/etc/hostname")
        try FileManager.default.createDirectory(atPath: repository.path + "/model/folder.yaml", withIntermediateDirectories: true)
        try "id: nested\nkind: Organisation\nname: N\n".write(toFile: repository.path + "/model/folder.yaml/inside.yaml", atomically: true, encoding: .utf8)
        #expect(mkfifo(repository.path + "/model/pipe.yaml", 0o644) == 0)

        let loaded = try RepositoryLoader().load(repository.path)
        #expect(Set(loaded.model.byID.keys) == ["grs", "sts", "nested"])
        let byFile = Dictionary(grouping: loaded.issues, by: \.location.file).mapValues { $0.map(\.message) }
        #expect(byFile["model/malformed.yaml"]?.first?.hasPrefix("not well-formed YAML") == true)
        #expect(byFile["model/malformed.xml"]?.first?.hasPrefix("not well-formed XML") == true)
        #expect(byFile["model/empty.yaml"] == ["the file holds no YAML document; add an element or delete the file"])
        #expect(byFile["model/comments-only.yml"] == ["the file holds no YAML document; add an element or delete the file"])
        #expect(byFile["model/bomb.yaml"]?.first?.contains("alias bomb") == true)
        #expect(byFile["model/latin1.yaml"]?.first?.contains("save the file as UTF-8") == true)
        #expect(byFile["model/gone.yaml"] == ["model/gone.yaml is a broken or looping symbolic link"])
        #expect(byFile["model/escape.yaml"] == ["model/escape.yaml is a symbolic link that leaves the repository; it is not followed"])
        #expect(byFile["model/pipe.yaml"] == ["cannot be read: not a regular file"])
        #expect(byFile["model/other.xml"] == nil)
        #expect(loaded.issues.allSatisfy { $0.category == .malformed })
    }

    @Test func aTenMegabyteFileLoadsAndAnOversizedOneIsRefused() throws {
        var text = ""
        var count = 0
        while text.utf8.count < 10 * 1024 * 1024 {
            text += "id: org.\(count)\nkind: Organisation\nname: {ky: Уюм \(count), ru: Организация \(count)}\ndescription: \(String(repeating: "x", count: 150))\n---\n"
            count += 1
        }
        let repository = try TemporaryRepository(["model/big.yaml": text])
        let loaded = try RepositoryLoader().load(repository.path)
        #expect(loaded.issues.isEmpty)
        #expect(loaded.model.elements.count == count)

        let huge = try TemporaryRepository(["model/ok.yaml": "id: o\nkind: Organisation\nname: O\n"])
        let handle = try #require(FileHandle(forWritingAtPath: { try? huge.write("model/huge.yaml", ""); return huge.path + "/model/huge.yaml" }()))
        try handle.truncate(atOffset: UInt64(FileTree.maxFileSize + 1))
        try handle.close()
        let refused = try RepositoryLoader().load(huge.path)
        #expect(refused.issues.map(\.message) == ["cannot be read: the file is 64 MiB, over the 64 MiB limit; split it"])
        #expect(refused.model.byID["o"] != nil)
    }

    /// `café` with a composed `é` and with an `e` and a combining accent are equal
    /// `String`s but two files (and two folders): both are read, on one thread and on two,
    /// with two model folders (where the loader keeps the names it has seen).
    @Test func namesOfTheSameTextWrittenTwoWaysAreTwoFiles() throws {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        let repository = try TemporaryRepository([
            "eaf.yaml": "name: Test\nmodel: [model/, more/]\n",
            "more/x.yaml": "id: x\nkind: Organisation\nname: X\n",
        ])
        try repository.write("model/\(composed).yaml", "id: a\nkind: Organisation\nname: A\n")
        try repository.write("model/\(decomposed).yaml", "id: b\nkind: Organisation\nname: B\n")
        try repository.write("model/\(composed)/c.yaml", "id: c\nkind: Organisation\nname: C\n")
        try repository.write("model/\(decomposed)/d.yaml", "id: d\nkind: Organisation\nname: D\n")
        for threads in [1, 2] {
            let loaded = try RepositoryLoader(threads: threads).load(repository.path)
            #expect(loaded.issues.isEmpty, "\(loaded.issues)")
            #expect(Set(loaded.model.byID.keys) == ["a", "b", "c", "d", "x"], "threads: \(threads)")
            let files = loaded.model.elements.map { Array($0.location.file.utf8) }
            #expect(files.contains(Array("model/\(decomposed).yaml".utf8)) && files.contains(Array("model/\(composed).yaml".utf8)))
        }
    }

    @Test func readsTheConfigAndItsFolders() throws {
        let repository = try TemporaryRepository([
            "eaf.yaml": "name: Test\nmodel: [model/]\nreference: [../ref-\(UUID().uuidString)]\nlanguages: [ky, ru]\n",
            "model/a.yaml": "id: a\nkind: Organisation\nname: A\n",
            "elsewhere/b.yaml": "id: b\nkind: Organisation\nname: B\n",
        ])
        let loaded = try RepositoryLoader().load(repository.path)
        #expect(loaded.config.name == "Test")
        #expect(loaded.config.languages == ["ky", "ru"])
        #expect(Set(loaded.model.byID.keys) == ["a"], "only the model folders are read")
        #expect(loaded.issues.map(\.message).count == 1)
        #expect(loaded.issues.first?.message.hasPrefix("reference folder '../ref-") == true)
        #expect(loaded.issues.first?.location.line == 3)
    }

    @Test func referenceFoldersResolveButAreMarked() throws {
        let reference = try TemporaryRepository(["standards/xml.yaml": "id: std.xml\nkind: Standard\nname: XML\n"])
        let repository = try TemporaryRepository([
            "eaf.yaml": "model: [model]\nreference: [\(reference.path)]\n",
            "model/s.yaml": "id: s\nkind: InformationSystem\nname: S\nstandards: [std.xml]\n",
            "model/standards.yaml": "id: std.json\nkind: Standard\nname: JSON\n---\nid: std.xml\nkind: Standard\nname: XML again\n",
        ])
        let loaded = try RepositoryLoader().load(repository.path)
        #expect(loaded.model["std.xml"]?.isReference == true)
        #expect(loaded.model["s"]?.isReference == false)
        #expect(loaded.isReference(file: try #require(loaded.model["std.xml"]).location.file))
        // By kind, in source order (the reference folder sorts first here), duplicates included;
        // without reference material when asked.
        #expect(loaded.model.elements(of: .standard).map { "\($0.id) \($0.isReference)" } == ["std.xml true", "std.json false", "std.xml false"])
        #expect(loaded.model.elements(of: .standard, includingReference: false).map(\.location.line) == [1, 5])
        #expect(loaded.model.elements(of: .informationSystem, includingReference: false).map(\.id) == ["s"])
        #expect(loaded.model.elements(of: .project).isEmpty && loaded.model.elements(of: .project, includingReference: false).isEmpty)
    }

    @Test func refusesWhatCannotBeRead() throws {
        #expect(throws: RepositoryError.self) { try RepositoryLoader().load("/nonexistent-\(UUID().uuidString)") }
        let empty = try TemporaryRepository(["README.md": "nothing"])
        #expect(throws: RepositoryError.self) { try RepositoryLoader().load(empty.path) }
        let badConfig = try TemporaryRepository(["eaf.yaml": "model: [oops\n", "a.yaml": "id: a\nkind: Organisation\nname: A\n"])
        do {
            _ = try RepositoryLoader().load(badConfig.path)
            Issue.record("a malformed eaf.yaml must stop the run")
        } catch {
            #expect(error.description.hasPrefix("eaf.yaml:2:1: not well-formed YAML"))
        }
    }

    @Test func theResultDoesNotDependOnThreads() throws {
        let one = try RepositoryLoader(threads: 1).load(Self.fixtures + "/equivalence/yaml")
        let many = try RepositoryLoader(threads: 4).load(Self.fixtures + "/equivalence/yaml")
        #expect(one.model.elements.map(\.location) == many.model.elements.map(\.location))
    }

    private func aliasBomb() -> String {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        return text
    }
}
