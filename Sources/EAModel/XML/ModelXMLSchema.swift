/// The XSD of XML model files, generated from the metamodel so the two cannot drift;
/// `schemas/egeaf-model-1.xsd` is this text, checked by a test.
///
/// It follows DESIGN.md §3: XSD 1.0 `xs:all` keeps child elements unordered, so scalar
/// fields are attributes, and localized text, lists and records are one child each.
public enum ModelXMLSchema {
    public static let namespace = "urn:egeaf:model:1"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The XSD text.
    public static let text: String = {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated from the eaf metamodel (version \(Metamodel.version)); do not edit by hand. -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:m="\(namespace)"
                   targetNamespace="\(namespace)" elementFormDefault="qualified">
          <xs:annotation><xs:documentation>eaf model files, metamodel version \(Metamodel.version): one element per kind, scalar fields as attributes, localized text, lists and records as child elements.</xs:documentation></xs:annotation>
          <xs:element name="model">
            <xs:complexType>
              <xs:choice minOccurs="0" maxOccurs="unbounded">

        """
        for kind in Kind.allCases {
            out += "          <xs:element name=\"\(kind.xmlName)\" type=\"m:\(kind.rawValue)\"/>\n"
        }
        out += """
              </xs:choice>
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="Identifier">
            <xs:restriction base="xs:string"><xs:pattern value="[a-z0-9]+([.\\-][a-z0-9]+)*"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="Boolean">
            <xs:restriction base="xs:string"><xs:enumeration value="true"/><xs:enumeration value="false"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="Date">
            <xs:restriction base="xs:string"><xs:pattern value="[0-9]{4}-[0-9]{2}-[0-9]{2}"/></xs:restriction>
          </xs:simpleType>
          <xs:complexType name="LocalizedText" mixed="true">
            <xs:annotation><xs:documentation>Plain text, or one text element per language with xml:lang.</xs:documentation></xs:annotation>
            <xs:sequence>
              <xs:element name="text" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string"><xs:anyAttribute namespace="\(xmlNamespace)" processContents="skip"/></xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
          <xs:complexType name="Dictionary">
            <xs:sequence>
              <xs:element name="entry" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:attribute name="key" type="xs:string" use="required"/>
                  <xs:attribute name="value" type="xs:string" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

        """
        for kind in Kind.allCases {
            let fields = Metamodel.fields(of: kind).filter { $0.name != "kind" }
            out += "  <xs:complexType name=\"\(kind.rawValue)\">\n"
            out += "    <xs:annotation><xs:documentation>\(kind.rawValue) (ArchiMate \(kind.archimateType)).</xs:documentation></xs:annotation>\n"
            out += body(fields, indent: "    ")
            out += "  </xs:complexType>\n"
        }
        out += "</xs:schema>\n"
        return out
    }()

    /// The content model of an element or record: children in `xs:all`, then attributes.
    private static func body(_ fields: [FieldSpec], indent: String) -> String {
        var out = ""
        let children = fields.filter { !$0.type.isScalar }
        if !children.isEmpty {
            out += "\(indent)<xs:all>\n"
            for field in children { out += child(field, indent: indent + "  ") }
            out += "\(indent)</xs:all>\n"
        }
        for field in fields where field.type.isScalar {
            let use = field.required ? " use=\"required\"" : ""
            out += "\(indent)<xs:attribute name=\"\(field.name)\"\(use)>\(documentation(field))"
            out += simpleType(field.type, indent: indent + "  ")
            out += "\(indent)</xs:attribute>\n"
        }
        return out
    }

    private static func child(_ field: FieldSpec, indent: String) -> String {
        let occurs = field.required ? "" : " minOccurs=\"0\""
        switch field.type {
        case .localizedText:
            return "\(indent)<xs:element name=\"\(field.name)\" type=\"m:LocalizedText\"\(occurs)>\(documentation(field))</xs:element>\n"
        case .dictionary:
            return "\(indent)<xs:element name=\"\(field.name)\" type=\"m:Dictionary\"\(occurs)>\(documentation(field))</xs:element>\n"
        case .record(let specs):
            var out = "\(indent)<xs:element name=\"\(field.name)\"\(occurs)>\(documentation(field))\n"
            out += "\(indent)  <xs:complexType>\n"
            out += body(specs, indent: indent + "    ")
            out += "\(indent)  </xs:complexType>\n"
            out += "\(indent)</xs:element>\n"
            return out
        case .list(let item):
            var out = "\(indent)<xs:element name=\"\(field.name)\"\(occurs)>\(documentation(field))\n"
            out += "\(indent)  <xs:complexType>\n\(indent)    <xs:sequence>\n"
            let itemIndent = indent + "      "
            switch item {
            case .record(let specs):
                out += "\(itemIndent)<xs:element name=\"\(field.xmlItemName ?? "item")\" minOccurs=\"0\" maxOccurs=\"unbounded\">\n"
                out += "\(itemIndent)  <xs:complexType>\n"
                out += body(specs, indent: itemIndent + "    ")
                out += "\(itemIndent)  </xs:complexType>\n"
                out += "\(itemIndent)</xs:element>\n"
            default:
                let name = item.referencedKinds == nil ? "item" : "ref"
                out += "\(itemIndent)<xs:element name=\"\(name)\" minOccurs=\"0\" maxOccurs=\"unbounded\">\n"
                out += simpleType(item, indent: itemIndent + "  ")
                out += "\(itemIndent)</xs:element>\n"
            }
            out += "\(indent)    </xs:sequence>\n\(indent)  </xs:complexType>\n"
            out += "\(indent)</xs:element>\n"
            return out
        default:
            return ""
        }
    }

    private static func simpleType(_ type: FieldType, indent: String) -> String {
        func restriction(_ base: String, _ facets: String = "") -> String {
            "\n\(indent)<xs:simpleType><xs:restriction base=\"\(base)\">\(facets)</xs:restriction></xs:simpleType>\n"
        }
        switch type {
        case .identifier, .reference: return restriction("m:Identifier")
        case .boolean: return restriction("m:Boolean")
        case .date: return restriction("m:Date")
        case .integer(let range?):
            return restriction("xs:integer", "<xs:minInclusive value=\"\(range.lowerBound)\"/><xs:maxInclusive value=\"\(range.upperBound)\"/>")
        case .integer(nil): return restriction("xs:integer")
        case .number: return restriction("xs:decimal")
        case .url: return restriction("xs:anyURI")
        case .choice(let values):
            return restriction("xs:string", values.map { "<xs:enumeration value=\"\(escape($0))\"/>" }.joined())
        default: return restriction("xs:string")
        }
    }

    private static func documentation(_ field: FieldSpec) -> String {
        "<xs:annotation><xs:documentation>\(escape(field.summary))</xs:documentation></xs:annotation>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
