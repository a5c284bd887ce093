/// Escaping for XML that eaf writes, so names in any script, quotes, `<`, `&` and line
/// breaks survive a round trip through any XML reader.
public enum XMLText {
    /// Character data: `&`, `<`, `>` escaped, and carriage returns as references
    /// (a reader would turn a raw CR LF into LF).
    public static func text(_ value: String) -> String {
        escape(value, attribute: false)
    }

    /// An attribute value in double quotes: also `"`, and tabs and line breaks as
    /// references (a reader would turn raw ones into spaces).
    public static func attribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    /// Whether XML 1.0 can hold the character at all (not even as a reference).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text with characters XML cannot hold replaced by U+FFFD.
    public static func representable(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy(isAllowed) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { isAllowed($0) ? $0 : "\u{FFFD}" }))
    }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in representable(value).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
