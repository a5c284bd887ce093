/// Turns a parsed document (from YAML or XML) into an element, checking it against the
/// metamodel: unknown fields, missing fields, wrong types, values outside their enums,
/// bad dates and ids all become structure issues (INT002) at the offending node.
///
/// A document with problems still yields an element when it has a usable id and kind,
/// with the bad fields left out, so references to it resolve and other rules still run.
public struct ElementDecoder: Sendable {
    /// The file decoded, interned once for every location the decoder makes.
    private let source: SourceFile
    public let isReference: Bool

    /// The file's repository-relative path.
    public var file: String { source.path }

    public init(file: String, isReference: Bool = false) {
        self.init(source: SourceFile(file), isReference: isReference)
    }

    /// A decoder for a file already interned: the loader's, which interned it to read it.
    init(source: SourceFile, isReference: Bool = false) {
        self.source = source
        self.isReference = isReference
    }

    public struct Result: Sendable {
        public var element: Element?
        public var issues: [LoadIssue]
    }

    fileprivate struct Context {
        var issues: [LoadIssue] = []
        var elementID: String?
        /// The document's keys differ in every mapping: fields are appended unsearched.
        var uniqueKeys = false
    }

    public func decode(_ document: ParsedDocument) -> Result {
        var context = Context()
        context.uniqueKeys = document.uniqueKeys
        let root = document.root
        if root.isNull { return Result(element: nil, issues: []) }
        guard case .mapping(let entries) = root.content else {
            context.issue("a model document must be a mapping with at least id, kind and name; this one is \(root.shape)", at: root.position.in(source))
            return Result(element: nil, issues: context.issues)
        }

        // Find the kind and id first, so every later message can name them.
        var kind = document.impliedKind
        var idEntry: MappingEntry?
        for entry in entries {
            switch entry.key.scalar {
            case "id": idEntry = entry
            case "kind" where document.impliedKind == nil:
                if let text = entry.value.scalar, !entry.value.isNull {
                    kind = Kind(rawValue: text)
                    if kind == nil {
                        context.issue("unknown kind '\(text)'\(Suggestion.hint(for: text, in: Kind.allCases.map(\.rawValue))); kinds are \(Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                                      at: entry.value.position.in(source), subject: "kind")
                    }
                } else {
                    context.issue("field 'kind' must be one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))", at: entry.value.position.in(source), subject: "kind")
                }
            default: break
            }
        }
        if let idEntry, let text = idEntry.value.scalar, Identifier.isValid(text) {
            context.elementID = text
        }
        guard let kind else {
            if !entries.contains(where: { $0.key.scalar == "kind" }) {
                context.issue("missing required field 'kind'; say what this element is (\(Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
                              at: root.position.in(source), subject: "kind")
            }
            return Result(element: nil, issues: context.issues)
        }

        // XML names the kind with the element, so it has no `kind` field; the element's
        // kind is kept apart from its fields so both forms decode to the same element.
        let specs = document.impliedKind == nil ? Metamodel.fields(of: kind) : Metamodel.fields(of: kind).filter { $0.name != "kind" }
        var fields = decodeFields(entries, specs: specs, owner: { kind.rawValue }, path: { "" }, at: root.position, context: &context)
        fields["kind"] = nil
        guard let id = context.elementID, let idField = fields["id"] else {
            return Result(element: nil, issues: context.issues)
        }
        let name: LocalizedText
        if case .text(let text)? = fields["name"]?.value { name = text } else { name = .plain("") }
        let location = idEntry.map { $0.key.position.in(source) } ?? idField.location
        let element = Element(id: id, kind: kind, name: name, location: location, fields: fields, isReference: isReference)
        return Result(element: element, issues: context.issues)
    }

    // Field paths and owner names are built only when an issue needs them: a repository
    // without problems never pays for the string building. Entries and specs are read in
    // place, by index: copying each out cost a dozen reference counts a field.
    private func decodeFields(_ entries: [MappingEntry], specs: [FieldSpec], owner: () -> String,
                              path: () -> String, at position: TextPosition, context: inout Context) -> Fields {
        var fields = Fields()
        fields.reserveCapacity(entries.count)
        for entry in entries.indices {
            guard let key = entries[entry].key.scalar, !entries[entry].key.isNull || !key.isEmpty else {
                context.issue("a field name must be a plain word, not \(entries[entry].key.shape)", at: entries[entry].key.position.in(source), subject: path())
                continue
            }
            // A scan of the kind's twenty-odd specs costs less than hashing the name for a table.
            guard let place = EAModel.place(of: key, in: specs.indices, { specs[$0].name }) else {
                context.issue("unknown field '\(key)' for \(owner())\(Suggestion.hint(for: key, in: specs.map(\.name)))",
                              at: entries[entry].key.position.in(source), subject: path() + key)
                continue
            }
            if let value = decodeValue(entries[entry].value, type: specs[place].type, field: { specs[place].name }, path: { path() + key },
                                       context: &context) {
                let field = Field(value, at: entries[entry].value.position.in(source))
                if context.uniqueKeys { fields.append(key, field) } else { fields[key] = field }
            }
        }
        for place in specs.indices where specs[place].required && fields[specs[place].name] == nil
            && !entries.contains(where: { $0.key.scalar == specs[place].name }) {
            context.issue("missing required field '\(specs[place].name)' for \(owner()): \(specs[place].type.phrase)",
                          at: position.in(source), subject: path() + specs[place].name)
        }
        return fields
    }

    private func decodeValue(_ node: Node, type: FieldType, field fieldName: () -> String, path: () -> String,
                             context: inout Context) -> FieldValue? {
        let location = node.position.in(source)
        if node.isNull {
            context.issue("field '\(fieldName())' has no value; give \(type.phrase) or remove the field", at: location, subject: path())
            return nil
        }
        func scalar() -> String? {
            if let text = node.scalar { return text }
            context.issue("field '\(fieldName())' must be \(type.phrase), not \(node.shape)", at: location, subject: path())
            return nil
        }
        func wrong(_ text: String, _ extra: String = "") -> FieldValue? {
            context.issue("field '\(fieldName())' must be \(type.phrase), not '\(text)'\(extra)", at: location, subject: path())
            return nil
        }

        switch type {
        case .localizedText:
            switch node.content {
            case .scalar(let text, _):
                return .text(.plain(text))
            case .mapping(let entries):
                var translations = Translations()
                translations.reserveCapacity(entries.count)
                for entry in entries {
                    guard let language = entry.key.scalar, Self.isLanguageCode(language) else {
                        context.issue("'\(entry.key.scalar ?? entry.key.shape)' is not a language code such as ky, ru or en", at: entry.key.position.in(source), subject: path())
                        continue
                    }
                    guard let text = entry.value.scalar, !entry.value.isNull else {
                        context.issue("the \(language) text of '\(fieldName())' must be a string", at: entry.value.position.in(source), subject: path() + "." + language)
                        continue
                    }
                    translations[language] = text
                }
                return .text(.translations(translations))
            case .sequence:
                context.issue("field '\(fieldName())' must be \(type.phrase), not a list", at: location, subject: path())
                return nil
            }
        case .string, .identifier, .integer, .number, .boolean, .date, .url, .path, .choice, .reference, .referenceOrURI:
            guard let text = scalar() else { return nil }
            if let value = Self.value(of: text, as: type) { return value }
            switch type {
            case .identifier, .reference:
                return wrong(text, "; ids use lower-case letters, digits, '.' and '-'")
            case .url:
                return wrong(text, "; write it with its scheme, e.g. https://…")
            case .path:
                _ = wrong(text)
                // A path out of the repository is kept whatever its extension, so that INT006
                // also says where it leads (`schema: ../../etc/passwd`); it is never read.
                return leavesRepository(text) ? .string(text) : nil
            case .choice(let values):
                context.issue("field '\(fieldName())' must be one of \(values.joined(separator: ", ")), not '\(text)'\(Suggestion.hint(for: text, in: values))",
                              at: location, subject: path())
                return nil
            default:
                return wrong(text)
            }
        case .list(let itemType):
            guard case .sequence(let items) = node.content else {
                let example = node.scalar.map { " (write [\($0)])" } ?? ""
                context.issue("field '\(fieldName())' must be a list\(example)", at: location, subject: path())
                return nil
            }
            var values: [Field] = []
            values.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                if let value = decodeValue(item, type: itemType, field: fieldName, path: { FieldPath.item(path(), index) }, context: &context) {
                    values.append(Field(value, at: item.position.in(source)))
                }
            }
            return .list(values)
        case .record(let specs):
            guard case .mapping(let entries) = node.content else {
                context.issue("field '\(fieldName())' must be a mapping of \(specs.map(\.name).joined(separator: ", ")), not \(node.shape)", at: location, subject: path())
                return nil
            }
            let fields = decodeFields(entries, specs: specs, owner: { "'\(fieldName())'" }, path: { path() + "." }, at: node.position, context: &context)
            return .record(Record(fields: fields, location: location))
        case .dictionary(let valueType):
            guard case .mapping(let entries) = node.content else {
                context.issue("field '\(fieldName())' must be a mapping, not \(node.shape)", at: location, subject: path())
                return nil
            }
            var result: [DictionaryEntry] = []
            for entry in entries {
                guard let key = entry.key.scalar else {
                    context.issue("keys of '\(fieldName())' must be plain words", at: entry.key.position.in(source), subject: path())
                    continue
                }
                if let value = decodeValue(entry.value, type: valueType, field: { "\(fieldName()).\(key)" }, path: { "\(path()).\(key)" }, context: &context) {
                    result.append(DictionaryEntry(key: key, value: Field(value, at: entry.value.position.in(source))))
                }
            }
            return .dictionary(result.sorted { $0.key < $1.key })
        }
    }

