/// JSON Pointer (RFC 6901): building, splitting and following pointers.
public enum JSONPointer {
    /// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var out = ""
        out.reserveCapacity(token.utf8.count + 2)
        for c in token.unicodeScalars {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The unescaped reference tokens of a pointer, or `nil` if it is not a valid pointer
    /// (it must be empty or start with `/`, and `~` must be followed by `0` or `1`).
    public static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var result: [String] = []
        // Split on bytes: `/` is ASCII, and splitting by characters cost a grapheme
        // break test a character, most of the work of resolving a `$ref`.
        for raw in pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard let token = unescape(Substring(raw)) else { return nil }
            result.append(token)
        }
        return result
    }

    static func unescape(_ raw: Substring) -> String? {
        guard raw.utf8.contains(UInt8(ascii: "~")) else { return String(raw) }
        var out = ""
        var it = raw.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "~" {
                switch it.next() {
                case "0": out += "~"
                case "1": out += "/"
                default: return nil
                }
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The value `pointer` designates inside `value`, or `nil` if there is none.
    public static func resolve(_ pointer: String, in value: JSONValue) -> JSONValue? {
        guard let tokens = tokens(pointer) else { return nil }
        return resolve(tokens: tokens, in: value)
    }

    static func resolve(tokens: [String], in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current.content {
            case .object(let o):
                guard let next = o[token] else { return nil }
                current = next
            case .array(let a):
                guard let index = arrayIndex(token), index < a.count else { return nil }
                current = a[index]
            default:
                return nil
            }
        }
        return current
    }

    /// An array index token: decimal digits with no leading zero.
    static func arrayIndex(_ token: String) -> Int? {
        let u = token.utf8
        guard let first = u.first, first >= 0x30, first <= 0x39, u.count <= 18 else { return nil }
        if first == 0x30 && u.count > 1 { return nil }
        var v = 0
        for b in u {
            guard b >= 0x30, b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }
}
