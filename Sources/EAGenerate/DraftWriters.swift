import EAModel

/// Writes drafts as YAML documents in the style people write by hand: short lists and
/// names in flow style (`[a, b]`, `{ky: …, ru: …}`), long ones as blocks, records in
/// lists as one flow mapping per line when they fit. Scalars the reader resolves by the
/// field's type (ids, choices, dates, numbers, paths) are written plain; free text is
/// plain only when no reader could take it for anything else, else double-quoted.
enum DraftYAML {
    static let lineLimit = 110

    static func document(_ draft: Draft, file: String) -> String {
        if let raw = draft.rawYAML { return raw }
        let up = relativePrefix(of: file)
        var out = "id: \(draft.id)\nkind: \(draft.kind.rawValue)\n"
        for entry in draft.entries {
            field(entry.name, entry.value, Metamodel.field(entry.name, of: draft.kind)?.type, indent: "", up: up, into: &out)
        }
        return out
    }

    /// `../` once for every folder between the repository root and the file.
    static func relativePrefix(of file: String) -> String {
        let depth = file.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        return String(repeating: "../", count: depth)
    }

    private static func field(_ key: String, _ value: Value, _ type: FieldType?, indent: String, up: String, into out: inout String) {
        switch value {
        case .scalar(let text):
            out += indent + key + ": " + scalar(text, type) + "\n"
        case .path(let path):
            out += indent + key + ": " + up + path + "\n"
        case .text(let text):
            if text.entries.count == 1, text.entries[0].language.isEmpty {
                out += indent + key + ": " + quoteIfNeeded(text.entries[0].text) + "\n"
                return
            }
            let flow = flowText(text)
            if indent.count + key.count + flow.count + 2 <= lineLimit {
                out += indent + key + ": " + flow + "\n"
            } else {
                out += indent + key + ":\n"
                for entry in text.entries {
                    out += indent + "  " + entry.language + ": " + quoteIfNeeded(entry.text) + "\n"
                }
            }
        case .list(let items):
            let itemType = type.flatMap(listItemType)
            if items.allSatisfy(isFlat) {
                let flow = "[" + items.map { flowValue($0, itemType, up: up) }.joined(separator: ", ") + "]"
                if indent.count + key.count + flow.count + 2 <= lineLimit {
                    out += indent + key + ": " + flow + "\n"
                } else {
                    out += indent + key + ":\n"
                    for item in items { out += indent + "  - " + flowValue(item, itemType, up: up) + "\n" }
                }
                return
            }
            out += indent + key + ":\n"
            let specs = itemType.flatMap(recordSpecs) ?? []
            for item in items {
                guard case .record(let entries) = item else {
                    out += indent + "  - " + flowValue(item, itemType, up: up) + "\n"
                    continue
                }
                let flow = flowRecord(entries, specs, up: up)
                if indent.count + flow.count + 4 <= lineLimit {
                    out += indent + "  - " + flow + "\n"
                } else {
                    var first = true
                    for entry in entries {
                        var line = ""
                        field(entry.name, entry.value, spec(entry.name, in: specs), indent: "", up: up, into: &line)
                        // The first field opens the item (`- name: …`); the rest line up under it.
                        let lines = line.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                        for (index, text) in lines.enumerated() {
                            let lead = first && index == 0 ? indent + "  - " : indent + "    "
                            out += lead + text + "\n"
                        }
                        first = false
                    }
                }
            }
        case .record(let entries):
            let specs = type.flatMap(recordSpecs) ?? []
            let flow = flowRecord(entries, specs, up: up)
            if indent.count + key.count + flow.count + 2 <= lineLimit {
                out += indent + key + ": " + flow + "\n"
            } else {
                out += indent + key + ":\n"
                for entry in entries {
                    field(entry.name, entry.value, spec(entry.name, in: specs), indent: indent + "  ", up: up, into: &out)
                }
            }
        case .dictionary(let pairs):
            let flow = "{" + pairs.map { quoteIfNeeded($0.key) + ": " + quoteIfNeeded($0.value) }.joined(separator: ", ") + "}"
            if indent.count + key.count + flow.count + 2 <= lineLimit {
                out += indent + key + ": " + flow + "\n"
            } else {
                out += indent + key + ":\n"
                for pair in pairs { out += indent + "  " + quoteIfNeeded(pair.key) + ": " + quoteIfNeeded(pair.value) + "\n" }
            }
        }
    }

