import EAModel
@testable import EAValidate
import Foundation
import Testing

/// Paths in the model that try to leave the repository: each is INT006 and nothing at
/// the other end is read (a file there would otherwise show up as TEC004 or TEC005).
@Suite struct HostilePathTests {
    @Test func pathsOutOfTheRepositoryAreINT006AndNeverRead() throws {
        // What lies outside is a schema that does not compile and an example that is not
        // well-formed: reading either would give TEC004 or TEC005 findings.
        let outside = try TemporaryRepository(["bad.xsd": "<not-a-schema", "bad.xml": "<unclosed", "bad.json": "{"])
        let name = URL(fileURLWithPath: outside.path).lastPathComponent
        let repository = try ScratchRepository([
            "model/api.yaml": """
            id: api
            kind: Interface
            name: API
            provider: system
            messages:
              - {name: A, direction: request, schema: ../../etc/passwd}
              - {name: B, direction: request, schema: ../../\(name)/bad.xsd, examples: [../../\(name)/bad.xml, ../../../../etc/passwd]}
              - {name: C, direction: request, schema: \(outside.path)/bad.json, examples: [/etc/passwd.json]}
              - {name: D, direction: request, schema: ../messages/linked.xsd, examples: [../messages/linked.xml]}
            ---
            id: system
            kind: InformationSystem
            name: System
            """,
        ])
        // Links inside the repository that lead out count as outside too.
        try FileManager.default.createDirectory(atPath: repository.folder + "/messages", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repository.folder + "/messages/linked.xsd", withDestinationPath: outside.path + "/bad.xsd")
        try FileManager.default.createSymbolicLink(atPath: repository.folder + "/messages/linked.xml", withDestinationPath: outside.path + "/bad.xml")

        let findings = try repository.validate(rules: ["INT002", "INT006", "TEC004", "TEC005", "SEM007"])
        #expect(findings.of("TEC004").isEmpty && findings.of("TEC005").isEmpty, "\(findings.summary)")
        let outsidePaths = findings.of("INT006").filter { $0.message.contains("leaves the repository") }
            .map { $0.message.split(separator: "'")[0] }
        #expect(outsidePaths == ["messages[0].schema", "messages[1].schema", "messages[1].examples[0]", "messages[1].examples[1]",
                                 "messages[2].schema", "messages[2].examples[0]", "messages[3].schema", "messages[3].examples[0]"],
                "\(findings.summary)")
        // `../../etc/passwd` is also not a schema file name: INT002 says so beside INT006.
        #expect(findings.of("INT002").map(\.message).contains { $0.contains("'../../etc/passwd'") }, "\(findings.summary)")
    }
}