    /// A scalar's value as a field of `type`, or nil when the text is not one (or the type
    /// is not a scalar's). The one conversion of both decoders: `decodeValue` then says
    /// what is wrong, and `ElementBuilder` gives the file back to it.
    static func value(of text: String, as type: FieldType) -> FieldValue? {
        switch type {
        case .string:
            return .string(text)
        case .localizedText:
            return .text(.plain(text))
        case .identifier:
            return Identifier.isValid(text) ? .string(text) : nil
        case .integer(let range):
            guard let value = Int(text) else { return nil }
            if let range, !range.contains(value) { return nil }
            return .integer(value)
        case .number:
            guard let value = Double(text), value.isFinite, text.first != "+", !text.hasPrefix("0x") else { return nil }
            return .number(value)
        case .boolean:
            switch text {
            case "true", "True", "TRUE": return .boolean(true)
            case "false", "False", "FALSE": return .boolean(false)
            default: return nil
            }
        case .date:
            return LocalDate(text).map(FieldValue.date)
        case .url:
            return isAbsoluteURI(text) ? .uri(text) : nil
        case .path(let extensions):
            let lower = text.lowercased()
            guard !text.isEmpty, extensions.contains(where: { lower.hasSuffix("." + $0) }) else { return nil }
            return .string(text)
        case .choice(let values):
            return values.contains(text) ? .string(text) : nil
        case .reference:
            return Identifier.isValid(text) ? .reference(text) : nil
        case .referenceOrURI:
            if isAbsoluteURI(text), text.utf8.contains(UInt8(ascii: ":")) { return .uri(text) }
            return Identifier.isValid(text) ? .reference(text) : nil
        case .list, .record, .dictionary:
            return nil
        }
    }