    private static func isFlat(_ value: Value) -> Bool {
        switch value {
        case .scalar, .path: true
        default: false
        }
    }

    private static func flowText(_ text: Localized) -> String {
        if text.entries.count == 1, text.entries[0].language.isEmpty { return quoteIfNeeded(text.entries[0].text) }
        return "{" + text.entries.map { $0.language + ": " + quoteIfNeeded($0.text) }.joined(separator: ", ") + "}"
    }

    private static func flowRecord(_ entries: [Entry], _ specs: [FieldSpec], up: String) -> String {
        "{" + entries.map { $0.name + ": " + flowValue($0.value, spec($0.name, in: specs), up: up) }.joined(separator: ", ") + "}"
    }

    private static func flowValue(_ value: Value, _ type: FieldType?, up: String) -> String {
        switch value {
        case .scalar(let text): scalar(text, type)
        case .path(let path): up + path
        case .text(let text): flowText(text)
        case .list(let items): "[" + items.map { flowValue($0, type.flatMap(listItemType), up: up) }.joined(separator: ", ") + "]"
        case .record(let entries): flowRecord(entries, type.flatMap(recordSpecs) ?? [], up: up)
        case .dictionary(let pairs): "{" + pairs.map { quoteIfNeeded($0.key) + ": " + quoteIfNeeded($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// A scalar as the field's type wants it: ids, choices, dates, numbers, booleans and
    /// paths plain (they hold no character YAML treats specially), text checked.
    static func scalar(_ text: String, _ type: FieldType?) -> String {
        switch type {
        case .identifier?, .reference?, .choice?, .date?, .integer?, .number?, .boolean?, .path?: text
        default: quoteIfNeeded(text)
        }
    }

    /// Plain when `YAMLWriter` would write it plain, else its double-quoted form. The
    /// common letters are recognised without Unicode property look-ups, which matters
    /// at a hundred thousand elements.
    static func quoteIfNeeded(_ text: String) -> String {
        if isPlain(text) { return text }
        // Double quotes around text that needs no escape inside them; the rest is
        // `YAMLWriter`'s to escape.
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x22, 0x5C, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return YAMLWriter.scalar(text)
            default: continue
            }
        }
        return "\"" + text + "\""
    }

    private static func isPlain(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, last != " ", isLetter(first) else { return false }
        for scalar in scalars {
            if isLetter(scalar) { continue }
            switch scalar {
            case "0"..."9", " ", "-", ".", "_", "/", "(", ")", "«", "»", "—", "–", "+", "?": continue
            default: return false
            }
        }
        if text.utf8.count <= 5, reservedWords.contains(text.lowercased()) { return false }
        return true
    }

    /// Words YAML 1.1 readers take for booleans or null (as `YAMLWriter` knows them).
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0x0401, 0x0410...0x044F, 0x0451, 0x04A2, 0x04A3, 0x04AE, 0x04AF, 0x04E8, 0x04E9: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark
        }
    }
}

/// Writes drafts as elements of an XML model file (`<model xmlns="urn:egeaf:model:1">`),
/// as `schemas/egeaf-model-1.xsd` wants them: scalar fields as attributes, localized
/// text, lists and records as one child each, references in `<ref>`, other list items
/// in `<item>`, records in lists named by the metamodel (`hold`, `attribute` …).
enum DraftXML {
    static func element(_ draft: Draft, file: String) -> String {
        let up = DraftYAML.relativePrefix(of: file)
        let specs = Metamodel.fields(of: draft.kind)
        var out = ""
        open(draft.kind.xmlName, [Entry("id", .scalar(draft.id))] + draft.entries, specs, indent: "  ", up: up, into: &out)
        return out
    }

