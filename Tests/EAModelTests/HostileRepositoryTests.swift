@testable import EAModel
import Foundation
import Testing

/// Repositories written by an attacker: each hostile file must end in a clear finding or a
/// clean refusal, quickly, and never hide the good file beside it. The files are made at
/// test time in temporary folders (sparse where large), so nothing big is committed.
///
/// Bounds (README, Security): every case loads in well under the time asserted here in a
/// debug build; no file is read past 64 MiB; nesting stops at 256 levels.
@Suite struct HostileRepositoryTests {
    /// The good file every hostile repository also holds; it must always load.
    static let good = "id: good\nkind: Organisation\nname: Good\n"

    /// A repository with the good file, loaded within `seconds`.
    private func load(_ repository: TemporaryRepository, threads: Int = 2, within seconds: Double = 20,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Repository {
        let start = Date()
        let loaded = try RepositoryLoader(threads: threads).load(repository.path)
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < seconds, "loading took \(elapsed) s", sourceLocation: sourceLocation)
        #expect(loaded.model["good"] != nil, "the good file beside the hostile one must load", sourceLocation: sourceLocation)
        return loaded
    }

    private func messages(_ repository: Repository, _ file: String) -> [String] {
        repository.issues.filter { $0.location.file == file }.map(\.message)
    }

    // MARK: Links

    @Test func linksThatLeaveTheRepositoryOrLoopAreReportedAndNotFollowed() throws {
        let outside = try TemporaryRepository(["secret.yaml": "id: secret\nkind: Organisation\nname: Secret\n",
                                               "folder/inside.yaml": "id: stolen\nkind: Organisation\nname: Stolen\n"])
        let repository = try TemporaryRepository(["model/good.yaml": Self.good])
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: repository.path + "/model/secret.yaml", withDestinationPath: outside.path + "/secret.yaml")
        try fm.createSymbolicLink(atPath: repository.path + "/model/away", withDestinationPath: outside.path + "/folder")
        try fm.createSymbolicLink(atPath: repository.path + "/model/relative.yaml", withDestinationPath: "../../" + URL(fileURLWithPath: outside.path).lastPathComponent + "/secret.yaml")
        // A folder that links to its own parent, and one that links to the repository root.
        try fm.createSymbolicLink(atPath: repository.path + "/model/loop", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: repository.path + "/model/root", withDestinationPath: repository.path)
        // A link to itself, and two links to each other.
        try fm.createSymbolicLink(atPath: repository.path + "/model/self.yaml", withDestinationPath: "self.yaml")
        try fm.createSymbolicLink(atPath: repository.path + "/model/ping.yaml", withDestinationPath: "pong.yaml")
        try fm.createSymbolicLink(atPath: repository.path + "/model/pong.yaml", withDestinationPath: "ping.yaml")

