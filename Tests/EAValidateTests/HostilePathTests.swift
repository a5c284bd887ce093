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

    /// "Did you mean" compares each missing id with every candidate: 20,000 misses among
    /// 20,000 elements took over five minutes. Past a counted budget the findings come
    /// without hints; a few misses still get them.
    @Test func manyDanglingReferencesDoNotMakeValidationQuadratic() throws {
        let count = 20_000
        let text = (0..<count).map { "id: e\($0)\nkind: Organisation\nname: E\nparent: q\($0)\n" }.joined(separator: "---\n")
        let waivers = (0..<2_000).map { "  - {rule: ORG002, element: w\($0), reason: r, approvedBy: a}" }.joined(separator: "\n")
        let repository = try ScratchRepository(["model/all.yaml": text, "eaf.yaml": "waivers:\n" + waivers + "\n"])
        let start = Date()
        let findings = try repository.validate(rules: ["INT004", "INT008", "ORG002"])
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(findings.of("INT004").count == count)
        #expect(findings.of("INT008").count == 2_000)
        #expect(!findings.contains { $0.message.contains("did you mean") })

        let few = try ScratchRepository(["model/a.yaml": "id: grs\nkind: Organisation\nname: G\nparent: gsr\n"])
        #expect(try few.validate(rules: ["INT004"]).first?.message.contains("did you mean 'grs'") == true)
    }

    /// A message or schema with a tag of 100,000 attributes would hold libxml2 for minutes.
    @Test func attributeFloodsInMessagesAndSchemasAreRefusedQuickly() throws {
        let attributes = (0..<100_000).map { " a\($0)=\"\"" }.joined()
        let folder = try TemporaryRepository([
            "person.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"P\" type=\"xs:string\"/></xs:schema>",
            "flood.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\(attributes)/>",
        ])
        let start = Date()
        let schema = try XSDSchema.compile(path: folder.path + "/person.xsd", file: "person.xsd", allowedFolders: []).get()
        let problems = schema.validate(Array("<P\(attributes)>x</P>".utf8), file: "message.xml")
        #expect(problems.map(\.message) == [LibXML.attributeFloodMessage(257)])
        #expect(schema.validate(Array("<P>x</P>".utf8), file: "ok.xml").isEmpty)
        guard case .failure(let failure) = XSDSchema.compile(path: folder.path + "/flood.xsd", file: "flood.xsd", allowedFolders: []) else {
            Issue.record("a schema with 100,000 attributes on one tag must be refused")
            return
        }
        #expect(failure.problems.first?.message.contains("more than 256 attributes") == true)
        // A schema it includes gets the same check before libxml2 reads it.
        try Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:include schemaLocation=\"flood.xsd\"/></xs:schema>".utf8)
            .write(to: URL(fileURLWithPath: folder.path + "/includes.xsd"))
        guard case .failure(let included) = XSDSchema.compile(path: folder.path + "/includes.xsd", file: "includes.xsd", allowedFolders: []) else {
            Issue.record("a schema that includes a flooded one must be refused")
            return
        }
        #expect(included.problems.contains { $0.message.hasPrefix("refused to load") && $0.message.hasSuffix(LibXML.attributeFloodMessage(257)) },
                "\(included.problems.map(\.message))")
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
