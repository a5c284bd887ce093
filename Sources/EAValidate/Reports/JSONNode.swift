/// A JSON value built directly and written in JSONText's layout (keys sorted by UTF-8
/// bytes, two-space indentation, `"key": value`, slashes unescaped). The JSON report has
/// one entry per element, check and finding; Foundation's JSONEncoder boxes every value
/// and costs as much as validating the model, while this writes each byte once, so the
/// report stays a small part of a run.
indirect enum JSONNode {
    case object([(String, JSONNode)])
    case array([JSONNode])
    case string(String)
    case integer(Int)
    /// A number given in tenths (973 → 97.3, 1000 → 100), as scores are.
    case tenths(Int)
    case boolean(Bool)
    case null

    /// An optional text: nil leaves its key out of the object (see `fields(_:)`).
    static func optional(_ text: String?) -> JSONNode? { text.map(JSONNode.string) }

    /// An object from entries, those without a value left out, as JSONEncoder leaves out nil.
    static func fields(_ entries: KeyValuePairs<String, JSONNode?>) -> JSONNode {
        .object(entries.compactMap { key, value in value.map { (key, $0) } })
    }

    /// The document's text with a final newline.
    var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, depth: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], depth: Int) {
        func newline(_ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        switch self {
        case .object(let entries):
            guard !entries.isEmpty else { return out.append(contentsOf: Array("{}".utf8)) }
            out.append(UInt8(ascii: "{"))
            let sorted = entries.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            for (index, entry) in sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                Self.writeString(entry.0, into: &out)
                out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                entry.1.write(into: &out, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: Array("[]".utf8)) }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                item.write(into: &out, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            Self.writeString(text, into: &out)
        case .integer(let number):
            out.append(contentsOf: Array(String(number).utf8))
        case .tenths(let tenths):
            let whole = String(tenths / 10)
            out.append(contentsOf: Array((tenths % 10 == 0 ? whole : "\(whole).\(abs(tenths % 10))").utf8))
        case .boolean(let flag):
            out.append(contentsOf: Array((flag ? "true" : "false").utf8))
        case .null:
            out.append(contentsOf: Array("null".utf8))
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else
    /// (slashes, Cyrillic) written as it is.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
