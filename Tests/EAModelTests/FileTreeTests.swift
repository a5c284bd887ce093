@testable import EAGenerate
@testable import EAModel
import Foundation
import Testing

@Suite struct FileTreeTests {
    /// The walk sorts each folder and enters sub-folders in place, with no sort of the
    /// whole list: the result must still be in the byte order of whole relative paths,
    /// where `a-c` (`-` is 0x2D) comes before `a/b` (`/` is 0x2F) and capitals before
    /// small letters, Latin before Cyrillic.
    @Test func filesComeOutInTheByteOrderOfTheirWholeRelativePaths() throws {
        let names = ["model/a-c.yaml", "model/a/b.yaml", "model/a/B/z.yml", "model/a.yaml", "model/B.yaml",
                     "model/Б.yaml", "model/б/в.yaml", "model/z/ä.yml", "model/x.YAML", "model/a0/c.xml",
                     "model/notes.txt", "model/.hidden.yaml", "model/.git/config.yaml", "model/yaml", "other.yaml"]
        let repository = try TemporaryRepository(Dictionary(uniqueKeysWithValues: names.map { ($0, "x: 1\n") }))
        let walk = FileTree.walk(repository.path + "/model", root: repository.path, boundary: repository.path,
                                 extensions: ["yaml", "yml", "xml"])
        let expected = ["model/B.yaml", "model/a-c.yaml", "model/a.yaml", "model/a/B/z.yml", "model/a/b.yaml",
                        "model/a0/c.xml", "model/x.YAML", "model/z/ä.yml", "model/Б.yaml", "model/б/в.yaml"]
        #expect(walk.files.map(\.relativePath) == expected)
        #expect(expected == expected.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(walk.files.map(\.path) == expected.map { repository.path + "/" + $0 })
        #expect(walk.refused.isEmpty)
    }

