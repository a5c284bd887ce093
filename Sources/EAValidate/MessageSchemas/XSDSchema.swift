import CLibXML2
import EAModel

/// An XML Schema compiled once with libxml2 and shared by every thread that validates
/// messages against it (libxml2 allows one compiled schema to serve many validation
/// contexts at once).
///
/// The schema file is read by eaf with network access off and no entity substitution and
/// handed to libxml2 as a document, because libxml2's own schema file reader substitutes
/// entities. `xs:import` and `xs:include` go through `EntityLoader`, which reads only
/// inside the allowed folders and never the network.
public final class XSDSchema: @unchecked Sendable {
    fileprivate let schema: xmlSchemaPtr
    private let document: xmlDocPtr
    /// The schema file as the caller named it.
    public let file: String
    /// The names of the elements and attributes the schema file declares (SEM007).
    public let declaredNames: Set<String>

    private init(schema: xmlSchemaPtr, document: xmlDocPtr, file: String, declaredNames: Set<String>) {
        self.schema = schema
        self.document = document
        self.file = file
        self.declaredNames = declaredNames
    }

    deinit {
        xmlSchemaFree(schema)
        xmlFreeDoc(document)
    }

    /// Compiles the schema at `path`; `file` is how problems name it. Imports and includes
    /// are read only from inside `allowedFolders` and the schema's own folder.
    public static func compile(path: String, file: String, allowedFolders: [String]) -> Result<XSDSchema, SchemaFailure> {
        compile(path: path, file: file, realFolders: MessageSchemaOptions(allowedFolders: allowedFolders).realFolders(holding: path))
    }

    /// Compiles the schema at `path`, reading imports and includes only from inside these
    /// folders, given by their real paths.
    public static func compile(path: String, file: String, realFolders: [String]) -> Result<XSDSchema, SchemaFailure> {
        _ = LibXML.initialized
        let start = SourceLocation(file: file, line: 1, column: 1)
        let bytes: [UInt8]
        switch FileTree.read(path) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(SchemaFailure([MessageProblem(.schema, "cannot read the schema: \(error)", at: start)]))
        }
        if let flood = LibXML.attributeFlood(bytes) {
            return .failure(SchemaFailure([MessageProblem(.schema, "the schema is refused: \(LibXML.attributeFloodMessage(flood.count))",
                                                          at: position(ofByte: flood.offset, in: bytes).in(file))]))
        }
        let collector = LibXML.ErrorCollector()
        let parsed: xmlDocPtr? = collector.capturing { LibXML.parse(bytes, url: path, options: LibXML.safeParseOptions | Int32(XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue)) }
        guard let document = parsed else {
            let first = collector.entries.first { !$0.isWarning }
            return .failure(SchemaFailure([MessageProblem(.schema, "the schema is not well-formed XML: \(first?.message ?? "it could not be parsed")",
                                                          at: SourceLocation(file: file, line: max(1, first?.line ?? 1), column: max(1, first?.column ?? 1)))]))
        }

