/// Model text in line-oriented terminal output.
public enum PlainText {
    /// The text on one line: newlines and other control characters made visible (`\n`,
    /// `\u{1b}`), so a name cannot break a line or send escape codes to a terminal.
    public static func singleLine(_ text: String) -> String {
        // Most text needs no change; check the bytes before building a copy.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value):
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
