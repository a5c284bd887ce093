@testable import EAModel
import Foundation
import Testing

/// Paths written in the model resolve against the folder of the file that writes them,
/// however often and in whatever order the rules ask.
@Suite struct ModelPathTests {
    @Test func theSameTextResolvesByTheFolderThatWritesIt() throws {
        let folder = try TemporaryRepository([
            "model/a/interfaces.yaml": """
                id: a.api
                kind: Interface
                name: A
                messages:
                  - name: Request
                    schema: request.xsd
                """,
            "model/b/interfaces.yaml": """
                id: b.api
                kind: Interface
                name: B
                messages:
                  - name: Request
                    schema: request.xsd
                  - name: Again
                    schema: ./request.xsd
                  - name: Up
                    schema: ../a/request.xsd
                  - name: Out
                    schema: ../../../request.xsd
                """,
            "model/a/request.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>",
        ])
        let repository = try RepositoryLoader(threads: 1).load(folder.path)
        let paths = ["a.api", "b.api"].flatMap { repository.model[$0]?.paths ?? [] }
        #expect(paths.map(\.text) == ["request.xsd", "request.xsd", "./request.xsd", "../a/request.xsd", "../../../request.xsd"])
        let expected: [ModelPath.Resolution] = [
            .file(path: repository.path(of: "model/a/request.xsd"), relative: "model/a/request.xsd"),
            .missing(relative: "model/b/request.xsd"),
            .missing(relative: "model/b/request.xsd"),
            .file(path: repository.path(of: "model/a/request.xsd"), relative: "model/a/request.xsd"),
            .outside,
        ]
        // In order, in reverse, and again: each answer is its own path's.
        #expect(paths.map(repository.resolve) == expected)
        #expect(paths.reversed().map(repository.resolve) == expected.reversed())
        #expect(paths.map(repository.resolve) == expected)
    }

