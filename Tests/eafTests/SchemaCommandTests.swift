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
