import CLibXML2

/// Reads XML model files (`<model xmlns="urn:egeaf:model:1">`) into the same node trees
/// as YAML, after validating them against the metamodel's XSD with libxml2.
///
/// Files whose root is not in the model namespace are not model files (message examples
/// may live beside models) and are skipped. Files with a DOCTYPE are refused unparsed:
/// model files need no DTD, and refusing it shuts out entity expansion attacks.
public struct XMLModelReader: Sendable {
    public init() {}

    public struct Result: Sendable {
        /// False when the file is XML of some other vocabulary.
        public var isModelFile: Bool
        public var documents: [ParsedDocument]
        /// Well-formedness problems (INT001).
        public var issues: [LoadIssue]
        /// What the XSD says is wrong (INT002), reported when the decoder finds nothing
        /// itself; its own messages are more specific ("did you mean", columns).
        public var schemaIssues: [LoadIssue]
    }

    public func read(_ bytes: [UInt8], file: String) -> Result {
        _ = LibXML.initialized
        let mentionsNamespace = LibXML.firstOffset(of: Array(ModelXMLSchema.namespace.utf8), in: bytes) != nil
        if let offset = LibXML.doctypeOffset(bytes) {
            let position = bytes.withUnsafeBufferPointer { YAMLReader.position(ofByte: offset, in: $0) }
            return Result(isModelFile: true, documents: [], issues: [LoadIssue(
                .malformed, "a DOCTYPE is not allowed in model files (it could define entities); remove it",
                at: position.in(file))], schemaIssues: [])
        }

        if let flood = LibXML.attributeFlood(bytes) {
            guard mentionsNamespace else { return Result(isModelFile: false, documents: [], issues: [], schemaIssues: []) }
            let position = bytes.withUnsafeBufferPointer { YAMLReader.position(ofByte: flood.offset, in: $0) }
            return Result(isModelFile: true, documents: [], issues: [LoadIssue(
                .malformed, LibXML.attributeFloodMessage(flood.count), at: position.in(file))], schemaIssues: [])
        }

        let collector = LibXML.ErrorCollector()
        let document: xmlDocPtr? = collector.capturing { LibXML.parse(bytes, url: file) }
        guard let document else {
            // A broken file that names the model namespace was meant as a model file.
            guard mentionsNamespace else { return Result(isModelFile: false, documents: [], issues: [], schemaIssues: []) }
            let first = collector.entries.first { !$0.isWarning } ?? collector.entries.first
            let issue = LoadIssue(.malformed, "not well-formed XML: \(first?.message ?? "could not be parsed")",
                                  at: SourceLocation(file: file, line: max(1, first?.line ?? 1), column: max(1, first?.column ?? 1)))
            return Result(isModelFile: true, documents: [], issues: [issue], schemaIssues: [])
        }
        defer { xmlFreeDoc(document) }

        guard let root = xmlDocGetRootElement(document), LibXML.name(root.pointee.name) == "model",
              let namespace = root.pointee.ns, LibXML.name(namespace.pointee.href) == ModelXMLSchema.namespace else {
            return Result(isModelFile: false, documents: [], issues: [], schemaIssues: [])
        }
        if document.pointee.intSubset != nil {
            return Result(isModelFile: true, documents: [], issues: [LoadIssue(
                .malformed, "a DOCTYPE is not allowed in model files; remove it", at: SourceLocation(file: file, line: 1, column: 1))],
                          schemaIssues: [])
        }

        let builder = TreeBuilder(file: file, positions: XMLNodePositions.map(root, bytes: bytes))
        var documents: [ParsedDocument] = []
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                let name = LibXML.name(node.pointee.name)
                let kind = Kind(xmlName: name)
                let specs = kind.map { Metamodel.fields(of: $0) } ?? []
                if kind == nil {
                    // Still decoded, with a `kind` entry the decoder will reject with a hint.
                    var tree = builder.mapping(node, specs: [])
                    if case .mapping(var entries) = tree.content {
                        let at = builder.position(of: node)
                        entries.insert(MappingEntry(key: Node(.scalar("kind", quoted: true), at: at),
                                                    value: Node(.scalar(name.prefix(1).uppercased() + name.dropFirst(), quoted: true), at: at)), at: 0)
                        tree = Node(.mapping(entries), at: at)
                    }
                    documents.append(ParsedDocument(root: tree))
                } else {
                    documents.append(ParsedDocument(root: builder.mapping(node, specs: specs), impliedKind: kind))
                }
            }
            child = node.pointee.next
        }

        var schemaIssues: [LoadIssue] = []
        if let schema = ModelSchemaHolder.shared.schema {
            let validation = LibXML.ErrorCollector()
            validation.capturing {
                let context = xmlSchemaNewValidCtxt(schema)
                xmlSchemaSetValidStructuredErrors(context, LibXML.collect, Unmanaged.passUnretained(validation).toOpaque())
                _ = xmlSchemaValidateDoc(context, document)
                xmlSchemaFreeValidCtxt(context)
            }
            for entry in validation.entries where !entry.isWarning {
                let position = entry.node.flatMap { builder.positions[$0] }
                    ?? TextPosition(line: max(1, entry.line), column: 1)
                schemaIssues.append(LoadIssue(.structure, entry.message, at: position.in(file)))
            }
        }
        return Result(isModelFile: true, documents: documents, issues: [], schemaIssues: schemaIssues)
    }
}

