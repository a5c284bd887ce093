@testable import EAModel
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
}
