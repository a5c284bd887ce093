import CLibXML2
@testable import EAModel
import Foundation
import Testing

/// The field names a kind (or a nested record) has: a leaf, or a record with its own fields.
indirect enum FieldShape: Equatable, CustomStringConvertible {
    case leaf
    case record([String: FieldShape])

    var description: String {
        switch self {
        case .leaf: "·"
        case .record(let fields): "{" + fields.keys.sorted().map { "\($0): \(fields[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Both published schemas are generated from the metamodel; these tests read the
/// committed files back, independently of the generators, and check that each knows
/// exactly the metamodel's kinds and, per kind, its fields (nested records included).
/// A field added to one side only fails here.
@Suite struct SchemaAgreementTests {
    /// What the Swift metamodel says: kind → field → shape.
    static func metamodelShapes(includingKind: Bool) -> [String: [String: FieldShape]] {
        func shape(_ type: FieldType) -> FieldShape {
            switch type {
            case .record(let specs), .list(.record(let specs)): .record(Dictionary(uniqueKeysWithValues: specs.map { ($0.name, shape($0.type)) }))
            default: .leaf
            }
        }
        var result: [String: [String: FieldShape]] = [:]
        for kind in Kind.allCases {
            let specs = Metamodel.fields(of: kind).filter { includingKind || $0.name != "kind" }
            result[kind.rawValue] = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, shape($0.type)) })
        }
        return result
    }

    // MARK: The XSD, read with libxml2.

    static func xsdShapes(_ text: String) throws -> [String: [String: FieldShape]] {
        let bytes = Array(text.utf8)
        let document = try #require(bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "schema.xsd", nil, Int32(XML_PARSE_NONET.rawValue)) }
        })
        defer { xmlFreeDoc(document) }
        let schema = try #require(xmlDocGetRootElement(document))
        var result: [String: [String: FieldShape]] = [:]
        for type in children(schema, "complexType") {
            guard let name = attribute(type, "name"), Kind(rawValue: name) != nil else { continue }
            result[name] = fields(of: type)
        }
        // The root's choice must offer one element per kind, of that kind's type.
        let model = try #require(children(schema, "element").first { attribute($0, "name") == "model" })
        let choice = children(model, "complexType").flatMap { children($0, "choice") }.flatMap { children($0, "element") }
        #expect(Set(choice.compactMap { attribute($0, "name") }) == Set(Kind.allCases.map(\.xmlName)))
        for element in choice {
            #expect(attribute(element, "type") == "m:" + (Kind(xmlName: attribute(element, "name") ?? "")?.rawValue ?? "?"))
        }
        return result
    }

    /// Attributes and `xs:all` children of a complex type; a child with its own complex
    /// type is a record, or a list of records when that type is a sequence of them.
    static func fields(of type: xmlNodePtr) -> [String: FieldShape] {
        var result: [String: FieldShape] = [:]
        for attribute in children(type, "attribute") {
            if let name = Self.attribute(attribute, "name") { result[name] = .leaf }
        }
        for all in children(type, "all") {
            for element in children(all, "element") {
                guard let name = attribute(element, "name") else { continue }
                guard let inner = children(element, "complexType").first else {
                    result[name] = .leaf
                    continue
                }
                if let sequence = children(inner, "sequence").first {
                    let item = children(sequence, "element").first
                    if let item, let itemType = children(item, "complexType").first {
                        result[name] = .record(fields(of: itemType))
                    } else {
                        result[name] = .leaf
                    }
                } else {
                    result[name] = .record(fields(of: inner))
                }
            }
        }
        return result
    }

    static func children(_ node: xmlNodePtr, _ localName: String) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, String(cString: current.pointee.name) == localName { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { eaf_xml_free(value) }
        return String(cString: value)
    }

    // MARK: The JSON Schema, read with JSONSerialization.

    static func jsonShapes(_ text: String) throws -> [String: [String: FieldShape]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let definitions = try #require(root["$defs"] as? [String: Any])
        // The document's `kind` and its conditions must name every kind, each to its own subschema.
        let kinds = ((root["properties"] as? [String: Any])?["kind"] as? [String: Any])?["enum"] as? [String]
        #expect(Set(kinds ?? []) == Set(Kind.allCases.map(\.rawValue)))
        var conditions: [String: String] = [:]
        for case let condition as [String: Any] in root["allOf"] as? [Any] ?? [] {
            let kind = (((condition["if"] as? [String: Any])?["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String
            let target = (condition["then"] as? [String: Any])?["$ref"] as? String
            if let kind, let target { conditions[kind] = target }
        }
        #expect(conditions == Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0.rawValue, "#/$defs/" + $0.rawValue) }))

        func shape(_ schema: [String: Any]) -> FieldShape {
            if let properties = schema["properties"] as? [String: Any] {
                return .record(properties.mapValues { shape($0 as? [String: Any] ?? [:]) })
            }
            if let items = schema["items"] as? [String: Any], items["properties"] != nil { return shape(items) }
            return .leaf
        }
        var result: [String: [String: FieldShape]] = [:]
        for (name, value) in definitions {
            guard let definition = value as? [String: Any], case .record(let fields) = shape(definition) else { continue }
            result[name] = fields
        }
        return result
    }

    /// Kinds and fields that differ between two shape tables, for a readable failure.
    static func differences(_ expected: [String: [String: FieldShape]], _ actual: [String: [String: FieldShape]]) -> [String] {
        var result: [String] = []
        for kind in Set(expected.keys).union(actual.keys).sorted() {
            guard let want = expected[kind] else { result.append("\(kind): not in the metamodel"); continue }
            guard let got = actual[kind] else { result.append("\(kind): missing"); continue }
            for field in Set(want.keys).union(got.keys).sorted() where want[field] != got[field] {
                result.append("\(kind).\(field): metamodel \(want[field].map(\.description) ?? "absent"), schema \(got[field].map(\.description) ?? "absent")")
            }
        }
        return result
    }

    static func committed(_ name: String) throws -> String {
        try String(contentsOfFile: TestPaths.inPackage("schemas/" + name), encoding: .utf8)
    }

    @Test func theCommittedXSDKnowsExactlyTheMetamodelsKindsAndFields() throws {
        let shapes = try Self.xsdShapes(Self.committed("egeaf-model-1.xsd"))
        #expect(Self.differences(Self.metamodelShapes(includingKind: false), shapes) == [])
    }

    @Test func theCommittedJSONSchemaKnowsExactlyTheMetamodelsKindsAndFields() throws {
        let shapes = try Self.jsonShapes(Self.committed(ModelJSONSchema.fileName))
        #expect(Self.differences(Self.metamodelShapes(includingKind: true), shapes) == [])
    }

    /// The check itself must notice a field that only one side has.
    @Test func aFieldAddedToOneSideIsCaught() throws {
        let xsd = try Self.committed("egeaf-model-1.xsd").replacingOccurrences(
            of: "<xs:complexType name=\"Platform\">\n", with: "<xs:complexType name=\"Platform\">\n    <xs:attribute name=\"region\"/>\n")
        #expect(Self.differences(Self.metamodelShapes(includingKind: false), try Self.xsdShapes(xsd))
                == ["Platform.region: metamodel absent, schema ·"])

        var json = try Self.committed(ModelJSONSchema.fileName)
        let platform = try #require(json.range(of: "\"Platform\": {"))
        let properties = try #require(json.range(of: "\"properties\": {", range: platform.upperBound..<json.endIndex))
        json.insert(contentsOf: "\"region\": {\"type\": \"string\"}, ", at: properties.upperBound)
        #expect(Self.differences(Self.metamodelShapes(includingKind: true), try Self.jsonShapes(json))
                == ["Platform.region: metamodel absent, schema ·"])

        var metamodel = Self.metamodelShapes(includingKind: true)
        metamodel["InformationSystem"]?["region"] = .leaf
        #expect(Self.differences(metamodel, try Self.jsonShapes(Self.committed(ModelJSONSchema.fileName)))
                == ["InformationSystem.region: metamodel ·, schema absent"])
    }
}