        let loaded = try load(repository)
        #expect(Set(loaded.model.byID.keys) == ["good"], "nothing from outside is read, and the loops add nothing twice")
        let leaves = "is a symbolic link that leaves the repository; it is not followed"
        #expect(messages(loaded, "model/secret.yaml") == ["model/secret.yaml " + leaves])
        #expect(messages(loaded, "model/relative.yaml") == ["model/relative.yaml " + leaves])
        #expect(messages(loaded, "model/away") == ["model/away " + leaves])
        for name in ["self", "ping", "pong"] {
            #expect(messages(loaded, "model/\(name).yaml") == ["model/\(name).yaml is a broken or looping symbolic link"])
        }
        #expect(loaded.files == ["model/good.yaml"])
    }

    @Test func aModelFolderOrConfigThatLinksOutIsRefused() throws {
        let outside = try TemporaryRepository(["stolen.yaml": "id: stolen\nkind: Organisation\nname: Stolen\n",
                                               "eaf.yaml": "model: [.]\n"])
        let repository = try TemporaryRepository(["eaf.yaml": "model: [model, linked]\n", "model/good.yaml": Self.good])
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/linked", withDestinationPath: outside.path)
        let loaded = try load(repository)
        #expect(loaded.model["stolen"] == nil)
        #expect(messages(loaded, "linked") == ["linked is a symbolic link that leaves the repository; it is not followed"])

        // eaf.yaml decides what is read: one that links out of the repository stops the run.
        let linkedConfig = try TemporaryRepository(["model/good.yaml": Self.good])
        try FileManager.default.createSymbolicLink(atPath: linkedConfig.path + "/eaf.yaml", withDestinationPath: outside.path + "/eaf.yaml")
        let linked = #expect(throws: RepositoryError.self) { try RepositoryLoader().load(linkedConfig.path) }
        #expect(linked?.description.hasPrefix("eaf.yaml:1:1: is a symbolic link that leaves the repository") == true, "\(String(describing: linked))")
        // So does one that is a FIFO, which would otherwise block the run.
        let fifoConfig = try TemporaryRepository(["model/good.yaml": Self.good])
        #expect(mkfifo(fifoConfig.path + "/eaf.yaml", 0o644) == 0)
        let fifo = #expect(throws: RepositoryError.self) { try RepositoryLoader().load(fifoConfig.path) }
        #expect(fifo?.description.hasPrefix("eaf.yaml:1:1: cannot be read: not a regular file") == true, "\(String(describing: fifo))")
    }

    // MARK: Special files

    @Test func aFIFOAndAFolderNamedLikeAModelFile() throws {
        let repository = try TemporaryRepository(["model/good.yaml": Self.good,
                                                  "model/folder.yaml/inside.yml": "id: inside\nkind: Organisation\nname: Inside\n"])
        #expect(mkfifo(repository.path + "/model/pipe.yaml", 0o644) == 0)
        #expect(mkfifo(repository.path + "/model/pipe.xml", 0o644) == 0)
        let loaded = try load(repository)
        #expect(messages(loaded, "model/pipe.yaml") == ["cannot be read: not a regular file"])
        #expect(messages(loaded, "model/pipe.xml") == ["cannot be read: not a regular file"])
        #expect(loaded.model["inside"] != nil, "a folder named *.yaml is a folder: its files are read")
    }

    @Test func namesThatAreNotUTF8AreReported() throws {
        let repository = try TemporaryRepository(["model/good.yaml": Self.good])
        // Made with the POSIX calls and raw bytes: Swift strings cannot hold such names.
        let model = Array((repository.path + "/model/").utf8)
        let file = model + Array("bad-".utf8) + [0xFF, 0xFE] + Array(".yaml".utf8)
        try writeRaw(file, Array("id: hidden\nkind: Organisation\nname: Hidden\n".utf8))
        let folder = model + [0xC3, 0x28]
        #expect(mkdirRaw(folder) == 0)
        try writeRaw(folder + Array("/inner.yaml".utf8), Array("id: inner\nkind: Organisation\nname: Inner\n".utf8))
        // Not a model file: not reported.
        try writeRaw(model + [0xFF] + Array(".png".utf8), [0x89, 0x50])

        let loaded = try load(repository)
        let reported = loaded.issues.filter { $0.message.contains("not valid UTF-8") }
        #expect(reported.count == 2, "\(loaded.issues)")
        #expect(reported.map(\.location.file).sorted() == ["model/bad-\u{FFFD}\u{FFFD}.yaml", "model/\u{FFFD}("])
        #expect(loaded.model["hidden"] == nil && loaded.model["inner"] == nil)
    }

    // MARK: Size and shape

    @Test func aTwoHundredMegabyteFileIsRefusedUnread() throws {
        let repository = try TemporaryRepository(["model/good.yaml": Self.good, "model/huge.yaml": ""])
        // Sparse: the file claims 200 MB and takes no space; reading it would still take seconds.
        #expect(truncate(repository.path + "/model/huge.yaml", 200 * 1024 * 1024) == 0)
        let loaded = try load(repository, within: 5)
        #expect(messages(loaded, "model/huge.yaml") == ["cannot be read: the file is 200 MiB, over the 64 MiB limit; split it"])
    }

    @Test func tenThousandLevelsOfNestingEndInAFinding() throws {
        let depth = 10_000
        let flow = "id: deep\nkind: Organisation\nname: Deep\nproperties: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let mapping = "id: deeper\nkind: Organisation\nname: Deeper\nproperties: " + String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth) + "\n"
        let xml = "<model xmlns=\"urn:egeaf:model:1\">" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</model>"
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let repository = try TemporaryRepository(["model/good.yaml": Self.good, "model/flow.yaml": flow, "model/mapping.yaml": mapping,
                                                  "model/deep.xml": xml, "model/deep.json.yaml": json])
        let loaded = try load(repository, within: 10)
        for file in ["model/flow.yaml", "model/mapping.yaml", "model/deep.json.yaml"] {
            #expect(messages(loaded, file) == ["nesting is deeper than 256 levels; flatten the document"], "\(file)")
        }
        #expect(messages(loaded, "model/deep.xml").first?.hasPrefix("not well-formed XML") == true, "\(messages(loaded, "model/deep.xml"))")
    }

    @Test func aOneMegabyteLineLoadsOrEndsInAFinding() throws {
        let long = String(repeating: "ж", count: 512 * 1024)
        let repository = try TemporaryRepository([
            "model/good.yaml": Self.good,
            "model/long.yaml": "{id: long, kind: Organisation, name: Long, description: \(long)}",
            "model/garbage.yaml": "id: [" + String(repeating: "x, ", count: 350_000),
            "model/long.xml": "<model xmlns=\"urn:egeaf:model:1\"><organisation id=\"long-xml\" type=\"agency\"><name>\(long)</name></organisation></model>",
            "model/long-id.yaml": "id: " + String(repeating: "a", count: 1024 * 1024) + "\nkind: Organisation\nname: A\nparent: " + String(repeating: "b", count: 1024 * 1024) + "\n",
        ])
        let loaded = try load(repository, within: 20)
        #expect(loaded.model["long"]?.fields["description"] != nil)
        #expect(loaded.model["long-xml"] != nil)
        #expect(messages(loaded, "model/garbage.yaml").first?.hasPrefix("not well-formed YAML") == true)
        #expect(loaded.model.elements.contains { $0.id.utf8.count == 1024 * 1024 })
    }

    // MARK: Bytes

    @Test func nulBytesAndOtherControlCharactersEndInAFinding() throws {
        let repository = try TemporaryRepository(["model/good.yaml": Self.good])
        try repository.write("model/nul.yaml", bytes: Array("id: nul\nkind: Organisation\nname: A".utf8) + [0] + Array("B\n".utf8))
        try repository.write("model/nul.xml", bytes: Array("<model xmlns=\"urn:egeaf:model:1\"><organisation id=\"n\">".utf8) + [0] + Array("</organisation></model>".utf8))
        try repository.write("model/bell.yaml", bytes: Array("id: bell\nkind: Organisation\nname: ".utf8) + [7] + [0x0A])
        let loaded = try load(repository)
        #expect(messages(loaded, "model/nul.yaml").first?.contains("control characters are not allowed") == true, "\(messages(loaded, "model/nul.yaml"))")
        #expect(messages(loaded, "model/nul.xml").first?.hasPrefix("not well-formed XML") == true, "\(messages(loaded, "model/nul.xml"))")
        #expect(messages(loaded, "model/bell.yaml").first?.contains("control characters are not allowed") == true)
        #expect(loaded.model["nul"] == nil)
    }

    @Test func aByteOrderMarkAndCRLFLineEndsReadAsUsual() throws {
        let repository = try TemporaryRepository(["model/good.yaml": Self.good])
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        try repository.write("model/bom.yaml", bytes: bom + Array("id: bom\r\nkind: Organisation\r\nname: BOM\r\nlifecycle: nonsense\r\n".utf8))
        try repository.write("model/bom.xml", bytes: bom + Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<model xmlns=\"urn:egeaf:model:1\">\r\n  <organisation id=\"bom-xml\" lifecycle=\"nonsense\">\r\n<name>X</name></organisation>\r\n</model>\r\n".utf8))
        // UTF-16 with its byte-order mark is also YAML (libyaml reads it).
        try repository.write("model/utf16.yaml", bytes: [0xFF, 0xFE] + Array("id: wide\nkind: Organisation\nname: Wide\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let loaded = try load(repository)
        #expect(loaded.model["bom"] != nil && loaded.model["bom-xml"] != nil && loaded.model["wide"] != nil)
        // Positions count CRLF as one line end and the mark as no column.
        #expect(loaded.issues.first { $0.location.file == "model/bom.yaml" }.map { "\($0.location.line):\($0.location.column)" } == "4:12")
        #expect(loaded.issues.first { $0.location.file == "model/bom.xml" }?.location.line == 3)
    }

    // MARK: XML

    @Test func anXMLModelWithADoctypeIsRefusedUnparsed() throws {
        let outside = try TemporaryRepository(["secret.txt": "the secret"])
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE model [
              <!ENTITY a "ha">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
              <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
            ]>
            <model xmlns="urn:egeaf:model:1"><organisation id="laughs"><name>&i;</name></organisation></model>
            """
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE model SYSTEM "file://\(outside.path)/secret.txt" [
              <!ENTITY secret SYSTEM "file://\(outside.path)/secret.txt">
            ]>
            <model xmlns="urn:egeaf:model:1"><organisation id="xxe"><name>&secret;</name></organisation></model>
            """
        let xinclude = """
            <model xmlns="urn:egeaf:model:1" xmlns:xi="http://www.w3.org/2001/XInclude">
              <organisation id="xi"><name>X</name><description><xi:include href="file://\(outside.path)/secret.txt" parse="text"/></description></organisation>
            </model>
            """
        let repository = try TemporaryRepository(["model/good.yaml": Self.good, "model/laughs.xml": laughs,
                                                  "model/external.xml": external, "model/xinclude.xml": xinclude])
        let loaded = try load(repository, within: 5)
        #expect(messages(loaded, "model/laughs.xml") == ["a DOCTYPE is not allowed in model files (it could define entities); remove it"])
        #expect(messages(loaded, "model/external.xml") == ["a DOCTYPE is not allowed in model files (it could define entities); remove it"])
        #expect(loaded.issues.first { $0.location.file == "model/laughs.xml" }?.location.line == 2)
        #expect(loaded.model["laughs"] == nil && loaded.model["xxe"] == nil)
        // XInclude is never processed: the element loads, and the include is a schema violation, not the secret.
        #expect(!loaded.issues.contains { $0.message.contains("the secret") })
        #expect(loaded.model["xi"].map { "\($0.fields)".contains("the secret") } != true)
    }

    /// libxml2 checks a tag's attributes for repeats pairwise: 100,000 attributes (1 MB)
    /// took minutes. Such a tag is refused before libxml2 sees it.
    @Test func aTagWithAHundredThousandAttributesIsRefusedUnparsed() throws {
        let attributes = (0..<100_000).map { " a\($0)=\"\"" }.joined()
        let repository = try TemporaryRepository([
            "model/good.yaml": Self.good,
            "model/flood.xml": "<model xmlns=\"urn:egeaf:model:1\">\n<organisation id=\"flood\"\(attributes)/></model>",
            "model/not-a-model.xml": "<message\(attributes)/>",
            "model/fine.xml": "<model xmlns=\"urn:egeaf:model:1\"><!-- a=1 b=2 --><organisation id=\"fine\" type=\"agency\" x:y='=' xmlns:x=\"urn:x\"><name>a=b</name></organisation></model>",
        ])
        let loaded = try load(repository, within: 5)
        #expect(messages(loaded, "model/flood.xml") == [LibXML.attributeFloodMessage(257)])
        #expect(loaded.issues.first { $0.location.file == "model/flood.xml" }.map { "\($0.location.line):\($0.location.column)" } == "2:1")
        #expect(messages(loaded, "model/not-a-model.xml").isEmpty)
        #expect(loaded.model["fine"] != nil)
        #expect(LibXML.attributeFlood(Array("<a \(String(repeating: "b=\"=\" ", count: 256))/>".utf8)) == nil)
    }

    // MARK: Many files

    /// 100,000 small files, written with POSIX calls so that the set-up takes seconds. Every
    /// file is accounted for, and loading grows linearly: ten times the files may take at
    /// most forty times as long (a quadratic walk or merge would take a hundred times).
    @Test func aHundredThousandTinyFilesAreAllAccountedFor() throws {
        let repository = try TemporaryRepository(["model/good.yaml": Self.good])
        func fill(_ folder: String, count: Int) throws {
            for index in 0..<count {
                let directory = "\(folder)/d\(index / 1000)"
                if index % 1000 == 0 { try FileManager.default.createDirectory(atPath: repository.path + "/" + directory, withIntermediateDirectories: true) }
                try writeRaw(Array("\(repository.path)/\(directory)/e\(index).yaml".utf8),
                             Array("id: \(folder).e\(index)\nkind: Organisation\nname: E\(index)\n".utf8))
            }
        }
        try fill("small", count: 10_000)
        try FileManager.default.createDirectory(atPath: repository.path + "/large", withIntermediateDirectories: true)
        try fill("large", count: 100_000)
        try "model: [model, small]\n".write(toFile: repository.path + "/eaf.yaml", atomically: true, encoding: .utf8)
        let smallStart = Date()
        let small = try load(repository, within: 60)
        let smallTime = Date().timeIntervalSince(smallStart)
        #expect(small.model.elements.count == 10_001)

        try "model: [model, large]\n".write(toFile: repository.path + "/eaf.yaml", atomically: true, encoding: .utf8)
        let largeStart = Date()
        let large = try load(repository, within: 60)
        let largeTime = Date().timeIntervalSince(largeStart)
        #expect(large.issues.isEmpty, "\(large.issues.prefix(3))")
        #expect(large.files.count == 100_001)
        #expect(large.model.elements.count == 100_001)
        #expect(Set(large.model.elements.map(\.id)).count == 100_001)
        #expect(largeTime < 40 * max(smallTime, 0.05), "10,000 files: \(smallTime) s; 100,000 files: \(largeTime) s")
    }
}

/// Writes a file whose path is given as raw bytes (which need not be UTF-8).
func writeRaw(_ path: [UInt8], _ bytes: [UInt8]) throws {
    let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    }
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw POSIXError(.EIO) }
}

/// Makes a folder whose path is given as raw bytes.
func mkdirRaw(_ path: [UInt8]) -> Int32 {
    (path + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) }
    }
}
