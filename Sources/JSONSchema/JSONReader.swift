/// A syntax error in JSON text, with the line and column where it was found.
public struct JSONReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var position: JSONPosition

    public init(message: String, position: JSONPosition) {
        self.message = message
        self.position = position
    }

    /// `line:column: message`, the form editors and terminals link to.
    public var description: String { "\(position): \(message)" }
}

/// Reads JSON text (strict RFC 8259) into ``JSONValue`` trees that know the line and
/// column of every value and of every object key.
///
/// The input must be UTF-8 (a leading byte-order mark is skipped). Duplicate keys,
/// invalid UTF-8, lone surrogate escapes and nesting deeper than `maxDepth` are errors.
public struct JSONReader: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int

    public init(maxDepth: Int = 512) {
        self.maxDepth = maxDepth
    }

    public func read(_ bytes: [UInt8]) throws(JSONReadError) -> JSONValue {
        let depth = maxDepth
        let result: Result<JSONValue, JSONReadError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer, maxDepth: depth)
            return Result { () throws(JSONReadError) in try parser.parseDocument() }
        }
        return try result.get()
    }

    public func read(_ buffer: UnsafeRawBufferPointer) throws(JSONReadError) -> JSONValue {
        var parser = JSONParser(buffer.bindMemory(to: UInt8.self), maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    public func read(_ text: String) throws(JSONReadError) -> JSONValue {
        try read(Array(text.utf8))
    }

    /// Reads with the default depth limit.
    public static func read(_ bytes: [UInt8]) throws(JSONReadError) -> JSONValue {
        try JSONReader().read(bytes)
    }

    /// Reads with the default depth limit.
    public static func read(_ text: String) throws(JSONReadError) -> JSONValue {
        try JSONReader().read(Array(text.utf8))
    }
}

/// The recursive-descent parser behind ``JSONReader``.
///
/// Columns are tracked incrementally: the column of byte offset `i` is
/// `i - lineStart - continuationBytes + 1`, where `continuationBytes` counts the UTF-8
/// continuation bytes seen since the line began (only strings can hold them).
struct JSONParser {
    let p: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0
    var line = 1
    var lineStart = 0
    var continuationBytes = 0
    var depth = 0
    /// The members or elements a container is first given room for.
    static let initialCapacity = 4

    init(_ p: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.p = p
        self.maxDepth = maxDepth
    }

    var position: JSONPosition {
        JSONPosition(line: line, column: i - lineStart - continuationBytes + 1)
    }

    func error(_ message: String, at position: JSONPosition) -> JSONReadError {
        JSONReadError(message: message, position: position)
    }

    /// A short description of what is at the current offset, for error messages.
    var found: String {
        guard i < p.count else { return "end of input" }
        let b = p[i]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b >= 0x80 {
            let n = JSONParser.utf8SequenceLength(p, i)
            if n > 0, let s = String(validating: UnsafeBufferPointer(rebasing: p[i..<(i + n)]), as: UTF8.self) {
                return "'\(s)'"
            }
        }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    mutating func parseDocument() throws(JSONReadError) -> JSONValue {
        if p.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF {
            i = 3
            lineStart = 3
        }
        let value = try parseValue()
        skipWhitespace()
        if i < p.count {
            throw error("unexpected \(found) after the JSON value", at: position)
        }
        return value
    }

    mutating func skipWhitespace() {
        while i < p.count {
            switch p[i] {
            case 0x20, 0x09:
                i += 1
            case 0x0A:
                i += 1
                line += 1; lineStart = i; continuationBytes = 0
            case 0x0D:
                i += 1
                if i < p.count, p[i] == 0x0A { i += 1 }
                line += 1; lineStart = i; continuationBytes = 0
            default:
                return
            }
        }
    }

    mutating func parseValue() throws(JSONReadError) -> JSONValue {
        skipWhitespace()
        guard i < p.count else { throw error("unexpected end of input, expected a value", at: position) }
        let start = position
        switch p[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), position: start)
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONValue(.bool(true), position: start)
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONValue(.bool(false), position: start)
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONValue(.null, position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), position: start)
        default:
            throw error("unexpected \(found), expected a value", at: start)
        }
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONReadError) {
        let start = position
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        var k = 0
        while k < n {
            guard i + k < p.count, p[i + k] == w[k] else {
                throw error("invalid literal, expected '\(word)'", at: start)
            }
            k += 1
        }
        i += n
    }

    mutating func enterContainer(_ start: JSONPosition) throws(JSONReadError) {
        depth += 1
        if depth > maxDepth {
            throw error("nesting is deeper than the limit of \(maxDepth) levels", at: start)
        }
    }

    mutating func parseObject() throws(JSONReadError) -> JSONValue {
        let start = position
        try enterContainer(start)
        i += 1
        var members: [JSONObject.Member] = []
        var index: [String: Int]? = nil
        skipWhitespace()
        if i < p.count, p[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return JSONValue(.object(JSONObject(members: members, index: nil)), position: start)
        }
        // Room for a few members at once: grown from one, the array of most objects was
        // reallocated three times.
        members.reserveCapacity(JSONParser.initialCapacity)
        while true {
            guard i < p.count, p[i] == UInt8(ascii: "\"") else {
                let what = members.isEmpty ? "expected a string key or '}'" : "expected a string key after ','"
                throw error("\(what), found \(found)", at: position)
            }
            let keyPosition = position
            let key = try parseString()
            skipWhitespace()
            guard i < p.count, p[i] == UInt8(ascii: ":") else {
                throw error("expected ':' after object key, found \(found)", at: position)
            }
            i += 1
            let value = try parseValue()
            // Duplicate keys: a linear scan for small objects, a dictionary past the threshold.
            if index == nil, members.count >= JSONObject.indexThreshold {
                var built = [String: Int](minimumCapacity: members.count * 2)
                for (k, m) in members.enumerated() { built[m.key] = k }
                index = built
            }
            let previous: Int?
            if index != nil {
                previous = index![key]
                if previous == nil { index![key] = members.count }
            } else {
                previous = members.firstIndex { $0.key == key }
            }
            if let previous {
                let firstAt = members[previous].keyPosition.map { " (first at \($0))" } ?? ""
                throw error("duplicate key '\(key)' in object\(firstAt)", at: keyPosition)
            }
            members.append(JSONObject.Member(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard i < p.count else {
                throw error("expected ',' or '}' after object member, found end of input", at: position)
            }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                skipWhitespace()
                continue
            }
            if p[i] == UInt8(ascii: "}") {
                i += 1
                break
            }
            throw error("expected ',' or '}' after object member, found \(found)", at: position)
        }
        depth -= 1
        let object = members.count > JSONObject.indexThreshold
            ? JSONObject(members: members, index: index) : JSONObject(members: members, index: nil)
        return JSONValue(.object(object), position: start)
    }

    mutating func parseArray() throws(JSONReadError) -> JSONValue {
        let start = position
        try enterContainer(start)
        i += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if i < p.count, p[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return JSONValue(.array(elements), position: start)
        }
        elements.reserveCapacity(JSONParser.initialCapacity)
        while true {
            skipWhitespace()
            if i < p.count, p[i] == UInt8(ascii: "]") {
                throw error("expected a value after ',', found ']'", at: position)
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard i < p.count else {
                throw error("expected ',' or ']' after array element, found end of input", at: position)
            }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "]") { i += 1; break }
            throw error("expected ',' or ']' after array element, found \(found)", at: position)
        }
        depth -= 1
        return JSONValue(.array(elements), position: start)
    }

    mutating func parseNumber() throws(JSONReadError) -> JSONNumber {
        let begin = i
        let start = position
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if p[i] == UInt8(ascii: "-") {
            i += 1
            guard i < p.count, isDigit(p[i]) else {
                throw error("invalid number: expected a digit after '-'", at: start)
            }
        }
        if p[i] == UInt8(ascii: "0") {
            i += 1
            if i < p.count, isDigit(p[i]) {
                throw error("invalid number: leading zeros are not allowed", at: start)
            }
        } else {
            while i < p.count, isDigit(p[i]) { i += 1 }
        }
        var isInteger = true
        if i < p.count, p[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard i < p.count, isDigit(p[i]) else {
                throw error("invalid number: expected a digit after '.'", at: position)
            }
            while i < p.count, isDigit(p[i]) { i += 1 }
        }
        if i < p.count, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            isInteger = false
            i += 1
            if i < p.count, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard i < p.count, isDigit(p[i]) else {
                throw error("invalid number: expected a digit in the exponent", at: position)
            }
            while i < p.count, isDigit(p[i]) { i += 1 }
        }
        let bytes = ArraySlice(UnsafeBufferPointer(rebasing: p[begin..<i]))
        return JSONNumber(storage: JSONNumber.makeStorage(bytes, isInteger: isInteger))
    }

    /// Parses a string starting at its opening quote.
    mutating func parseString() throws(JSONReadError) -> String {
        let quote = position
        i += 1
        let start = i
        // Most strings have no escape: they are checked, then copied from the input once,
        // without a test for a decoding buffer at every byte.
        let bytes = p
        while i < bytes.count {
            // A run of plain ASCII, on a local index: through `self`, the index was stored
            // and loaded again at every byte.
            var k = i
            while k < bytes.count, bytes[k] >= 0x20, bytes[k] < 0x80, bytes[k] != UInt8(ascii: "\""), bytes[k] != UInt8(ascii: "\\") {
                k += 1
            }
            i = k
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: "\"") {
                let result = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return result
            }
            // An escape or a control character: decoded, or reported, from here.
            guard bytes[i] >= 0x80 else { break }
            let n = JSONParser.utf8SequenceLength(bytes, i)
            guard n > 0 else { throw error("invalid UTF-8 in string", at: position) }
            i += n
            continuationBytes += n - 1
        }
        return try parseEscapedString(from: start, quote: quote)
    }

    /// Parses the rest of a string from the first byte that is not plain text (an escape,
    /// a control character, or the end of the input), decoding into a buffer.
    mutating func parseEscapedString(from start: Int, quote: JSONPosition) throws(JSONReadError) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: p[start..<i]))
        buffer.reserveCapacity(i - start + 16)
        while true {
            guard i < p.count else { throw error("unterminated string", at: quote) }
            let b = p[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") {
                try parseEscape(into: &buffer)
                continue
            }
            if b < 0x20 {
                let hex = String(b, radix: 16, uppercase: true)
                throw error("control character U+\(String(repeating: "0", count: 4 - hex.count) + hex) in a string must be escaped", at: position)
            }
            if b < 0x80 {
                buffer.append(b)
                i += 1
                continue
            }
            let n = JSONParser.utf8SequenceLength(p, i)
            guard n > 0 else { throw error("invalid UTF-8 in string", at: position) }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + n)]))
            i += n
            continuationBytes += n - 1
        }
        i += 1
        return String(decoding: buffer, as: UTF8.self)
    }

    mutating func parseEscape(into out: inout [UInt8]) throws(JSONReadError) {
        let escapeStart = position
        i += 1
        guard i < p.count else { throw error("unterminated string", at: escapeStart) }
        let c = p[i]
        i += 1
        switch c {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4(escapeStart)
            var scalar: UInt32 = UInt32(unit)
            if unit >= 0xD800 && unit <= 0xDBFF {
                guard i + 1 < p.count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else {
                    throw error("lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in string (a high surrogate must be followed by a low one)", at: escapeStart)
                }
                let lowStart = position
                i += 2
                let low = try parseHex4(lowStart)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw error("lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in string (a high surrogate must be followed by a low one)", at: escapeStart)
                }
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                throw error("lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in string (a low surrogate without a high one)", at: escapeStart)
            }
            // Valid by construction: not a surrogate, at most 0x10FFFF.
            for u in UTF8.encode(Unicode.Scalar(scalar)!)! { out.append(u) }
        default:
            i -= 1
            throw error("invalid escape '\\\(found.trimmingQuotes)' in string", at: escapeStart)
        }
    }

    mutating func parseHex4(_ escapeStart: JSONPosition) throws(JSONReadError) -> UInt16 {
        var v: UInt16 = 0
        for _ in 0..<4 {
            guard i < p.count else { throw error("unterminated string", at: escapeStart) }
            let b = p[i]
            let d: UInt16
            switch b {
            case 0x30...0x39: d = UInt16(b - 0x30)
            case 0x41...0x46: d = UInt16(b - 0x41 + 10)
            case 0x61...0x66: d = UInt16(b - 0x61 + 10)
            default: throw error("invalid \\u escape in string: expected four hexadecimal digits", at: escapeStart)
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0 if it is ill-formed
    /// (overlong forms, surrogates and values past U+10FFFF are ill-formed).
    static func utf8SequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = p[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < p.count && p[i + k] >= lo && p[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}

extension String {
    fileprivate var trimmingQuotes: Substring {
        if count >= 2, first == "'", last == "'" { return dropFirst().dropLast() }
        return self[...]
    }
}
