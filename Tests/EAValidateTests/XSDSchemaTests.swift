import EAModel
@testable import EAValidate
import Foundation
import Testing

@Suite struct XSDSchemaTests {
    static let xroad = TestPaths.testdata + "/xroad"

    /// A Tunduk service schema that takes the X-Road headers from the shared X-Road XSDs.
    static func serviceSchema(importing location: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xrd="http://x-road.eu/xsd/xroad.xsd"
                   targetNamespace="urn:grs:person" xmlns="urn:grs:person" elementFormDefault="qualified">
          <xs:import namespace="http://x-road.eu/xsd/xroad.xsd" schemaLocation="\(location)"/>
          <xs:element name="personRequest">
            <xs:complexType>
              <xs:sequence>
                <xs:element ref="xrd:client"/>
                <xs:element ref="xrd:service"/>
                <xs:element ref="xrd:id"/>
                <xs:element ref="xrd:protocolVersion"/>
                <xs:element name="PIN">
                  <xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[12][0-9]{13}"/></xs:restriction></xs:simpleType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """
    }

    static let validMessage = """
        <?xml version="1.0" encoding="UTF-8"?>
        <personRequest xmlns="urn:grs:person" xmlns:xrd="http://x-road.eu/xsd/xroad.xsd" xmlns:id="http://x-road.eu/xsd/identifiers">
          <xrd:client id:objectType="SUBSYSTEM">
            <id:xRoadInstance>KG</id:xRoadInstance><id:memberClass>GOV</id:memberClass>
            <id:memberCode>70000001</id:memberCode><id:subsystemCode>social-fund</id:subsystemCode>
          </xrd:client>
          <xrd:service id:objectType="SERVICE">
            <id:xRoadInstance>KG</id:xRoadInstance><id:memberClass>GOV</id:memberClass>
            <id:memberCode>70000003</id:memberCode><id:subsystemCode>population</id:subsystemCode>
            <id:serviceCode>personByPin</id:serviceCode><id:serviceVersion>v2</id:serviceVersion>
          </xrd:service>
          <xrd:id>4894e35d-bf0f-44a6-867a-8e51f1daa7e0</xrd:id>
          <xrd:protocolVersion>4.0</xrd:protocolVersion>
          <PIN>21204199000123</PIN>
        </personRequest>
        """

    private func compile(_ schema: String, allowing folders: [String]) throws -> (Result<XSDSchema, SchemaFailure>, TemporaryRepository) {
        let repository = try TemporaryRepository(["service.xsd": schema])
        return (XSDSchema.compile(path: repository.path + "/service.xsd", file: "service.xsd", allowedFolders: folders), repository)
    }

    @Test func theXRoadHeaderSchemasCompileAndAHeaderedMessageValidates() throws {
        let (compiled, repository) = try compile(Self.serviceSchema(importing: Self.xroad + "/xroad.xsd"), allowing: [Self.xroad])
        _ = repository
        let schema = try compiled.get()
        #expect(schema.validate(Array(Self.validMessage.utf8), file: "request.xml").isEmpty)
        #expect(schema.declaredNames.contains("PIN"))
    }

    @Test func validationErrorsCarryLineAndColumn() throws {
        let (compiled, repository) = try compile(Self.serviceSchema(importing: Self.xroad + "/xroad.xsd"), allowing: [Self.xroad])
        _ = repository
        let schema = try compiled.get()
        let invalid = Self.validMessage
            .replacingOccurrences(of: "<PIN>21204199000123</PIN>", with: "<PIN>12345</PIN>")
            .replacingOccurrences(of: "id:objectType=\"SERVICE\"", with: "id:objectType=\"SERVCE\"")
        let problems = schema.validate(Array(invalid.utf8), file: "request.xml")
        #expect(problems.map(\.location.description) == ["request.xml:7:3", "request.xml:14:3"])
        #expect(problems[0].message.contains("'SERVCE' is not an element of the set"))
        #expect(problems[1].message.hasPrefix("Element 'PIN': [facet 'pattern'] The value '12345' is not accepted"))
        #expect(problems.allSatisfy { $0.kind == .message })
    }

    @Test func anExternalEntityIsRefusedAndNothingIsRead() throws {
        let (compiled, repository) = try compile(Self.serviceSchema(importing: Self.xroad + "/xroad.xsd"), allowing: [Self.xroad])
        let canary = repository.path + "/secret.txt"
        try "CANARY-\(UUID())".write(toFile: canary, atomically: true, encoding: .utf8)
        let message = """
            <?xml version="1.0"?>
            <!DOCTYPE personRequest [<!ENTITY secret SYSTEM "file://\(canary)"><!ENTITY passwd SYSTEM "file:///etc/passwd">]>
            <personRequest xmlns="urn:grs:person"><PIN>&secret;&passwd;</PIN></personRequest>
            """
        let problems = try compiled.get().validate(Array(message.utf8), file: "evil.xml")
        #expect(problems.map(\.message) == ["a DOCTYPE is not allowed in messages (SOAP forbids them, and it could define entities); remove it"])
        #expect(problems.first?.location.description == "evil.xml:2:1")
        #expect(!problems.contains { $0.message.contains("CANARY") || $0.message.contains("root:") })
    }

