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
        var pointer = pointer
        // On bytes: `/` and `~` are ASCII, and splitting the UTF-8 view with the generic
        // algorithms cost thousands of instructions for a two-token pointer.
        return pointer.withUTF8 { bytes -> [String]? in
            guard bytes[0] == UInt8(ascii: "/") else { return nil }
            var result: [String] = []
            var start = 1
            for end in 1...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                guard let token = unescape(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
                result.append(token)
                start = end + 1
            }
            return result
        }
    }

    /// A token with `~0` and `~1` replaced by `~` and `/`, or `nil` if another byte (or
    /// none) follows a `~`.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        guard raw.contains(UInt8(ascii: "~")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        while k < raw.count {
            if raw[k] == UInt8(ascii: "~") {
                guard k + 1 < raw.count else { return nil }
                switch raw[k + 1] {
                case UInt8(ascii: "0"): out.append(UInt8(ascii: "~"))
                case UInt8(ascii: "1"): out.append(UInt8(ascii: "/"))
                default: return nil
                }
                k += 2
            } else {
                out.append(raw[k])
                k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
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
