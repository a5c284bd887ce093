/// Writes elements as YAML model documents that eaf reads back to the same element.
///
/// Fields come in metamodel order (id, kind, name, description, owner, …). A string is
/// written plain only when no YAML reader could take it for anything else: it starts
/// with a letter, holds only letters, digits, spaces and a few harmless marks, and is
/// not a word YAML 1.1 reads as a boolean or null. Everything else is double-quoted
/// with escapes, so quotes, colons, `#`, line breaks, leading digits and control
/// characters survive; Cyrillic and other letters are written as they are.
public enum YAMLWriter {
    /// One element as a YAML document (without `---`), preceded by comment lines.
    public static func document(_ element: Element, comments: [String] = []) -> String {
        var lines = comments.map { "# " + singleLine($0) }
        var entries: [Entry] = []
        for spec in Metamodel.fields(of: element.kind) {
            if spec.name == "kind" {
                entries.append(Entry(key: "kind", value: .string(element.kind.rawValue), type: spec.type))
            } else if spec.name == "id" {
                entries.append(Entry(key: "id", value: .string(element.id), type: spec.type))
            } else if let field = element.fields[spec.name] {
                entries.append(Entry(key: spec.name, value: field.value, type: spec.type))
            }
        }
        mapping(entries, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field of a mapping being written, with its declared type when known.
    struct Entry {
        var key: String
        var value: FieldValue
        var type: FieldType?
    }

    /// A string as a YAML scalar: plain when that is unambiguous, else double-quoted.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]
    static let harmlessMarks = Set(" -._/()«»—–+?".unicodeScalars)

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic, last != " " else { return false }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark { continue }
            if ("0"..."9").contains(scalar) || harmlessMarks.contains(scalar) { continue }
            return false
        }
        return !reservedWords.contains(text.lowercased())
    }

    /// A double-quoted scalar with YAML escapes for `"`, `\`, line breaks and every
    /// character a YAML reader does not accept raw.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x00: out += "\\0"
            case 0x85: out += "\\N"
            case 0x2028: out += "\\L"
            case 0x2029: out += "\\P"
            case 0x00...0x1F, 0x7F...0x9F: out += "\\x" + hex(scalar.value, width: 2)
            case 0xFEFF, 0xFFFE, 0xFFFF: out += "\\u" + hex(scalar.value, width: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Text for a comment: one line, no control characters.
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
    }

    /// A value written on the line of its key, when it fits there.
    static func inline(_ value: FieldValue) -> String? {
        switch value {
        case .string(let text), .reference(let text), .uri(let text): return scalar(text)
        case .integer(let number): return String(number)
        case .number(let number): return number.description
        case .boolean(let flag): return flag ? "true" : "false"
        case .date(let date): return date.description
        case .text(.plain(let text)): return scalar(text)
        case .text(.translations(let map)) where map.isEmpty: return "{}"
        case .text(.translations): return nil
        case .list(let items):
            let parts = items.map { inline($0.value) }
            guard parts.allSatisfy({ $0 != nil && !($0!.hasPrefix("{") || $0!.hasPrefix("[")) }) else {
                return items.isEmpty ? "[]" : nil
            }
            return "[" + parts.map { $0! }.joined(separator: ", ") + "]"
        case .record(let record): return record.fields.isEmpty ? "{}" : nil
        case .dictionary(let entries): return entries.isEmpty ? "{}" : nil
        }
    }

    /// The fields of a record in the order its type declares (unknown ones last, sorted).
    static func entries(of record: Record, type: FieldType?) -> [Entry] {
        var result: [Entry] = []
        var seen = Set<String>()
        if case .record(let specs)? = type {
            for spec in specs {
                if let field = record.fields[spec.name] {
                    result.append(Entry(key: spec.name, value: field.value, type: spec.type))
                    seen.insert(spec.name)
                }
            }
        }
        for name in record.fields.keys.sorted() where !seen.contains(name) {
            result.append(Entry(key: name, value: record.fields[name]!.value, type: nil))
        }
        return result
    }

    static func mapping(_ entries: [Entry], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for entry in entries {
            let key = scalar(entry.key)
            if let text = inline(entry.value) {
                lines.append("\(pad)\(key): \(text)")
                continue
            }
            lines.append("\(pad)\(key):")
            block(entry.value, type: entry.type, indent: indent + 2, into: &lines)
        }
    }

    /// A value that needs lines of its own, below its key.
    static func block(_ value: FieldValue, type: FieldType?, indent: Int, into lines: inout [String]) {
        switch value {
        case .text(.translations(let map)):
            mapping(map.map { Entry(key: $0.language, value: .string($0.text), type: .string) }, indent: indent, into: &lines)
        case .record(let record):
            mapping(entries(of: record, type: type), indent: indent, into: &lines)
        case .dictionary(let entries):
            let valueType: FieldType? = if case .dictionary(let inner)? = type { inner } else { nil }
            mapping(entries.map { Entry(key: $0.key, value: $0.value.value, type: valueType) }, indent: indent, into: &lines)
        case .list(let items):
            let itemType: FieldType? = if case .list(let inner)? = type { inner } else { nil }
            let pad = String(repeating: " ", count: indent)
            for item in items {
                if let text = inline(item.value) {
                    lines.append("\(pad)- \(text)")
                    continue
                }
                // The item's own lines, with its first line taking the dash.
                var inner: [String] = []
                block(item.value, type: itemType, indent: indent + 2, into: &inner)
                guard let first = inner.first else { continue }
                lines.append("\(pad)- " + first.dropFirst(indent + 2))
                lines += inner.dropFirst()
            }
        default:
            if let text = inline(value) { lines.append(String(repeating: " ", count: indent) + text) }
        }
    }
}
