import CLibXML2

/// An ArchiMate exchange file as read: its elements and relationships with their names,
/// documentation and properties (property definitions resolved to names). Views and
/// folders are counted, not kept: eaf draws its own.
public struct ArchiMateDocument: Sendable {
    /// Text with its `xml:lang`, if any.
    public typealias LangString = (language: String?, text: String)

    /// An element or relationship of the file.
    public struct Concept: Sendable {
        public var identifier: String
        /// `xsi:type` without a namespace prefix (`BusinessActor`, `Flow`).
        public var type: String
        public var names: [LangString]
        public var documentation: [LangString]
        /// Properties by name, in file order, each with its values.
        public var properties: [(name: String, values: [LangString])]
        /// For relationships.
        public var source: String?
        public var target: String?
        public var accessType: String?
        public var line: Int

        /// The values of the first property with this name.
        public func property(_ name: String) -> [LangString]? {
            properties.first { $0.name == name }?.values
        }
    }

    public var names: [LangString]
    /// The model's own properties, by name.
    public var properties: [(name: String, values: [LangString])]
    public var elements: [Concept]
    public var relationships: [Concept]
    public var views: Int

    /// Why a file could not be read as an exchange model.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var line: Int
        public var description: String { message }
    }

    static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Parses exchange-format bytes with libxml2: network off, no entity substitution,
    /// no DTD loading; a file with a DOCTYPE is refused unparsed.
    public static func read(_ bytes: [UInt8], file: String) throws(ReadError) -> ArchiMateDocument {
        _ = LibXML.initialized
        if LibXML.doctypeOffset(bytes) != nil {
            throw ReadError(message: "a DOCTYPE is not allowed (it could define entities); remove it", line: 1)
        }
        if let flood = LibXML.attributeFlood(bytes) {
            let line = bytes.withUnsafeBufferPointer { YAMLReader.position(ofByte: flood.offset, in: $0) }.line
            throw ReadError(message: LibXML.attributeFloodMessage(flood.count), line: line)
        }
        let collector = LibXML.ErrorCollector()
        let parsed: xmlDocPtr? = collector.capturing { LibXML.parse(bytes, url: file) }
        guard let document = parsed else {
            let first = collector.entries.first { !$0.isWarning } ?? collector.entries.first
            throw ReadError(message: "not well-formed XML: \(first?.message ?? "could not be parsed")", line: max(1, first?.line ?? 1))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), LibXML.name(root.pointee.name) == "model",
              let namespace = root.pointee.ns, LibXML.name(namespace.pointee.href) == ArchiMateExporter.namespace else {
            throw ReadError(message: "not an ArchiMate exchange file: the root must be <model xmlns=\"\(ArchiMateExporter.namespace)\">", line: 1)
        }

        var definitions: [String: String] = [:]
        for container in children(root, "propertyDefinitions") {
            for definition in children(container, "propertyDefinition") {
                guard let identifier = attribute(definition, "identifier") else { continue }
                definitions[identifier] = langStrings(definition, "name").first?.text ?? identifier
            }
        }
        func properties(of node: xmlNodePtr) -> [(name: String, values: [LangString])] {
            var properties: [(name: String, values: [LangString])] = []
            for container in children(node, "properties") {
                for property in children(container, "property") {
                    let reference = attribute(property, "propertyDefinitionRef") ?? ""
                    properties.append((definitions[reference] ?? reference, langStrings(property, "value")))
                }
            }
            return properties
        }
        func concept(_ node: xmlNodePtr) -> Concept {
            let properties = properties(of: node)
            var type = attribute(node, "type", namespace: xsiNamespace) ?? ""
            if let colon = type.lastIndex(of: ":") { type = String(type[type.index(after: colon)...]) }
            return Concept(identifier: attribute(node, "identifier") ?? "", type: type, names: langStrings(node, "name"),
                           documentation: langStrings(node, "documentation"), properties: properties,
                           source: attribute(node, "source"), target: attribute(node, "target"),
                           accessType: attribute(node, "accessType"), line: Int(xmlGetLineNo(node)))
        }
        var views = 0
        for container in children(root, "views") {
            for diagrams in children(container, "diagrams") { views += children(diagrams, "view").count }
        }
        return ArchiMateDocument(
            names: langStrings(root, "name"),
            properties: properties(of: root),
            elements: children(root, "elements").flatMap { children($0, "element") }.map(concept),
            relationships: children(root, "relationships").flatMap { children($0, "relationship") }.map(concept),
            views: views)
    }

    static func children(_ node: xmlNodePtr, _ name: String) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, LibXML.name(current.pointee.name) == name { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    static func attribute(_ node: xmlNodePtr, _ name: String, namespace: String? = nil) -> String? {
        let value = namespace.map { xmlGetNsProp(node, name, $0) } ?? xmlGetNoNsProp(node, name)
        guard let value else { return nil }
        defer { eaf_xml_free(value) }
        return String(cString: value)
    }

    /// The texts of a node's children of one name, each with its own `xml:lang`.
    static func langStrings(_ node: xmlNodePtr, _ name: String) -> [LangString] {
        children(node, name).map { child in
            let language = attribute(child, "lang", namespace: xmlNamespace).flatMap { $0.isEmpty ? nil : $0 }
            return (language, LibXML.text(of: child))
        }
    }
}