    /// Whether a path written in this file is absolute or climbs above the repository root
    /// (the file's own path is repository-relative).
    private func leavesRepository(_ path: String) -> Bool {
        if path.hasPrefix("/") { return true }
        return FileTree.normalise(path, in: FileTree.parentFolder(of: file)) == nil
    }

    /// `xx`, `xxx` or either followed by `-` subtags of 2–8 letters or digits (BCP 47 shape).
    static func isLanguageCode(_ text: String) -> Bool {
        var part = 0
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard part == 0 ? (2...3).contains(length) : (2...8).contains(length) else { return false }
                part += 1
                length = 0
                continue
            }
            let lower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let other = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard lower || (part > 0 && other) else { return false }
            length += 1
        }
        return part == 0 ? (2...3).contains(length) : (2...8).contains(length)
    }

    /// `scheme:rest` with an RFC 3986 scheme and no white space.
    static func isAbsoluteURI(_ text: String) -> Bool {
        var sawColon = false
        var schemeLength = 0
        var afterColon = 0
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C { return false }
            if sawColon {
                afterColon += 1
                continue
            }
            if byte == UInt8(ascii: ":") {
                guard schemeLength > 0 else { return false }
                sawColon = true
                continue
            }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let symbol = byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard schemeLength == 0 ? letter : (letter || digit || symbol) else { return false }
            schemeLength += 1
        }
        // Unicode white space beyond ASCII is rare in URLs but still not allowed.
        return sawColon && afterColon > 0 && !text.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isWhitespace }
    }
}

extension ElementDecoder.Context {
    mutating func issue(_ message: String, at location: SourceLocation, subject: String = "") {
        issues.append(LoadIssue(.structure, message, at: location, elementID: elementID, subject: subject))
    }
}
