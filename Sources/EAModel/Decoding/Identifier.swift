/// The id syntax of the metamodel: `^[a-z0-9]+([.-][a-z0-9]+)*$`, checked without regex.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        // Over contiguous bytes: asked of every id and reference in the model. Read in
        // place (small strings are lent from the stack); `withUTF8` on a copy retained it.
        text.utf8.withContiguousStorageIfAvailable(isValid) ?? Array(text.utf8).withUnsafeBufferPointer(isValid)
    }

    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSeparator = true
        var any = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasSeparator = false
                any = true
            case UInt8(ascii: "."), UInt8(ascii: "-"):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return any && !previousWasSeparator
    }

    /// An id made from any text: lower-cased, with each run of characters ids cannot
    /// hold turned into one `-` (a `.` kept as `.`). Nil when nothing usable is left.
    public static func derived(from text: String) -> String? {
        var out = ""
        var pendingSeparator: Character?
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if let separator = pendingSeparator, !out.isEmpty { out.append(separator) }
                pendingSeparator = nil
                out.append(character)
            } else if pendingSeparator == nil || character == "." {
                pendingSeparator = character == "." ? "." : "-"
            }
        }
        return isValid(out) ? out : nil
    }
}
