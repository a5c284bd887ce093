/// Model text made safe for HTML, SVG and XML output (the HTML report is well-formed XML
/// too): the five markup characters become entities, and characters XML forbids
/// (control characters, U+FFFE, U+FFFF) are shown as `\u{…}` rather than written.
public enum MarkupText {
    /// Escaped for element content and for attribute values in either quote.
    ///
    /// Works on UTF-8 bytes: everything to escape is ASCII or a fixed byte sequence, so
    /// other characters are copied byte for byte, and text with nothing to escape (most
    /// names) is returned after one scan.
    public static func escape(_ text: String) -> String {
        // Scanned through a pointer: through the string's UTF-8 view, a step cost some ten
        // instructions a byte, most of the HTML report's table of elements.
        var text = text
        guard text.withUTF8({ $0.contains(where: needsCare) }) else { return text }
        var input = Array(text.utf8)
        input.append(0)  // a sentinel, so a lead byte at the end never reads past it
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 32)
        func visible(_ value: UInt32) {
            out.append(contentsOf: "\\u{".utf8)
            out.append(contentsOf: String(value, radix: 16).utf8)
            out.append(UInt8(ascii: "}"))
        }
        var index = 0
        let end = input.count - 1
        while index < end {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x0A, 0x09: out.append(byte)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x00..<0x20, 0x7F: visible(UInt32(byte))
            case 0xC2 where (0x80...0x9F).contains(input[index + 1]):
                visible(UInt32(input[index + 1]))
                index += 1
            case 0xEF where input[index + 1] == 0xBF && (input[index + 2] == 0xBE || input[index + 2] == 0xBF):
                visible(input[index + 2] == 0xBE ? 0xFFFE : 0xFFFF)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Bytes that may start something to escape: markup, ASCII controls, and the lead
    /// bytes of C1 controls (U+0080–U+009F) and of U+FFFE/U+FFFF. Below 64, a bit each of
    /// `carefulBelow64`.
    @inline(__always)
    private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 64 ? carefulBelow64 >> UInt64(byte) & 1 != 0 : byte == 0x7F || byte == 0xC2 || byte == 0xEF
    }

    /// Controls but tab and line feed (bits 0–31 but 9 and 10), and `"`, `&`, `'`, `<`, `>`
    /// (bits 34, 38, 39, 60 and 62).
    private static let carefulBelow64: UInt64 = 0x5000_00C4_FFFF_F9FF
}
