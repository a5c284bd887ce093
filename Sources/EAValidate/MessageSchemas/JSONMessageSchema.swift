import EAModel
import JSONSchema

/// A JSON Schema (draft 2020-12 or draft-07) compiled once with eaf's own engine, for JSON
/// and YAML messages. References resolve only inside the allowed folders (served as
/// `file://` URIs) and the URL prefixes the user maps to folders; never from the network.
public final class JSONMessageSchema: Sendable {
    private let schema: CompiledSchema
    public let file: String
    /// Every property name the schema document declares, at any depth (not those of
    /// documents it references), for SEM007.
    public let declaredNames: Set<String>

    private init(schema: CompiledSchema, file: String, declaredNames: Set<String>) {
        self.schema = schema
        self.file = file
        self.declaredNames = declaredNames
    }

    public static func compile(path: String, file: String, options: MessageSchemaOptions) -> Result<JSONMessageSchema, SchemaFailure> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let bytes: [UInt8]
        switch FileTree.read(path) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(SchemaFailure([MessageProblem(.schema, "cannot read the schema: \(error)", at: start)]))
        }
        let document: JSONValue
        do {
            document = try JSONReader().read(bytes)
        } catch {
            return .failure(SchemaFailure([MessageProblem(.schema, "the schema is not valid JSON: \(error.message)",
                                                          at: SourceLocation(file: file, line: error.position.line, column: error.position.column))]))
        }
        let folders = options.realFolders(holding: path)
        var mappings = folders.map { ResourceMapping(prefix: "file://" + ($0.hasSuffix("/") ? $0 : $0 + "/"), folder: $0) }
        mappings += options.resources
        let compiler = SchemaCompiler(options: SchemaOptions(defaultDraft: options.defaultDraft, assertFormats: options.assertFormats),
                                      mappings: mappings)
        let base = "file://" + (FileTree.realPath(path) ?? path)
        do {
            let compiled = try compiler.compile(document, baseURI: base)
            return .success(JSONMessageSchema(schema: compiled, file: file, declaredNames: Self.propertyNames(in: document)))
        } catch {
            let position = error.position.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? start
            let message = shown(error.message, schema: (real: base, shown: file), folders: folders, shownFolder: FileTree.parentFolder(of: file))
            return .failure(SchemaFailure([MessageProblem(.schema, "the schema does not compile: \(message)", at: position)]))
        }
    }

    /// A compiler message with the `file://` URIs of real paths it names (the schema's,
    /// and those of documents in the allowed folders) written as eaf writes file names:
    /// the schema as `file`, its folder's documents beside it, the others relative to their
    /// allowed folder. The same repository then gives the same findings on every machine
    /// and in every checkout, and no finding shows where the checkout lives.
    static func shown(_ message: String, schema: (real: String, shown: String), folders: [String], shownFolder: String) -> String {
        guard message.utf8.count > 7, message.contains("file://") else { return message }
        var text = message.replacing(schema.real, with: schema.shown)
        let schemaFolder = FileTree.parentFolder(of: String(schema.real.dropFirst("file://".count)))
        text = text.replacing("file://" + schemaFolder + "/", with: shownFolder == "." ? "" : shownFolder + "/")
        // Longer folders first: a folder inside another keeps its own name.
        for folder in folders.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            text = text.replacing("file://" + (folder.hasSuffix("/") ? folder : folder + "/"), with: "")
        }
        return text
    }

    /// Validates a JSON or YAML message; `file` is how problems name it.
    public func validate(_ bytes: [UInt8], file: String) -> [MessageProblem] {
        let instance: JSONValue
        let lower = file.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            let read = YAMLReader().read(bytes, file: file)
            if let issue = read.issues.first {
                return [MessageProblem(.message, issue.message, at: issue.location)]
            }
            guard read.documents.count == 1, let root = read.documents.first else {
                return [MessageProblem(.message, "a YAML message must hold exactly one document, not \(read.documents.count)",
                                       at: SourceLocation(file: file, line: 1, column: 1))]
            }
            instance = YAMLJSON.value(root)
        } else if lower.hasSuffix(".xml") {
            return [MessageProblem(.message, "this is an XML message, but its schema is a JSON Schema; give it an XSD or write the message as JSON",
                                   at: SourceLocation(file: file, line: 1, column: 1))]
        } else {
            do {
                instance = try JSONReader().read(bytes)
            } catch {
                return [MessageProblem(.message, "not valid JSON: \(error.message)",
                                       at: SourceLocation(file: file, line: error.position.line, column: error.position.column))]
            }
        }
        return schema.validate(instance).map { error in
            let position = error.position ?? JSONPosition(line: 1, column: 1)
            return MessageProblem(.message, error.message, at: SourceLocation(file: file, line: position.line, column: position.column),
                                  instancePath: error.instanceLocation, keywordPath: error.keywordLocation)
        }
    }

    /// Keys of every `properties` object anywhere in the schema document.
    static func propertyNames(in document: JSONValue) -> Set<String> {
        var names = Set<String>()
        var stack = [document]
        while let value = stack.popLast() {
            switch value.content {
            case .object(let object):
                for member in object.members {
                    if member.key == "properties", case .object(let properties) = member.value.content {
                        for property in properties.members { names.insert(property.key) }
                    }
                    stack.append(member.value)
                }
            case .array(let items):
                stack.append(contentsOf: items)
            default:
                break
            }
        }
        return names
    }
}