    /// A tree of agencies with systems below them, files at every level, names whose byte
    /// order is not their order as folders, and links: on several threads the walk
    /// shares out branches and must give the walk of one, file for file.
    @Test func theWalkOnManyThreadsIsTheWalkOnOne() throws {
        var files: [String: String] = ["model/top.yaml": "", "model/a-c.yaml": "", "model/Б.yaml": "", "model/notes.txt": ""]
        for agency in 0..<23 {
            let name = ["a", "a0", "B", "б", "z"][agency % 5] + "\(agency)"
            files["model/\(name).yaml"] = ""
            files["model/\(name)/agency.yaml"] = ""
            for system in 0..<3 {
                files["model/\(name)/s\(system)/system.yml"] = ""
                files["model/\(name)/s\(system)-x.xml"] = ""
                files["model/\(name)/s\(system)/deep/\(system).yaml"] = ""
            }
        }
        let repository = try TemporaryRepository(files)
        let outside = try TemporaryRepository(["secret.yaml": ""])
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/a0/s1/secret.yaml",
                                                   withDestinationPath: outside.path + "/secret.yaml")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/B2/same.yaml",
                                                   withDestinationPath: repository.path + "/model/top.yaml")
        func walk(threads: Int) -> [String] {
            let walk = FileTree.walk(repository.path + "/model", root: repository.path, boundary: repository.path,
                                     extensions: ["yaml", "yml", "xml"], threads: threads)
            return walk.files.map { "\($0.relativePath) \($0.path)" } + walk.refused.map { "\($0.relativePath): \($0.reason)" }
        }
        let one = walk(threads: 1)
        #expect(one.count == 4 + 23 * 2 + 23 * 9 + 1)
        #expect(one.last == "model/a0/s1/secret.yaml: is a symbolic link that leaves the repository; it is not followed")
        for threads in [2, 3, 8] {
            #expect(walk(threads: threads) == one, "\(threads) threads")
        }
        // Shared out, not walked again on one thread.
        let walker = FolderWalker(realBoundary: FileTree.realPath(repository.path)!, wanted: [".yaml", ".yml", ".xml"].map { Array($0.utf8) })
        #expect(walker.walkInParallel(repository.path + "/model", relativeFolder: "model", threads: 2) != nil)
    }

    /// A link to a folder lets two branches reach the same folder: the walk is done on one
    /// thread, and the folder is listed once, where the walk of one thread lists it.
    @Test func aLinkToAFolderSendsTheWalkBackToOneThread() throws {
        var files: [String: String] = [:]
        for agency in 0..<20 {
            files["model/agency\(agency)/system/system.yaml"] = ""
        }
        let repository = try TemporaryRepository(files)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/agency1/system/shared",
                                                   withDestinationPath: repository.path + "/model/agency7")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/agency18/loop",
                                                   withDestinationPath: repository.path + "/model")
        let walker = FolderWalker(realBoundary: FileTree.realPath(repository.path)!, wanted: [Array(".yaml".utf8)])
        #expect(walker.walkInParallel(repository.path + "/model", relativeFolder: "model", threads: 4) == nil)
        let one = FileTree.walk(repository.path + "/model", root: repository.path, boundary: repository.path, extensions: ["yaml"])
        let four = FileTree.walk(repository.path + "/model", root: repository.path, boundary: repository.path, extensions: ["yaml"], threads: 4)
        #expect(four.files == one.files)
        let paths = one.files.map(\.relativePath)
        #expect(paths.count == 20)
        // agency1 comes before agency7: the folder is listed through the link, and not again.
        #expect(paths.contains("model/agency1/system/shared/system/system.yaml"))
        #expect(!paths.contains("model/agency7/system/system.yaml"))
    }

    @Test func aWalkFromTheRootNamesFilesWithoutAPrefix() throws {
        let repository = try TemporaryRepository(["b.yaml": "", "a/c.yaml": ""])
        let walk = FileTree.walk(repository.path, root: repository.path, boundary: repository.path, extensions: ["yaml"])
        #expect(walk.files.map(\.relativePath) == ["a/c.yaml", "b.yaml"])
    }

    @Test func aDoctypeIsFoundWhereverItIsAndOnlyWhole() {
        #expect(LibXML.doctypeOffset(Array("<!DOCTYPE a>".utf8)) == 0)
        #expect(LibXML.doctypeOffset(Array("<?xml version=\"1.0\"?>\n<!-- ! --><!DOCTYPE a [ ]><a/>".utf8)) == 32)
        #expect(LibXML.doctypeOffset(Array("<a>!</a><!-- a --><!DOCTYP".utf8)) == nil)
        #expect(LibXML.doctypeOffset(Array("!<!DOCTYPE".utf8)) == 1)
        #expect(LibXML.doctypeOffset([]) == nil)
        let namespace = Array("urn:egeaf:model:1".utf8)
        #expect(LibXML.firstOffset(of: namespace, in: Array("<model xmlns=\"urn:egeaf:model:1\"/>".utf8)) == 14)
        #expect(LibXML.firstOffset(of: namespace, in: Array("urn:egeaf:model:1".utf8)) == 0)
        #expect(LibXML.firstOffset(of: namespace, in: Array("urn:urn:egeaf:model:".utf8)) == nil)
    }

    @Test func occurrencesAreCountedOnlyAsFarAsNeeded() {
        let bytes = Array("a=1 b=2 c=3 d=4".utf8)
        #expect(LibXML.occurrences(of: UInt8(ascii: "="), in: bytes, upTo: 10) == 4)
        #expect(LibXML.occurrences(of: UInt8(ascii: "="), in: bytes, upTo: 2) == 3)
        #expect(LibXML.occurrences(of: UInt8(ascii: "="), in: [], upTo: 2) == 0)
    }

    /// Model paths are joined to their file's folder and normalised; climbing above the
    /// start is refused (nil), dots inside names are kept.
    @Test func pathsAreNormalisedSegmentBySegment() {
        let cases: [(String, String?)] = [
            ("a/b/../c", "a/c"), ("./a//b/", "a/b"), ("a/./b/..", "a"), ("", ""), (".", ""), ("a/..", ""),
            ("model/grs/../../messages/p.xsd", "messages/p.xsd"), ("Папка/../схема.xsd", "схема.xsd"),
            ("..a/b", "..a/b"), ("a/.b", "a/.b"), ("a/...", "a/..."), ("a/b..", "a/b.."),
            ("../x", nil), ("a/../..", nil), ("a/../../b", nil), ("..", nil),
        ]
        for (path, expected) in cases {
            #expect(FileTree.normalise(path) == expected, "\(path)")
        }
    }

    @Test func aNULIsFoundAnywhereInAPath() {
        #expect(!FileTree.containsNUL("messages/схема.xsd"))
        #expect(!FileTree.containsNUL(""))
        #expect(FileTree.containsNUL("a\u{0}"))
        #expect(FileTree.containsNUL("\u{0}messages/a-long-enough-name-to-live-on-the-heap.xsd"))
    }

    @Test func theParentFolderIsFoundOnBytes() {
        #expect(FileTree.parentFolder(of: "a/b/c.yaml") == "a/b")
        #expect(FileTree.parentFolder(of: "c.yaml") == ".")
        #expect(FileTree.parentFolder(of: "/c.yaml") == "/")
        #expect(FileTree.parentFolder(of: "модель/орган/файл.yaml") == "модель/орган")
    }

    /// Files read by their path inside an open folder read as by their whole path, and
    /// fail the same way; a folder that is not one cannot be opened.
    @Test func filesReadInAnOpenFolderReadAsByTheirWholePath() throws {
        let repository = try TemporaryRepository(["model/a/b.yaml": "id: b\nname: Бишкек\n", "model/empty.yaml": ""])
        try FileManager.default.createDirectory(atPath: repository.path + "/model/folder.yaml", withIntermediateDirectories: false)
        let folder = try #require(OpenFolder(repository.path))
        for file in ["model/a/b.yaml", "model/empty.yaml", "model/missing.yaml", "model/folder.yaml"] {
            let inFolder = FileTree.read(file, in: folder)
            let whole = FileTree.read(repository.path + "/" + file)
            #expect("\(inFolder)" == "\(whole)", "\(file)")
        }
        #expect(try FileTree.read("model/a/b.yaml", in: folder).get() == Array("id: b\nname: Бишкек\n".utf8))
        #expect("\(FileTree.read("model/missing.yaml", in: folder))" == "failure(No such file or directory)")
        #expect("\(FileTree.read("model/folder.yaml", in: folder))" == "failure(not a regular file)")
        #expect(OpenFolder(repository.path + "/model/a/b.yaml") == nil)
        #expect(OpenFolder(repository.path + "/nowhere") == nil)
        // What has a name is told the same way, a link at the end not followed.
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/link.yaml", withDestinationPath: "a/b.yaml")
        let kinds = ["model/a/b.yaml", "model/a", "model/link.yaml", "model/missing.yaml", "model/link.yaml/x"].map {
            (FileTree.entryKind($0, in: folder), FileTree.entryKind(repository.path + "/" + $0))
        }
        #expect(kinds.map { "\($0.0.map { "\($0)" } ?? "nil")" } == ["regularFile", "other", "symbolicLink", "nil", "nil"])
        #expect(kinds.allSatisfy { $0.0 == $0.1 })
    }

    /// A path written in a model file is joined to the file's folder and normalised in one
    /// pass over both: it must give what normalising the joined text gives, and refuse
    /// every path that climbs above the start.
    @Test func joiningWhileNormalisingIsNormalisingTheJoinedPath() {
        #expect(FileTree.normalise("../messages/p.xsd", in: "model/grs") == "model/messages/p.xsd")
        #expect(FileTree.normalise("./a//b/../c/", in: ".") == "a/c")
        #expect(FileTree.normalise("../../x", in: "model") == nil)
        #expect(FileTree.normalise("..", in: "model") == "")
        #expect(FileTree.normalise("...", in: "a/..") == "...")
        // The reference: segments on a stack, `..` pops, empty and `.` are dropped.
        func reference(_ path: String) -> String? {
            var kept: [Substring] = []
            for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
                if segment.isEmpty || segment == "." { continue }
                if segment == ".." {
                    guard kept.popLast() != nil else { return nil }
                } else {
                    kept.append(segment)
                }
            }
            return kept.joined(separator: "/")
        }
        var random = SeededRandom(seed: 20_261_201)
        let parts = ["", ".", "..", "...", "a", "bc", "Бишкек", "x.xsd", ".hidden"]
        func draw() -> String {
            (0..<random.int(0...5)).map { _ in parts[random.below(parts.count)] }.joined(separator: "/")
        }
        for _ in 0..<4_000 {
            let folder = draw()
            let path = draw()
            #expect(FileTree.normalise(path, in: folder) == reference(folder + "/" + path), "\(folder) + \(path)")
        }
    }
}
