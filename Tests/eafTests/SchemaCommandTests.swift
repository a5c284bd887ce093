import Foundation
import Testing

@Suite struct SchemaCommandTests {
    static let fixtures = "Tests/eafTests/Fixtures/messages"

    @Test func xmlMessagesAgainstAnXSD() throws {
        let result = try EAFProcess.run(["schema", "check", "\(Self.fixtures)/valid.xml", "\(Self.fixtures)/invalid.xml",
                                         "\(Self.fixtures)/broken.xml", "--schema", "\(Self.fixtures)/person.xsd"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(Self.fixtures)/broken.xml
              \(Self.fixtures)/broken.xml:3:1: error   TEC005 not well-formed XML: Premature end of data in tag personRequest line 1

            \(Self.fixtures)/invalid.xml
              \(Self.fixtures)/invalid.xml:2:3: error   TEC005 Element 'PIN': [facet 'pattern'] The value '123' is not accepted by the pattern '[12][0-9]{13}'.
              \(Self.fixtures)/invalid.xml:3:3: error   TEC005 Element 'reason': This element is not expected. Expected is ( purpose ).

            ✗ 3 errors, 0 warnings, 0 info (technical 3) · 3 files checked

            """)
        let valid = try EAFProcess.run(["schema", "check", "\(Self.fixtures)/valid.xml", "--schema", "\(Self.fixtures)/person.xsd"])
        #expect(valid.status == 0)
        #expect(valid.stdout == "✓ 0 errors, 0 warnings, 0 info · 1 file checked\n")
    }

    /// With --interface, the schemas and examples come from what the model declares: with
    /// no file every declared example is checked, a file given takes the one schema of its
    /// language, and a message the interface does not have is named with those it has.
    @Test func anInterfaceLendsItsDeclaredSchemasAndExamples() throws {
        let interface = ["schema", "check", "--interface", "mlsm.benefit-status", "--model", "examples/kyrgyz-egov"]
        let declared = try EAFProcess.run(interface)
        #expect(declared.status == 0)
        #expect(declared.stdout == "✓ 0 errors, 0 warnings, 0 info · 1 file checked\n")
        let file = "\(Self.fixtures)/benefit-status-bad.json"
        let given = try EAFProcess.run(interface + [file])
        #expect(given.status == 1)
        #expect(given.stdout == """
            \(file)
              \(file):1:1: error   TEC005 required property 'cases' is missing (at /) [schema /required] [mlsm.benefit-status]
              \(file):2:19: error   TEC005 value 7 is of type 'integer', expected 'string' (at /applicantPin) [schema /properties/applicantPin/type] [mlsm.benefit-status]

            ✗ 2 errors, 0 warnings, 0 info (technical 2) · 1 file checked

            """)
        let unknown = try EAFProcess.run(interface + ["--message", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "eaf: mlsm.benefit-status has no message 'nope'; its messages are benefitCases\n")
    }

    @Test func usageAndMissingFiles() throws {
        #expect(try EAFProcess.run(["schema", "check", "x.xml"]).status == 64)
        let missing = try EAFProcess.run(["schema", "check", "x.xml", "--schema", "nope.xsd"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "eaf: nope.xsd: no such schema file\n")
        let unreadable = try EAFProcess.run(["schema", "check", "none.xml", "--schema", "\(Self.fixtures)/person.xsd", "--format", "json"])
        #expect(unreadable.status == 1)
        #expect(unreadable.stdout.contains("\"message\": \"cannot be read: No such file or directory\""))
    }
}