/// How message schemas are compiled: where imports and references may be read from,
/// which URL prefixes map to local folders, and whether `format` is asserted.
public struct MessageSchemaOptions: Sendable {
    public var allowedFolders: [String]
    public var resources: [ResourceMapping]
    public var assertFormats: Bool
    /// The JSON Schema draft of schemas that do not say (`$schema`).
    public var defaultDraft: Draft
    /// The allowed folders are real paths (without symbolic links) and hold the schema:
    /// neither they nor the schema's own folder are resolved again for each schema.
    public var allowedFoldersAreReal = false

    public init(allowedFolders: [String] = [], resources: [ResourceMapping] = [], assertFormats: Bool = false,
                defaultDraft: Draft = .draft2020_12) {
        self.allowedFolders = allowedFolders
        self.resources = resources
        self.assertFormats = assertFormats
        self.defaultDraft = defaultDraft
    }

    /// The real paths of the folders a schema at `path` may read from: the allowed folders
    /// and the schema's own, or the allowed folders as they are when they are real already.
    public func realFolders(holding path: String) -> [String] {
        allowedFoldersAreReal ? allowedFolders
            : (allowedFolders + [FileTree.parentFolder(of: path)]).compactMap { FileTree.realPath($0) }
    }
}

/// A YAML message read as the JSON value a YAML 1.2 core-schema loader would give: plain
/// `null`/`true`/`false`/numbers are typed, quoted scalars stay strings, positions are kept.
enum YAMLJSON {
    static func value(_ node: Node) -> JSONValue {
        let position = JSONPosition(line: node.position.line, column: node.position.column)
        switch node.content {
        case .scalar(let text, let quoted):
            if quoted { return JSONValue(text, position: position) }
            if node.isNull { return JSONValue(.null, position: position) }
            switch text {
            case "true", "True", "TRUE": return JSONValue(true, position: position)
            case "false", "False", "FALSE": return JSONValue(false, position: position)
            default: break
            }
            if Self.isNumber(text), let number = JSONNumber(literal: text.hasPrefix("+") ? String(text.dropFirst()) : text) {
                return JSONValue(number, position: position)
            }
            return JSONValue(text, position: position)
        case .sequence(let items):
            return JSONValue(items.map(value), position: position)
        case .mapping(let entries):
            let members = entries.map { entry in
                JSONObject.Member(key: entry.key.scalar ?? "", keyPosition: JSONPosition(line: entry.key.position.line, column: entry.key.position.column),
                                  value: value(entry.value))
            }
            return JSONValue(JSONObject(members), position: position)
        }
    }

    /// The YAML 1.2 core schema's integer and float forms (decimal only).
    static func isNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
        guard let first = bytes.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") || first == UInt8(ascii: ".") else { return false }
        var digits = 0
        var dot = false
        var exponent = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte == UInt8(ascii: ".") && !dot && !exponent {
                dot = true
            } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && !exponent && digits > 0 {
                exponent = true
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "-") || bytes[index + 1] == UInt8(ascii: "+") { index += 1 }
                guard index + 1 < bytes.count else { return false }
            } else {
                return false
            }
            index += 1
        }
        return digits > 0
    }
}