    /// Two files whose names are the same Unicode text written two ways (`café` with a
    /// composed `é` and with `e` and a combining accent) are two files: a path written
    /// with each spelling resolves to its own, one by one and in a batch, and again from
    /// what was kept.
    @Test func pathsSpeltTwoWaysResolveToTheirOwnFiles() throws {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        let folder = try TemporaryRepository([
            "model/api.yaml": """
                id: api
                kind: Interface
                name: API
                messages:
                  - name: One
                    schema: \(composed).xsd
                  - name: Two
                    schema: \(decomposed).xsd
                """,
        ])
        try folder.write("model/\(composed).xsd", "<s/>")
        try folder.write("model/\(decomposed).xsd", "<s/>")
        let expected = [Array("model/\(composed).xsd".utf8), Array("model/\(decomposed).xsd".utf8)]
        func relatives(_ resolved: [ModelPath.Resolution]) -> [[UInt8]] {
            resolved.map { resolution in
                guard case .file(_, let relative) = resolution else { return [] }
                return Array(relative.utf8)
            }
        }
        for threads in [0, 1, 2] {
            let repository = try RepositoryLoader(threads: 1).load(folder.path)
            let paths = repository.model["api"]?.paths ?? []
            #expect(relatives(threads == 0 ? paths.map(repository.resolve) : repository.resolve(paths, threads: threads)) == expected,
                    "\(threads) threads")
            #expect(relatives(paths.reversed().map(repository.resolve)) == expected.reversed(), "\(threads) threads, again")
        }
    }

    /// The message rules' paths are resolved in one batch on several threads, each
    /// thread with tables of its own: every answer is the one `resolve` gives a path on
    /// its own, links and all, and `resolve` then answers from what the batch kept.
    @Test func aBatchOnManyThreadsResolvesAsOneByOne() throws {
        var files = ["model/api.yaml": "", "outside.txt": ""]
        var texts: [String] = ["/etc/passwd", "../../x.xsd", "a\u{0}b.xsd", "linked.xsd", "away.xsd", "folder-link.xsd", "dangling.xsd"]
        for index in 0..<40 {
            files["messages/m\(index % 7)/schema-\(index).xsd"] = "<s/>"
            texts.append("../messages/m\(index % 7)/schema-\(index).xsd")
            texts.append("../messages/m\(index % 7)/./missing-\(index).xml")
            texts.append("../messages/m\(index % 3)/../m\(index % 7)/schema-\(index).xsd")
        }
        let folder = try TemporaryRepository(files)
        let outside = try TemporaryRepository(["secret.xsd": "<s/>"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/model/linked.xsd", withDestinationPath: folder.path + "/messages/m1/schema-1.xsd")
        try manager.createSymbolicLink(atPath: folder.path + "/model/away.xsd", withDestinationPath: outside.path + "/secret.xsd")
        try manager.createSymbolicLink(atPath: folder.path + "/model/folder-link.xsd", withDestinationPath: folder.path + "/messages")
        try manager.createSymbolicLink(atPath: folder.path + "/model/dangling.xsd", withDestinationPath: folder.path + "/nowhere.xsd")
        let location = SourceLocation(file: "model/api.yaml", line: 1, column: 1)
        let paths = texts.map { ModelPath(text: $0, location: location, fieldPath: "messages[0].schema") }
        let oneByOne = try RepositoryLoader(threads: 1).load(folder.path)
        let expected = paths.map(oneByOne.resolve)
        #expect(Array(expected.prefix(7)) == [.outside, .outside, .outside,
                                               .file(path: oneByOne.path(of: "model/linked.xsd"), relative: "model/linked.xsd"),
                                               .outside, .missing(relative: "model/folder-link.xsd"), .missing(relative: "model/dangling.xsd")])
        #expect(expected[7] == .file(path: oneByOne.path(of: "messages/m0/schema-0.xsd"), relative: "messages/m0/schema-0.xsd"))
        for threads in [1, 2, 4] {
            let repository = try RepositoryLoader(threads: 1).load(folder.path)
            #expect(repository.resolve(paths, threads: threads) == expected, "\(threads) threads")
            #expect(paths.map(repository.resolve) == expected)
        }
    }

    /// A file that is no link is inside the repository exactly when its folder really is:
    /// every folder on the way may be a link, into the repository or out of it, and a
    /// folder below a link is where the link leads.
    @Test func filesInLinkedFoldersResolveByWhereTheFoldersLead() throws {
        let folder = try TemporaryRepository([
            "model/api.yaml": "",
            "messages/real/deep/schema.xsd": "<s/>",
        ])
        let outside = try TemporaryRepository(["secret.xsd": "<s/>", "deep/secret.xsd": "<s/>"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/messages/in", withDestinationPath: folder.path + "/messages/real")
        try manager.createSymbolicLink(atPath: folder.path + "/messages/out", withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: folder.path + "/messages/root", withDestinationPath: "../")
        try manager.createSymbolicLink(atPath: folder.path + "/messages/real/up", withDestinationPath: outside.path + "/deep")
        let texts = ["../messages/in/deep/schema.xsd", "../messages/out/secret.xsd", "../messages/out/deep/secret.xsd",
                     "../messages/root/messages/real/deep/schema.xsd", "../messages/real/up/secret.xsd",
                     "../messages/real/deep/schema.xsd", "../messages/in/deep/missing.xsd"]
        let location = SourceLocation(file: "model/api.yaml", line: 1, column: 1)
        let paths = texts.map { ModelPath(text: $0, location: location, fieldPath: "messages[0].schema") }
        for threads in [0, 1, 2] {
            let repository = try RepositoryLoader(threads: 1).load(folder.path)
            let expected: [ModelPath.Resolution] = [
                .file(path: repository.path(of: "messages/in/deep/schema.xsd"), relative: "messages/in/deep/schema.xsd"),
                .outside, .outside,
                .file(path: repository.path(of: "messages/root/messages/real/deep/schema.xsd"),
                      relative: "messages/root/messages/real/deep/schema.xsd"),
                .outside,
                .file(path: repository.path(of: "messages/real/deep/schema.xsd"), relative: "messages/real/deep/schema.xsd"),
                .missing(relative: "messages/in/deep/missing.xsd"),
            ]
            // 0: one by one; else in a batch on that many threads.
            let resolved = threads == 0 ? paths.map(repository.resolve) : repository.resolve(paths, threads: threads)
            #expect(resolved == expected, "\(threads) threads")
        }
    }

    /// An element's paths are every path field it writes, found by walking each field's
    /// type in the metamodel: path fields inside lists and records to any depth, in the
    /// order the metamodel names them.
    @Test(arguments: ["examples/broken", "examples/kyrgyz-egov"])
    func pathsAreEveryPathTheFieldTypesAllow(_ source: String) throws {
        let model = try RepositoryLoader(threads: 2).load(TestPaths.inPackage(source)).model
        var expected: [ModelPath] = []
        func walk(_ field: Field, _ type: FieldType, _ path: String) {
            switch (type, field.value) {
            case (.path, .string(let text)):
                expected.append(ModelPath(text: text, location: field.location, fieldPath: path))
            case (.list(let item), .list(let items)):
                for (index, value) in items.enumerated() { walk(value, item, "\(path)[\(index)]") }
            case (.record(let specs), .record(let record)):
                for spec in specs {
                    if let inner = record.fields[spec.name] { walk(inner, spec.type, "\(path).\(spec.name)") }
                }
            default:
                break
            }
        }
        var found: [ModelPath] = []
        for element in model.elements {
            for spec in Metamodel.fields(of: element.kind) {
                if let field = element.fields[spec.name] { walk(field, spec.type, spec.name) }
            }
            found += element.paths
        }
        #expect(found.count > 5)
        #expect(found == expected)
    }
}