        let compiled = LibXML.ErrorCollector()
        let (schema, refused) = EntityLoader.allowing(realFolders: realFolders) {
            compiled.capturing { () -> xmlSchemaPtr? in
                guard let context = xmlSchemaNewDocParserCtxt(document) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, LibXML.collect, Unmanaged.passUnretained(compiled).toOpaque())
                return xmlSchemaParse(context)
            }
        }
        var problems: [MessageProblem] = refused.map { refusal in
            if let reason = refusal.reason {
                return MessageProblem(.schema, "refused to load '\(refusal.location)': \(reason)", at: start)
            }
            return MessageProblem(.schema, "refused to load '\(refusal.location)': schemas are read only from inside the repository or the folders you allow, never from the network; keep a copy beside the schema and point the import at it", at: start)
        }
        // Positions are worked out only for a schema that does not compile: mapping every
        // node of a schema that does costs a fifth of compiling it.
        let errors = compiled.entries.filter { !$0.isWarning }
        let positions = errors.isEmpty ? [:] : XMLNodePositions.map(xmlDocGetRootElement(document), bytes: bytes)
        for entry in errors {
            let position = entry.node.flatMap { positions[$0] } ?? TextPosition(line: max(1, entry.line), column: max(1, entry.column))
            problems.append(MessageProblem(.schema, "the schema does not compile: \(entry.message)", at: position.in(file)))
        }
        guard let schema, problems.isEmpty else {
            if let schema { xmlSchemaFree(schema) }
            xmlFreeDoc(document)
            if problems.isEmpty { problems.append(MessageProblem(.schema, "the schema does not compile", at: start)) }
            return .failure(SchemaFailure(problems))
        }
        return .success(XSDSchema(schema: schema, document: document, file: file, declaredNames: Self.names(in: document)))
    }

    /// Validates one message; `file` is how problems name it.
    public func validate(_ bytes: [UInt8], file: String) -> [MessageProblem] {
        let validator = Validator(self)
        return validator.validate(bytes, file: file)
    }

    /// A parser and a validation context for one thread, reused message after message,
    /// so the per-message cost is the parse and the validation alone.
    public final class Validator {
        private let schema: XSDSchema
        /// The parser for messages the streaming check rejects, made for the first of them:
        /// most validators never see one (the streaming check makes its own parser), and
        /// making and freeing it cost a tenth of checking a small message.
        private var rejectedParser: xmlParserCtxtPtr?
        private let context: xmlSchemaValidCtxtPtr?
        private let errors = LibXML.ErrorCollector()

        public init(_ schema: XSDSchema) {
            _ = LibXML.initialized
            self.schema = schema
            context = xmlSchemaNewValidCtxt(schema.schema)
            xmlSchemaSetValidStructuredErrors(context, LibXML.collect, Unmanaged.passUnretained(errors).toOpaque())
        }

        deinit {
            xmlSchemaFreeValidCtxt(context)
            if let rejectedParser { xmlFreeParserCtxt(rejectedParser) }
        }

        public func validate(_ bytes: [UInt8], file: String) -> [MessageProblem] {
            if let offset = LibXML.doctypeOffset(bytes) {
                let position = XSDSchema.position(ofByte: offset, in: bytes)
                return [MessageProblem(.message, "a DOCTYPE is not allowed in messages (SOAP forbids them, and it could define entities); remove it", at: position.in(file))]
            }
            if let flood = LibXML.attributeFlood(bytes) {
                return [MessageProblem(.message, LibXML.attributeFloodMessage(flood.count), at: XSDSchema.position(ofByte: flood.offset, in: bytes).in(file))]
            }
            errors.entries.removeAll(keepingCapacity: true)
            // Most messages are valid: validating while parsing, with no tree, settles
            // them at the least cost. Only a message it rejects is parsed into a tree and
            // validated again, so that each error is reported at its element.
            let valid = errors.capturing {
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        eaf_xml_stream_validate(context, $0.baseAddress, Int32(clamping: $0.count)) == 0
                    }
                }
            }
            if valid { return [] }
            errors.entries.removeAll(keepingCapacity: true)
            if rejectedParser == nil { rejectedParser = xmlNewParserCtxt() }
            let parser = rejectedParser
            let parsed: xmlDocPtr? = errors.capturing { LibXML.parse(bytes, url: nil, context: parser) }
            guard let document = parsed else {
                let first = errors.entries.first { !$0.isWarning }
                return [MessageProblem(.message, "not well-formed XML: \(first?.message ?? "it could not be parsed")",
                                       at: SourceLocation(file: file, line: max(1, first?.line ?? 1), column: max(1, first?.column ?? 1)))]
            }
            defer { xmlFreeDoc(document) }
            errors.entries.removeAll(keepingCapacity: true)
            _ = errors.capturing { xmlSchemaValidateDoc(context, document) }
            let found = errors.entries.filter { !$0.isWarning }
            guard !found.isEmpty, let root = xmlDocGetRootElement(document) else { return [] }
            // Positions are worked out only for messages that have errors: valid ones, the
            // common case, cost just the parse and the validation.
            let positions = XMLNodePositions.map(root, bytes: bytes)
            return found.map { entry in
                let position = entry.node.flatMap { positions[$0] } ?? TextPosition(line: max(1, entry.line), column: 1)
                return MessageProblem(.message, entry.message, at: position.in(file))
            }
        }
    }

    /// Names of `xs:element` and `xs:attribute` declarations in the schema document.
    private static func names(in document: xmlDocPtr) -> Set<String> {
        guard let root = xmlDocGetRootElement(document) else { return [] }
        // Gathered in a list and made a set once, at its size: a set grown name by name
        // was rehashed at every doubling, a tenth of compiling a small schema.
        var names: [String] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            // The tag compared as C strings: a Swift string of every node's name was most
            // of the walk.
            if let tag = node.pointee.name, xmlStrEqual(tag, "element") != 0 || xmlStrEqual(tag, "attribute") != 0,
               let name = nameAttribute(of: node) {
                names.append(name)
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append(current) }
                child = current.pointee.next
            }
        }
        return Set(names)
    }

    /// The `name` attribute's value: read in place when it is one text node (always, in a
    /// parsed document without a DTD), else copied out by libxml2.
    private static func nameAttribute(of node: xmlNodePtr) -> String? {
        guard let attribute = xmlHasProp(node, "name") else { return nil }
        if attribute.pointee.type == XML_ATTRIBUTE_NODE, let text = attribute.pointee.children,
           text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil, let content = text.pointee.content {
            return String(cString: content)
        }
        guard let value = xmlGetProp(node, "name") else { return nil }
        defer { eaf_xml_free(value) }
        return String(cString: value)
    }

    static func position(ofByte offset: Int, in bytes: [UInt8]) -> TextPosition {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TextPosition(line: line, column: column)
    }
}