    /// An element with its scalar fields as attributes and the rest as children.
    private static func open(_ tag: String, _ entries: [Entry], _ specs: [FieldSpec], indent: String, up: String, into out: inout String) {
        out += indent + "<" + tag
        var children: [Entry] = []
        for entry in entries {
            let spec = spec(entry.name, in: specs)
            switch entry.value {
            case .scalar(let text) where spec.map(\.isScalar) ?? true:
                out += " " + entry.name + "=\"" + XMLText.attribute(text) + "\""
            case .path(let path):
                out += " " + entry.name + "=\"" + XMLText.attribute(up + path) + "\""
            default:
                children.append(entry)
            }
        }
        guard !children.isEmpty else {
            out += "/>\n"
            return
        }
        out += ">\n"
        let inner = indent + "  "
        for entry in children {
            child(entry, spec(entry.name, in: specs), indent: inner, up: up, into: &out)
        }
        out += indent + "</" + tag + ">\n"
    }

    private static func child(_ entry: Entry, _ type: FieldType?, indent: String, up: String, into out: inout String) {
        let tag = entry.name
        switch entry.value {
        case .text(let text):
            out += indent + "<" + tag + ">" + localized(text) + "</" + tag + ">\n"
        case .list(let items):
            let itemType = type.flatMap(listItemType)
            if case .record(let specs)? = itemType {
                let itemTag = recordItemName(tag)
                out += indent + "<" + tag + ">\n"
                for item in items {
                    if case .record(let entries) = item { open(itemTag, entries, specs, indent: indent + "  ", up: up, into: &out) }
                }
                out += indent + "</" + tag + ">\n"
            } else {
                let itemTag = itemType?.referencedKinds == nil ? "item" : "ref"
                out += indent + "<" + tag + ">"
                for item in items {
                    switch item {
                    case .scalar(let text): out += "<" + itemTag + ">" + XMLText.text(text) + "</" + itemTag + ">"
                    case .path(let path): out += "<" + itemTag + ">" + XMLText.text(up + path) + "</" + itemTag + ">"
                    default: break
                    }
                }
                out += "</" + tag + ">\n"
            }
        case .record(let entries):
            open(tag, entries, type.flatMap(recordSpecs) ?? [], indent: indent, up: up, into: &out)
        case .dictionary(let pairs):
            out += indent + "<" + tag + ">"
            for pair in pairs {
                out += "<entry key=\"" + XMLText.attribute(pair.key) + "\" value=\"" + XMLText.attribute(pair.value) + "\"/>"
            }
            out += "</" + tag + ">\n"
        case .scalar(let text):
            out += indent + "<" + tag + ">" + XMLText.text(text) + "</" + tag + ">\n"
        case .path(let path):
            out += indent + "<" + tag + ">" + XMLText.text(up + path) + "</" + tag + ">\n"
        }
    }

    private static func localized(_ text: Localized) -> String {
        if text.entries.count == 1, text.entries[0].language.isEmpty { return XMLText.text(text.entries[0].text) }
        return text.entries.map { "<text xml:lang=\"" + $0.language + "\">" + XMLText.text($0.text) + "</text>" }.joined()
    }

    /// The element name of each item of a list of records, as the metamodel declares it.
    private static func recordItemName(_ field: String) -> String {
        itemNames[field] ?? "item"
    }

    private static let itemNames: [String: String] = {
        var names: [String: String] = [:]
        for kind in Kind.allCases {
            for spec in Metamodel.fields(of: kind) {
                if let item = spec.xmlItemName { names[spec.name] = item }
            }
        }
        return names
    }()
}

private func listItemType(_ type: FieldType) -> FieldType? {
    if case .list(let item) = type { return item }
    return nil
}

private func recordSpecs(_ type: FieldType) -> [FieldSpec]? {
    switch type {
    case .record(let specs): specs
    case .list(.record(let specs)): specs
    default: nil
    }
}

private func spec(_ name: String, in specs: [FieldSpec]) -> FieldType? {
    specs.first { $0.name == name }?.type
}