/// The model XSD compiled once and shared by every thread (libxml2 allows a compiled
/// schema to serve many validation contexts at once).
final class ModelSchemaHolder: @unchecked Sendable {
    static let shared = ModelSchemaHolder()
    let schema: xmlSchemaPtr?

    private init() {
        _ = LibXML.initialized
        let text = Array(ModelXMLSchema.text.utf8)
        schema = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                return xmlSchemaParse(parser)
            }
        }
    }
}

/// Maps libxml2's element tree to nodes, guided by the metamodel's field types.
private struct TreeBuilder {
    let file: String
    /// Positions of element and attribute nodes, keyed by their libxml2 pointers.
    let positions: [UnsafeMutableRawPointer: TextPosition]

    init(file: String, positions: [UnsafeMutableRawPointer: TextPosition]) {
        self.file = file
        self.positions = positions
    }
    func position(of node: xmlNodePtr) -> TextPosition {
        positions[UnsafeMutableRawPointer(node)] ?? TextPosition(line: Int(xmlGetLineNo(node)), column: 1)
    }

    private func position(ofAttribute attribute: xmlAttrPtr, in node: xmlNodePtr) -> TextPosition {
        positions[UnsafeMutableRawPointer(attribute)] ?? position(of: node)
    }

    private func elements(in node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    private func scalar(_ node: xmlNodePtr) -> Node {
        Node(.scalar(LibXML.text(of: node).trimmingCharacters(in: " \n\r\t"), quoted: true), at: position(of: node))
    }

    /// An element with attributes and child elements as a mapping: attributes are scalar
    /// fields, children are the fields their names say, read by the field's type.
    func mapping(_ node: xmlNodePtr, specs: [FieldSpec]) -> Node {
        var entries: [MappingEntry] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = LibXML.name(current.pointee.name)
            // Attributes in other namespaces (xml:, xsi:) are not fields.
            if current.pointee.ns == nil {
                let at = position(ofAttribute: current, in: node)
                var bytes: [UInt8] = []
                var text = current.pointee.children
                while let piece = text {
                    if let content = piece.pointee.content {
                        var cursor = content
                        while cursor.pointee != 0 { bytes.append(cursor.pointee); cursor += 1 }
                    }
                    text = piece.pointee.next
                }
                entries.append(MappingEntry(key: Node(.scalar(name, quoted: true), at: at),
                                            value: Node(.scalar(String(decoding: bytes, as: UTF8.self), quoted: true), at: at)))
            }
            attribute = current.pointee.next
        }
        for child in elements(in: node) {
            let name = LibXML.name(child.pointee.name)
            let at = position(of: child)
            let key = Node(.scalar(name, quoted: true), at: at)
            let type = specs.first { $0.name == name }?.type
            entries.append(MappingEntry(key: key, value: value(child, type: type)))
        }
        return Node(.mapping(entries), at: position(of: node))
    }

    private func value(_ node: xmlNodePtr, type: FieldType?) -> Node {
        let at = position(of: node)
        switch type {
        case .localizedText?:
            let texts = elements(in: node).filter { LibXML.name($0.pointee.name) == "text" }
            guard !texts.isEmpty else { return scalar(node) }
            var entries: [MappingEntry] = []
            for text in texts {
                let language = xmlNodeGetLang(text).map { pointer -> String in
                    defer { eaf_xml_free(UnsafeMutableRawPointer(mutating: pointer)) }
                    return String(cString: pointer)
                } ?? ""
                let textAt = position(of: text)
                entries.append(MappingEntry(key: Node(.scalar(language, quoted: true), at: textAt), value: scalar(text)))
            }
            return Node(.mapping(entries), at: at)
        case .list(let item)?:
            let items = elements(in: node).map { child -> Node in
                if case .record(let specs) = item { return mapping(child, specs: specs) }
                return scalar(child)
            }
            return Node(.sequence(items), at: at)
        case .record(let specs)?:
            return mapping(node, specs: specs)
        case .dictionary?:
            var entries: [MappingEntry] = []
            for entry in elements(in: node) {
                let entryAt = position(of: entry)
                let key = xmlGetProp(entry, "key").map { pointer -> String in
                    defer { eaf_xml_free(UnsafeMutableRawPointer(pointer)) }
                    return String(cString: pointer)
                } ?? ""
                let value = xmlGetProp(entry, "value").map { pointer -> String in
                    defer { eaf_xml_free(UnsafeMutableRawPointer(pointer)) }
                    return String(cString: pointer)
                } ?? ""
                entries.append(MappingEntry(key: Node(.scalar(key, quoted: true), at: entryAt),
                                            value: Node(.scalar(value, quoted: true), at: entryAt)))
            }
            return Node(.mapping(entries), at: at)
        default:
            if elements(in: node).isEmpty { return scalar(node) }
            return mapping(node, specs: [])
        }
    }
}
