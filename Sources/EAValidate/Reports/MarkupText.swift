/// Model text made safe for HTML, SVG and XML output (the HTML report is well-formed XML
/// too): the five markup characters become entities, and characters XML forbids
/// (control characters, U+FFFE, U+FFFF) are shown as `\u{…}` rather than written.
public enum MarkupText {
    /// Escaped for element content and for attribute values in either quote.
    public static func escape(_ text: String) -> String {
        // Most names need nothing: one scan of the bytes, and the text is returned as it is.
        if !text.utf8.contains(where: needsCare) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Bytes that may start something to escape: markup, ASCII controls, and the lead
    /// bytes of C1 controls (U+0080–U+009F) and of U+FFFE/U+FFFF.
    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xC2, 0xEF: true
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F: true
        default: false
        }
    }
}
