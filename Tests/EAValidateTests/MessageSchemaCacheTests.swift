import Foundation
import EAModel
@testable import EAValidate
import Testing

/// The message rules read schemas through `MessageSchemaCache`: after `prepare` (as the
/// validator runs them) from digests that no longer hold the compiled schema, otherwise
/// by compiling on first use. Both must give the same findings.
@Suite struct MessageSchemaCacheTests {
    static let files = [
        "model/api.yaml": """
        id: api
        kind: Interface
        name: API
        provider: system
        messages:
          - {name: Good, direction: request, schema: ../messages/person.xsd, examples: [../messages/bad.xml, ../messages/fine.xml, ../messages/gone.xml], carries: [person]}
          - {name: Broken, direction: response, schema: ../messages/broken.xsd, examples: [../messages/fine.xml]}
        ---
        id: system
        kind: InformationSystem
        name: System
        ---
        id: person
        kind: DataEntity
        name: Person
        attributes:
          - {name: pin, type: string, required: true}
          - {name: surname, type: string, required: true}
        """,
        "messages/person.xsd": """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="person"><xs:complexType><xs:sequence>
            <xs:element name="pin" type="xs:string"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """,
        "messages/broken.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"x\" type=\"nowhere\"/></xs:schema>",
        "messages/bad.xml": "<person>\n  <name>A</name>\n</person>\n",
        "messages/fine.xml": "<person><pin>1</pin></person>\n",
    ]

    static let messageRules: [any Rule.Type] = [MessageSchemaCompilesRule.self, ExampleMessageConformsRule.self,
                                                 SchemaCoversCarriedAttributesRule.self]

    /// The compiled schemas outlive the run only when the caller keeps them: the command
    /// line keeps them to exit without freeing them, a library user's run frees them.
    @Test func theWorkingStateIsHandedOverOnceAndFreedUnlessKept() throws {
        final class Handed: @unchecked Sendable {
            let lock = NSLock()
            var strong: [AnyObject] = []
            weak var weak: AnyObject?
            var count = 0
        }
        let scratch = try ScratchRepository(Self.files)
        let repository = try scratch.load()
        let options = Validator.Options(asOf: ScratchRepository.asOf)
        let expected = Validator(threads: 2).validate(repository, options: options).map(\.summary)
        #expect(expected.contains { $0.hasPrefix("messages/bad.xml:2:3 TEC005") }, "\(expected)")
        for keep in [false, true] {
            let handed = Handed()
            var validator = Validator(threads: 2)
            validator.keepsWorkingState = { state in
                handed.lock.withLock {
                    handed.count += 1
                    handed.weak = state
                    if keep { handed.strong.append(state) }
                }
            }
            #expect(validator.validate(repository, options: options).map(\.summary) == expected)
            #expect(handed.count == 1)
            #expect((handed.weak != nil) == keep, "kept: \(keep)")
        }
    }

