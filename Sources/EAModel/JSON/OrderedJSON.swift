/// A JSON value whose object keys keep the order they were given in, rendered the
/// same on every platform. Generated schemas read top to bottom as a person would
/// write them ($schema, title, description, then the body), which sorted keys
/// would scramble; and EAModel stays free of Foundation.
public indirect enum OrderedJSON: Sendable, Equatable {
    case object([(String, OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case integer(Int)
    /// A number as its JSON text (`99.5`), so it is written exactly as given.
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool {
        lhs.compact == rhs.compact
    }

    /// The value on one line, with no white space outside strings.
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, depth: 0)
        return out
    }

    /// The value indented by two spaces per level, with arrays and objects that fit in
    /// a short line kept on one line, ending in a newline.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", depth: 0)
        return out + "\n"
    }

    /// One line with a space after each `,` and `:`, as pretty output shows short values
    /// (and as YAML 1.1 readers need it: they want a space after a flow mapping's colon).
    public var inline: String {
        switch self {
        case .object(let members): "{" + members.map { Self.quote($0.0) + ": " + $0.1.inline }.joined(separator: ", ") + "}"
        case .array(let items): "[" + items.map(\.inline).joined(separator: ", ") + "]"
        default: compact
        }
    }

    static let inlineWidth = 100

    private func write(into out: inout String, indent: String?, depth: Int) {
        if indent != nil, case .object = self, depth > 0 {
            let line = inline
            if line.count <= Self.inlineWidth { out += line; return }
        }
        if indent != nil, case .array = self {
            let line = inline
            if line.count <= Self.inlineWidth { out += line; return }
        }
        func newline(_ level: Int) {
            guard let indent else { return }
            out += "\n" + String(repeating: indent, count: level)
        }
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                newline(depth + 1)
                out += Self.quote(key) + (indent == nil ? ":" : ": ")
                value.write(into: &out, indent: indent, depth: depth + 1)
            }
            newline(depth)
            out += "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(depth + 1)
                item.write(into: &out, indent: indent, depth: depth + 1)
            }
            newline(depth)
            out += "]"
        case .string(let text): out += Self.quote(text)
        case .integer(let value): out += String(value)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (Cyrillic included) written as it is.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                // Controls, and the separators that JavaScript and YAML treat as line breaks.
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
