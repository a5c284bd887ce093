import EAModel

extension Builder {
    /// The XSD and the example request and response of every SOAP interface, and the JSON
    /// Schema and example response of every REST one, written so that the schema
    /// compiles, each example validates against it, and every attribute of every entity
    /// the response carries has an element or property (under its mapped name) — unless a
    /// violation is planted in them.
    func messageFiles() -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        let codes = codeListValues()
        for (index, interface) in interfaces.enumerated() {
            var random = SeededRandom(seed: options.seed &+ 0x5EED_0000 &+ UInt64(index) &* 0x9E37_79B9)
            let records = interface.carries.map { entity in
                entities[entity].attributes.map { ($0, exampleValue($0, codes: codes, &random)) }
            }
            let folder = interface.messageFolder
            guard interface.soap else {
                files.append(("\(folder)/schema.json", jsonSchema(interface)))
                files.append(("\(folder)/response.json", jsonResponse(interface, records)))
                continue
            }
            files.append(("\(folder)/schema.xsd", schema(interface)))
            files.append(("\(folder)/request.xml", request(interface, key: records[0].first?.1 ?? "1", &random)))
            files.append(("\(folder)/response.xml", response(interface, records)))
        }
        return files
    }

    private static let xsdTypes = [
        "string": "xs:string", "integer": "xs:integer", "decimal": "xs:decimal", "boolean": "xs:boolean", "date": "xs:date",
        "datetime": "xs:dateTime", "code": "xs:string", "reference": "xs:string", "binary": "xs:base64Binary",
    ]

    /// Element and type names of the carried entities, numbered when two share a concept.
    private func wrappers(_ interface: Interface) -> [(element: String, type: String)] {
        var seen: [String: Int] = [:]
        return interface.carries.map { entity in
            let slug = entities[entity].concept.term.slug
            let count = (seen[slug] ?? 0) + 1
            seen[slug] = count
            let suffix = count == 1 ? "" : String(count)
            return (Self.camel(slug) + suffix, Self.camel(slug, upperFirst: true) + suffix)
        }
    }

    private func elementName(_ attribute: String, in interface: Interface) -> String {
        interface.mapping.first { $0.attribute == attribute }?.element ?? attribute
    }

    private func schema(_ interface: Interface) -> String {
        let namespace = interface.namespace
        let provider = systems[interface.provider].draft.name?.text("en") ?? ""
        let key = entities[interface.carries[0]].attributes[0]
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Body of the Tunduk service \(interface.operation) of the \(XMLText.text(provider)) (X-Road message
             protocol 4.0; the SOAP envelope and the X-Road headers are not part of this schema). -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="\(namespace)"
                   targetNamespace="\(namespace)" elementFormDefault="qualified">

          <xs:element name="\(interface.operation)">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="\(key.name)" type="\(Self.xsdTypes[key.type] ?? "xs:string")"/>
                <xs:element name="requestReason" type="xs:string" minOccurs="0"/>
              </xs:sequence>
            </xs:complexType>
          </xs:element>

          <xs:element name="\(interface.operation)Response">
            <xs:complexType>
              <xs:sequence>

        """
        let names = wrappers(interface)
        for name in names {
            out += "        <xs:element name=\"\(name.element)\" type=\"tns:\(name.type)\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n"
        }
        out += """
              </xs:sequence>
            </xs:complexType>
          </xs:element>

        """
        for (position, entity) in interface.carries.enumerated() {
            out += "\n  <xs:complexType name=\"\(names[position].type)\">\n"
            out += "    <xs:annotation><xs:documentation>\(XMLText.text(entities[entity].concept.term.en)) (\(entities[entity].draft.id)).</xs:documentation></xs:annotation>\n"
            out += "    <xs:sequence>\n"
            for (number, attribute) in entities[entity].attributes.enumerated() {
                if position == 0, attribute.name == interface.omittedAttribute { continue }
                var type = Self.xsdTypes[attribute.type] ?? "xs:string"
                if interface.brokenSchema, position == 0, number == 0 {
                    // A simple type the author meant to declare and forgot.
                    type = "tns:" + Self.camel(attribute.name, upperFirst: true) + "Code"
                }
                let occurs = attribute.required ? "" : " minOccurs=\"0\""
                out += "      <xs:element name=\"\(elementName(attribute.name, in: interface))\" type=\"\(type)\"\(occurs)/>\n"
            }
            out += "    </xs:sequence>\n  </xs:complexType>\n"
        }
        out += "</xs:schema>\n"
        return out
    }

    private func request(_ interface: Interface, key: String, _ random: inout SeededRandom) -> String {
        let attribute = entities[interface.carries[0]].attributes[0]
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <\(interface.operation) xmlns="\(interface.namespace)">
          <\(attribute.name)>\(XMLText.text(key))</\(attribute.name)>
          <requestReason>Арыз № \(2024 + random.below(3))-\(1000 + random.below(9000))</requestReason>
        </\(interface.operation)>

        """
    }

    private func response(_ interface: Interface, _ records: [[(Attribute, String)]]) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <\(interface.operation)Response xmlns="\(interface.namespace)">

        """
        let names = wrappers(interface)
        for (position, record) in records.enumerated() {
            out += "  <\(names[position].element)>\n"
            for (attribute, value) in record {
                if position == 0, attribute.name == interface.omittedAttribute { continue }
                let name = elementName(attribute.name, in: interface)
                out += "    <\(name)>\(XMLText.text(value))</\(name)>\n"
            }
            if interface.invalidExample, position == 0 {
                out += "    <note>Маалымат тактоодо</note>\n"
            }
            out += "  </\(names[position].element)>\n"
        }
        out += "</\(interface.operation)Response>\n"
        return out
    }

    /// JSON Schema types of attribute types, with the format of dates.
    private static let jsonTypes: [String: String] = [
        "string": #"{"type": "string"}"#, "integer": #"{"type": "integer"}"#, "decimal": #"{"type": "number"}"#,
        "boolean": #"{"type": "boolean"}"#, "date": #"{"type": "string", "format": "date"}"#,
        "datetime": #"{"type": "string", "format": "date-time"}"#, "code": #"{"type": "string"}"#,
        "reference": #"{"type": "string"}"#, "binary": #"{"type": "string", "contentEncoding": "base64"}"#,
    ]

    /// A JSON Schema (draft 2020-12) of a REST service's response: a list of records per
    /// entity it carries, each with a property for every attribute.
    private func jsonSchema(_ interface: Interface) -> String {
        let names = wrappers(interface)
        let provider = systems[interface.provider].draft.name?.text("en") ?? ""
        var properties: [String] = []
        var definitions: [String] = []
        for (position, entity) in interface.carries.enumerated() {
            let name = names[position]
            properties.append("    \"\(Self.plural(name.element))\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/\(name.element)\"}}")
            let attributes = entities[entity].attributes
            let required = attributes.filter(\.required).map { "\"\(elementName($0.name, in: interface))\"" }
            var definition = "    \"\(name.element)\": {\n"
            definition += "      \"description\": \(OrderedJSON.quote(entities[entity].concept.term.en + " (" + entities[entity].draft.id + ")")),\n"
            definition += "      \"type\": \"object\",\n"
            definition += "      \"required\": [\(required.joined(separator: ", "))],\n"
            definition += "      \"additionalProperties\": false,\n"
            definition += "      \"properties\": {\n"
            definition += attributes.map { "        \"\(elementName($0.name, in: interface))\": \(Self.jsonTypes[$0.type] ?? #"{"type": "string"}"#)" }
                .joined(separator: ",\n")
            definition += "\n      }\n    }"
            definitions.append(definition)
        }
        return """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": \(OrderedJSON.quote(entities[interface.carries[0]].concept.term.en + " lookup")),
          "description": \(OrderedJSON.quote("Response of the Tunduk REST service " + interface.draft.id + " of the " + provider + " (X-Road message protocol for REST).")),
          "type": "object",
          "required": [\(names.map { "\"\(Self.plural($0.element))\"" }.joined(separator: ", "))],
          "additionalProperties": false,
          "properties": {
        \(properties.joined(separator: ",\n"))
          },
          "$defs": {
        \(definitions.joined(separator: ",\n"))
          }
        }

        """
    }

    private func jsonResponse(_ interface: Interface, _ records: [[(Attribute, String)]]) -> String {
        let names = wrappers(interface)
        var lists: [String] = []
        for (position, record) in records.enumerated() {
            let fields = record.map { attribute, value -> String in
                let literal: String
                switch attribute.type {
                case "integer", "decimal", "boolean": literal = value
                default: literal = OrderedJSON.quote(value)
                }
                return "      \"\(elementName(attribute.name, in: interface))\": \(literal)"
            }
            lists.append("  \"\(Self.plural(names[position].element))\": [\n    {\n" + fields.joined(separator: ",\n") + "\n    }\n  ]")
        }
        return "{\n" + lists.joined(separator: ",\n") + "\n}\n"
    }

    /// `entry` → `entries`, `address` → `addresses`, `record` → `records`.
    static func plural(_ word: String) -> String {
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }

    /// The codes of every code list that lists them, for example values.
    private func codeListValues() -> [String: [String]] {
        var values: [String: [String]] = [:]
        for list in codeLists {
            guard case .list(let items)? = list["values"] else { continue }
            values[list.id] = items.compactMap { item in
                guard case .record(let entries) = item else { return nil }
                return entries.first { $0.name == "code" }?.value.scalarText
            }
        }
        return values
    }

    private func digits(_ count: Int, _ random: inout SeededRandom) -> String {
        var out = ""
        for _ in 0..<count { out.append(Character(Unicode.Scalar(UInt8(48 + random.below(10))))) }
        return out
    }

    /// A plausible value of an attribute, valid for its XSD type.
    private func exampleValue(_ attribute: Attribute, codes: [String: [String]], _ random: inout SeededRandom) -> String {
        switch attribute.name {
        case "pin", "motherPin", "fatherPin", "spousePin", "directorPin":
            return String(1 + random.below(2)) + digits(13, &random)
        case "tin": return "0" + digits(13, &random)
        case "surname": return random.pick(People.surnames)
        case "givenName": return random.pick(People.maleNames + People.femaleNames)
        case "patronymic": return random.pick(People.fathers) + "ович"
        case "settlement": return random.pick(Places.standaloneNames)
        case "street": return random.pick(["Чүй проспекти", "Манас проспекти", "Токтогул көчөсү", "Ибраимов көчөсү", "Ленин көчөсү"])
        case "house": return String(1 + random.below(200))
        case "apartment": return String(1 + random.below(150))
        case "postalCode": return "72" + digits(4, &random)
        case "organisationName": return random.pick(["«Ала-Тоо Софт» ЖЧК", "«Нур-Агро» ЖЧК", "«Бийик Курулуш» ААК", "«Таза Суу» муниципалдык ишканасы"])
        case "issuingAuthority": return "МКК " + digits(6, &random)
        case "email": return "info@example.kg"
        case "phone": return "+996" + String(500 + random.below(300)) + digits(6, &random)
        case "makeModel": return random.pick(["Toyota Camry", "Honda Fit", "Lexus RX 350", "Mercedes-Benz Sprinter", "Daewoo Matiz"])
        case "vin": return "JTNB" + digits(13, &random)
        case "plateNumber": return "01KG" + digits(3, &random) + random.pick(["ABC", "AKM", "BTE"])
        case "period": return "2025-Q\(1 + random.below(4))"
        case "productionYear": return String(1995 + random.below(31))
        case "score": return String(110 + random.below(130))
        case "householdSize": return String(1 + random.below(9))
        default: break
        }
        switch attribute.type {
        case "date": return today.adding(days: -random.below(9000)).description
        case "datetime": return today.adding(days: -random.below(900)).description + "T\(10 + random.below(8)):\(10 + random.below(50)):00+06:00"
        case "integer": return String(1 + random.below(999))
        case "decimal": return "\(1 + random.below(90_000)).\(10 + random.below(90))"
        case "boolean": return random.chance(0.8) ? "true" : "false"
        case "binary": return "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
        case "code":
            if let list = attribute.codeList, let values = codes[list], !values.isEmpty { return random.pick(values) }
            switch attribute.codeList {
            case "cl.country": return random.pick(["KG", "KZ", "RU", "UZ", "TJ"])
            case "cl.currency": return random.pick(["KGS", "USD", "EUR"])
            case "cl.gked": return random.pick(["62.01", "47.11", "01.41", "41.20"])
            case "cl.icd-10": return random.pick(["J06.9", "I10", "E11.9", "K29.7"])
            case "cl.hs-code": return random.pick(["0101210000", "8703231981", "1001990000"])
            case "cl.occupation": return random.pick(["2512", "2341", "5223", "9211"])
            default: return "01"
            }
        default: return "KG-" + digits(8, &random)
        }
    }
}