    @Test func preparedDigestsAndSchemasCompiledOnDemandGiveTheSameFindings() throws {
        let scratch = try ScratchRepository(Self.files)
        let repository = try scratch.load()
        let viaValidator = try scratch.validate(rules: ["TEC004", "TEC005", "SEM007"]).map(\.summary)
        // Each rule on its own context, with a cache nobody prepared.
        let onDemand = Self.messageRules.flatMap { rule in
            rule.init().check(RuleContext(repository: repository, asOf: ScratchRepository.asOf, rule: rule.description))
        }.sorted(by: Finding.sortedOrder).map(\.summary)
        #expect(viaValidator == onDemand)
        #expect(viaValidator.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
            "messages/bad.xml:2:3 TEC005",
            "messages/broken.xsd:1:56 TEC004",
            "model/api.yaml:6:46 SEM007",
        ], "\(viaValidator)")
    }

    /// Two schemas named the same Unicode text written two ways (`café.xsd` with a
    /// composed `é` and with `e` and a combining accent) are two files: each is compiled,
    /// and a finding of one is not the other's.
    @Test func schemasSpeltTwoWaysAreTwoSchemas() throws {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        let scratch = try ScratchRepository([
            "model/api.yaml": """
            id: api
            kind: Interface
            name: API
            provider: system
            messages:
              - {name: One, direction: request, schema: ../messages/\(composed).xsd}
              - {name: Two, direction: response, schema: ../messages/\(decomposed).xsd}
            ---
            id: system
            kind: InformationSystem
            name: System
            """,
        ])
        try scratch.write(["messages/\(composed).xsd": try #require(Self.files["messages/person.xsd"])])
        try scratch.write(["messages/\(decomposed).xsd": try #require(Self.files["messages/broken.xsd"])])
        let findings = try scratch.validate(rules: ["TEC004"])
        #expect(findings.map { Array($0.location.file.utf8) } == [Array("messages/\(decomposed).xsd".utf8)], "\(findings.summary)")
    }

    @Test func aPreparedCacheAnswersFromItsDigests() throws {
        let scratch = try ScratchRepository(Self.files)
        let repository = try scratch.load()
        let cache = MessageSchemaCache(repository: repository)
        let folder = repository.root + "/messages/"
        cache.prepare([.init(schema: "messages/person.xsd", examples: [(folder + "bad.xml", "messages/bad.xml"), (folder + "gone.xml", "messages/gone.xml")]),
                       .init(schema: "messages/broken.xsd", examples: [])], threads: 2)
        #expect(try cache.declaredNames(at: "messages/person.xsd").get() == ["person", "pin"])
        #expect(throws: SchemaFailure.self) { try cache.declaredNames(at: "messages/broken.xsd").get() }
        let problems = cache.problems(of: (folder + "bad.xml", "messages/bad.xml"), against: "messages/person.xsd")
        #expect(problems?.map { "\($0.location.line):\($0.location.column)" } == ["2:3"])
        // An example that cannot be read, or a schema that does not compile, gives nothing to report.
        #expect(cache.problems(of: (folder + "gone.xml", "messages/gone.xml"), against: "messages/person.xsd") == nil)
        #expect(cache.problems(of: (folder + "fine.xml", "messages/fine.xml"), against: "messages/broken.xsd") == nil)
        #expect(cache.compiled.isEmpty, "every answer so far came from the digests")
        // An example the digest does not hold is checked against a schema compiled on demand.
        #expect(cache.problems(of: (folder + "fine.xml", "messages/fine.xml"), against: "messages/person.xsd")?.isEmpty == true)
    }

    /// The validator compiles the schemas in one pool with the rules that read none, and
    /// runs the message rules after: on any number of threads, the findings are one
    /// thread's, schemas that do not compile and examples that do not conform included.
    @Test func schemasPooledWithRulesGiveOneThreadsFindings() throws {
        var files = Self.files
        var text = ""
        for index in 0..<40 {
            let schema = index % 2 == 0 ? "messages/s\(index).xsd" : "messages/s\(index).json"
            if index % 2 == 0 {
                files[schema] = index % 5 == 0 ? "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"x\" type=\"t\(index)\"/></xs:schema>" : """
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                      <xs:element name="person"><xs:complexType><xs:sequence>
                        <xs:element name="pin\(index)" type="xs:string"/>
                      </xs:sequence></xs:complexType></xs:element>
                    </xs:schema>
                    """
                files["messages/e\(index).xml"] = "<person><pin>\(index)</pin></person>\n"
            } else {
                files[schema] = index % 5 == 0 ? "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/none\"}}}" : """
                    {"type": "object", "required": ["pin\(index)"], "properties": {"pin\(index)": {"$ref": "#/$defs/pin"}},
                     "$defs": {"pin": {"type": "string"}}}
                    """
                files["messages/e\(index).json"] = "{\"pin\": \(index)}\n"
            }
            // Systems without an owner and interfaces whose ids do not sort in file order:
            // findings of rules that read no schema, besides the message rules'.
            text += """
                id: api-\((index * 17) % 40)
                kind: Interface
                name: API \(index)
                provider: system-\(index)
                messages:
                  - {name: Response \(index), direction: response, schema: ../\(schema), examples: [../messages/e\(index).\(index % 2 == 0 ? "xml" : "json")\(index % 7 == 3 ? ", ../messages/gone\(index).xml" : "")], carries: [person]}
                ---
                id: system-\(index)
                kind: InformationSystem
                name: System \(index)
                ---

                """
        }
        files["model/more.yaml"] = text
        let scratch = try ScratchRepository(files)
        let repository = try scratch.load()
        func findings(threads: Int) -> [String] {
            Validator(threads: threads).validate(repository, options: .init(asOf: ScratchRepository.asOf)).map(\.summary)
        }
        let one = findings(threads: 1)
        // Every schema that does not compile (a fifth of the new ones, and broken.xsd), and
        // every example of one that does (each names another element than its schema's),
        // besides bad.xml.
        #expect(one.filter { $0.contains(" TEC004 ") }.count == 9)
        #expect(one.filter { $0.contains(" TEC005 ") }.count == 33)
        #expect(one.contains("messages/e12.xml:1:9 TEC005 Element 'pin': This element is not expected. Expected is ( pin12 ). — example of message 'Response 12' of api-4"))
        #expect(one.contains { $0.contains(" SEM007 ") })
        #expect(one.contains { $0.hasPrefix("model/more.yaml:") && $0.contains(" ORG") })
        // Paths that lead nowhere, gone.xml and six new ones (INT006 runs after the
        // messages' paths are resolved).
        #expect(one.filter { $0.contains(" INT006 ") }.count == 7)
        for threads in [2, 3, 8] {
            #expect(findings(threads: threads) == one, "\(threads) threads")
        }
    }

    /// A message's schema and example paths are read from its own record
    /// (`DeclaredMessage.messages(of:)`); they must be exactly the paths `Element.paths`
    /// finds in the interface's messages, which INT006 checks, field paths and order included.
    @Test(arguments: ["examples/kyrgyz-egov", "examples/broken", "examples/minimal"])
    func messagePathsAreThoseTheModelFinds(example: String) throws {
        let repository = try RepositoryLoader(threads: 1).load(TestPaths.inPackage(example))
        let scratch = try ScratchRepository(Self.files).load()
        let interfaces = repository.model.elements(of: .interface) + scratch.model.elements(of: .interface)
        var examples = 0
        for interface in interfaces {
            let declared = DeclaredMessage.messages(of: interface).flatMap { [$0.schema].compactMap { $0 } + $0.examples }
            #expect(declared == interface.paths.filter { $0.fieldPath.hasPrefix("messages[") }, "\(interface.id)")
            examples += declared.filter { $0.fieldPath.contains(".examples[") }.count
        }
        #expect(examples > 0, "\(example) declares no example message")
    }

    /// Declared messages are gathered and their paths resolved on several threads: the
    /// list, and what the rules then report, are those of one thread.
    @Test func messagesGatheredOnManyThreadsComeInSourceOrder() throws {
        var files = Self.files
        var text = ""
        for index in 0..<60 {
            // Interfaces in one file, written in an order their ids do not sort in.
            let id = "api-\((index * 37) % 60)"
            text += """
                id: \(id)
                kind: Interface
                name: API \(index)
                provider: system
                messages:
                  - {name: Request \(index), direction: request, schema: ../messages/person.xsd, examples: [../messages/bad.xml, ../messages/fine.xml]}
                  - {name: Response \(index), direction: response, schema: ../messages/\(index % 3 == 0 ? "broken" : "person").xsd, examples: [../messages/missing-\(index).xml]}
                ---

                """
        }
        files["model/more.yaml"] = text
        let scratch = try ScratchRepository(files)
        let repository = try scratch.load()
        func declared(threads: Int) -> [String] {
            let context = RuleContext(repository: repository, asOf: ScratchRepository.asOf, rule: ExampleMessageConformsRule.description)
            let messages = DeclaredMessage.all(in: context, threads: threads)
            context.messageSchemas.prepare(for: messages, threads: threads)
            let findings = Self.messageRules.flatMap { $0.init().check(context) }.sorted(by: Finding.sortedOrder)
            return messages.map { "\($0.interface.id) \($0.index) \($0.name) \($0.examples.count)" } + findings.map(\.summary)
        }
        let one = declared(threads: 1)
        #expect(one.prefix(3) == ["api 0 Good 3", "api 1 Broken 1", "api-0 0 Request 0 2"])
        #expect(one.count > 122)
        for threads in [2, 3, 8] {
            #expect(declared(threads: threads) == one, "\(threads) threads")
        }
    }

    /// The cache allows a schema its repository's real root and nothing else: a schema may
    /// include or reference its neighbours and any file of the repository, never a file
    /// beside the repository, whether named with `..` or reached through a symbolic link.
    @Test func schemasReadInsideTheRepositoryOnly() throws {
        let xsd = { (include: String) in
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:include schemaLocation=\"\(include)\"/></xs:schema>"
        }
        let common = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"x\" type=\"xs:string\"/></xs:schema>"
        let interface = { (schemas: [String]) in
            "id: api\nkind: Interface\nname: API\nprovider: system\nmessages:\n"
                + schemas.enumerated().map { "  - {name: M\($0.offset), direction: request, schema: \($0.element)}\n" }.joined()
                + "---\nid: system\nkind: InformationSystem\nname: System\n"
        }
        let scratch = try TemporaryRepository([
            "repo/model/api.yaml": interface(["../messages/a/sibling.xsd", "../messages/a/shared.xsd", "../messages/a/climbs.xsd",
                                              "../messages/a/linked.xsd", "../messages/j/sibling.json", "../messages/j/climbs.json"]),
            "repo/messages/a/sibling.xsd": xsd("common.xsd"),
            "repo/messages/a/common.xsd": common,
            "repo/messages/a/shared.xsd": xsd("../shared/common.xsd"),
            "repo/messages/shared/common.xsd": common,
            "repo/messages/a/climbs.xsd": xsd("../../../outside.xsd"),
            "repo/messages/a/linked.xsd": xsd("../link/outside.xsd"),
            "repo/messages/j/sibling.json": #"{"$ref": "common.json"}"#,
            "repo/messages/j/common.json": #"{"type": "object"}"#,
            "repo/messages/j/climbs.json": #"{"$ref": "../../../outside.json"}"#,
            "outside.xsd": common,
            "outside.json": #"{"type": "object"}"#,
        ])
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/repo/messages/link", withDestinationPath: scratch.path)
        let repository = try RepositoryLoader(threads: 1).load(scratch.path + "/repo")
        let findings = Validator().validate(repository, options: .init(asOf: ScratchRepository.asOf, onlyRules: ["TEC004"]))
        // Each XSD that reaches out is refused, then does not compile without its include.
        #expect(findings.map { "\($0.location.file) \($0.message.hasPrefix("refused to load") ? "refused" : "does not compile")" } == [
            "messages/a/climbs.xsd refused", "messages/a/climbs.xsd does not compile",
            "messages/a/linked.xsd refused", "messages/a/linked.xsd does not compile",
            "messages/j/climbs.json does not compile",
        ], "\(findings.summary)")
        #expect(findings.last?.message.contains("cannot resolve $ref '../../../outside.json'") == true, "\(findings.summary)")
    }
}

private extension Finding {
    var summary: String { "\(location) \(ruleID) \(message)" }
}