    @Test func aBillionLaughsMessageIsRefusedAtOnce() throws {
        let (compiled, repository) = try compile(Self.serviceSchema(importing: Self.xroad + "/xroad.xsd"), allowing: [Self.xroad])
        _ = repository
        var entities = "<!ENTITY l0 \"lol\">"
        for level in 1...10 { entities += "<!ENTITY l\(level) \"\(String(repeating: "&l\(level - 1);", count: 10))\">" }
        let message = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [\(entities)]>\n<p>&l10;</p>"
        let problems = try compiled.get().validate(Array(message.utf8), file: "laughs.xml")
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("a DOCTYPE is not allowed") == true)
    }

    @Test func importsOutsideTheAllowedFoldersAreRefused() throws {
        // The X-Road schemas exist, but their folder is not allowed.
        let (outside, first) = try compile(Self.serviceSchema(importing: Self.xroad + "/xroad.xsd"), allowing: [])
        _ = first
        guard case .failure(let failure) = outside else { Issue.record("compiled with a refused import"); return }
        #expect(failure.problems.first?.message == "refused to load '\(Self.xroad)/xroad.xsd': schemas are read only from inside the repository or the folders you allow, never from the network; keep a copy beside the schema and point the import at it")
        #expect(failure.problems.allSatisfy { $0.kind == .schema })

        let (network, second) = try compile(Self.serviceSchema(importing: "http://127.0.0.1:9/xroad.xsd"), allowing: [Self.xroad])
        _ = second
        guard case .failure(let refused) = network else { Issue.record("compiled with a network import"); return }
        #expect(refused.problems.first?.message.hasPrefix("refused to load 'http://127.0.0.1:9/xroad.xsd'") == true)
    }

    @Test func aSchemaThatDoesNotCompileSaysWhere() throws {
        let broken = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a" type="xs:strin"/>
            </xs:schema>
            """
        let (compiled, repository) = try compile(broken, allowing: [])
        _ = repository
        guard case .failure(let failure) = compiled else { Issue.record("compiled a broken schema"); return }
        #expect(failure.problems.count == 1)
        #expect(failure.problems[0].location.description == "service.xsd:2:3")
        #expect(failure.problems[0].message.contains("'strin' does not resolve to a(n) type definition"))
    }

    /// A schema is parsed without the white space between its tags (it means nothing to
    /// the compiler): errors keep their places among blank lines, comments and notes.
    @Test func errorsAmongBlankLinesAndCommentsKeepTheirPlaces() throws {
        let broken = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <!-- a person -->
              <xs:element name="a" type="xs:strin"/>

              <xs:complexType name="T">
                <xs:annotation><xs:documentation>  Notes, with   spaces.  </xs:documentation></xs:annotation>
                <xs:sequence>
                  <xs:element name="b" type="missing"/>
                </xs:sequence>
              </xs:complexType>
            </xs:schema>
            """
        let (compiled, repository) = try compile(broken, allowing: [])
        _ = repository
        guard case .failure(let failure) = compiled else { Issue.record("compiled a broken schema"); return }
        #expect(failure.problems.map(\.location.description) == ["service.xsd:3:3", "service.xsd:8:7"])
    }

    /// Messages are validated while they are parsed; small ones (up to 4 MiB) are read
    /// without libxml2 growing its buffer, larger ones the usual way. Both sides of that
    /// line validate, and an error deep in either is reported at its own line.
    @Test func largeMessagesOnBothSidesOfTheBufferLineValidateAndLocateErrors() throws {
        let schemaText = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:grs:list" xmlns="urn:grs:list" elementFormDefault="qualified">
              <xs:element name="people"><xs:complexType><xs:sequence>
                <xs:element name="person" maxOccurs="unbounded"><xs:complexType><xs:sequence>
                  <xs:element name="pin"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[12][0-9]{13}"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="surname" type="xs:string"/>
                </xs:sequence><xs:attribute name="n" type="xs:int" use="required"/></xs:complexType></xs:element>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """
        let (compiled, repository) = try compile(schemaText, allowing: [])
        _ = repository
        let schema = try compiled.get()
        for count in [1, 40_000, 50_000] {
            var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<people xmlns=\"urn:grs:list\">"]
            for index in 0..<count {
                lines.append("<person n=\"\(index)\"><pin>\(21_204_199_000_000 + index)</pin><surname>Асанов &amp; Ко</surname></person>")
            }
            lines.append("</people>")
            let valid = Array(lines.joined(separator: "\n").utf8)
            #expect(schema.validate(valid, file: "people.xml").isEmpty, "\(count) people, \(valid.count) bytes")

            var broken = lines
            broken[count + 1] = broken[count + 1].replacingOccurrences(of: "<pin>2", with: "<pin>9")
            let problems = schema.validate(Array(broken.joined(separator: "\n").utf8), file: "people.xml")
            #expect(problems.map(\.location.description) == ["people.xml:\(count + 2):\(String(count - 1).count + 14)"], "\(count) people")
            #expect(problems.first?.message.hasPrefix("Element 'pin': [facet 'pattern']") == true)
        }
    }
}
