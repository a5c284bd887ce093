/// A JSON number, kept exactly where JSON Schema needs exactness.
///
/// Integers that fit are kept as `Int64`; longer integers keep their literal text;
/// numbers with a fraction or an exponent keep both a `Double` and their literal text.
/// Equality and ordering are mathematical (`1.0 == 1`, `1e2 == 100`), computed exactly
/// from the decimal text when the binary approximation could mislead.
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    enum Storage: Sendable {
        case int(Int64)
        case bigInteger(String, Double)
        case decimal(Double, String)
    }

    let storage: Storage

    public init(_ value: Int) { storage = .int(Int64(value)) }
    public init(_ value: Int64) { storage = .int(value) }

    /// A number from a binary floating-point value, as a YAML reader produces it.
    /// Its literal text is the shortest text that reads back as the same `Double`.
    public init(_ value: Double) { storage = .decimal(value, "\(value)") }

    /// A number from its JSON literal text (RFC 8259 grammar); `nil` if the text is not one.
    public init?(literal: String) {
        guard let storage = JSONNumber.parseLiteral(Array(literal.utf8)[...]) else { return nil }
        self.storage = storage
    }

    init(storage: Storage) { self.storage = storage }

    /// The value as an `Int64` when it is an integer that fits (`2.0` gives 2).
    public var int64Value: Int64? {
        switch storage {
        case .int(let v): return v
        case .bigInteger: return nil
        case .decimal(let d, _):
            guard isInteger, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return nil }
            return Int64(d)
        }
    }

    /// The nearest `Double` (infinite when the literal is out of range).
    public var doubleValue: Double {
        switch storage {
        case .int(let v): return Double(v)
        case .bigInteger(_, let d): return d
        case .decimal(let d, _): return d
        }
    }

    /// Whether the value is mathematically an integer (`1.0` and `1e3` are).
    public var isInteger: Bool {
        switch storage {
        case .int, .bigInteger: return true
        case .decimal(let d, _):
            if !d.isFinite { return exact?.isInteger ?? false }
            if d != d.rounded(.towardZero) { return false }
            // An integral Double may still come from a literal like 1.000000000000000000001.
            return exact?.isInteger ?? true
        }
    }

    /// The literal text: as written in JSON, or the shortest form of a `Double`.
    public var literal: String {
        switch storage {
        case .int(let v): return String(v)
        case .bigInteger(let text, _): return text
        case .decimal(_, let text): return text
        }
    }

    public var description: String { literal }

    /// The exact decimal value, or `nil` for a non-finite `Double` given by a caller.
    var exact: ExactDecimal? {
        switch storage {
        case .int(let v): return ExactDecimal(v)
        case .bigInteger(let text, _): return ExactDecimal(literal: Array(text.utf8))
        case .decimal(_, let text): return ExactDecimal(literal: Array(text.utf8))
        }
    }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if case .int(let a) = lhs.storage, case .int(let b) = rhs.storage { return a == b }
        return compare(lhs, rhs) == 0
    }

    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        compare(lhs, rhs) < 0
    }

    public func hash(into hasher: inout Hasher) {
        // Equal numbers round to the same Double, so hashing the Double is consistent with ==.
        let d = doubleValue
        hasher.combine(d == 0 ? 0 : d)
    }

    /// -1, 0 or 1. Exact: falls back to decimal arithmetic when the Doubles tie.
    static func compare(_ lhs: JSONNumber, _ rhs: JSONNumber) -> Int {
        if case .int(let a) = lhs.storage, case .int(let b) = rhs.storage {
            return a < b ? -1 : (a == b ? 0 : 1)
        }
        let a = lhs.doubleValue, b = rhs.doubleValue
        // Rounding to Double is monotonic, so differing Doubles order their exact values.
        if a < b { return -1 }
        if a > b { return 1 }
        guard let x = lhs.exact, let y = rhs.exact else {
            return a == b ? 0 : (a.isNaN ? -1 : 1)
        }
        return ExactDecimal.compare(x, y)
    }

    /// Whether `self` is an integer multiple of `divisor` (which must be positive).
    /// Exact for decimal literals, so `0.0075` is a multiple of `0.0001`.
    func isMultiple(of divisor: JSONNumber) -> Bool {
        if case .int(let a) = storage, case .int(let b) = divisor.storage, b != 0 {
            return a.remainderReportingOverflow(dividingBy: b).partialValue == 0
        }
        guard let value = exact, let div = divisor.exact, !div.digits.isEmpty else {
            let q = doubleValue / divisor.doubleValue
            return q.isFinite && q == q.rounded(.towardZero)
        }
        return value.isMultiple(of: div) ?? {
            let q = doubleValue / divisor.doubleValue
            return q.isFinite && q == q.rounded(.towardZero)
        }()
    }

    /// Parses a JSON number literal; `nil` if it does not follow the RFC 8259 grammar.
    static func parseLiteral(_ bytes: ArraySlice<UInt8>) -> Storage? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if i < end, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end, isDigit(bytes[i]) else { return nil }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < end, isDigit(bytes[i]) { i += 1 }
        }
        var isInt = true
        if i < end, bytes[i] == UInt8(ascii: ".") {
            isInt = false
            i += 1
            guard i < end, isDigit(bytes[i]) else { return nil }
            while i < end, isDigit(bytes[i]) { i += 1 }
        }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isInt = false
            i += 1
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < end, isDigit(bytes[i]) else { return nil }
            while i < end, isDigit(bytes[i]) { i += 1 }
        }
        guard i == end else { return nil }
        return makeStorage(bytes, isInteger: isInt)
    }

    /// Builds the storage for bytes already known to be a valid JSON number literal.
    static func makeStorage(_ bytes: ArraySlice<UInt8>, isInteger: Bool) -> Storage {
        let text = String(decoding: bytes, as: UTF8.self)
        if isInteger {
            if let v = parseInt64(bytes) { return .int(v) }
            return .bigInteger(text, Double(text) ?? .infinity)
        }
        return .decimal(Double(text) ?? .infinity, text)
    }

    private static func parseInt64(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var i = bytes.startIndex
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        if bytes.endIndex - i > 19 { return nil }
        // Accumulate negatively so that Int64.min fits.
        var v: Int64 = 0
        while i < bytes.endIndex {
            let d = Int64(bytes[i] &- 0x30)
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = s
            i += 1
        }
        if negative { return v }
        return v == .min ? nil : -v
    }
}

/// An exact decimal: `±digits × 10^exponent`, with no leading or trailing zero digits.
/// Zero has no digits. Used for equality, ordering and `multipleOf` on decimal literals.
struct ExactDecimal: Sendable {
    var negative: Bool
    var digits: [UInt8]
    var exponent: Int

    /// Exponents beyond this are clamped: such numbers are out of any practical range and
    /// clamping keeps hostile literals like `1e999999999999999999999` from overflowing.
    static let exponentLimit = 1 << 52

    init(_ v: Int64) {
        negative = v < 0
        var m = v.magnitude
        var d: [UInt8] = []
        while m > 0 { d.append(UInt8(m % 10)); m /= 10 }
        d.reverse()
        exponent = 0
        digits = d
        normalize()
    }

    /// Reads a JSON number literal (and the `Double` description forms `1e-05`, `1e+20`).
    init?(literal text: [UInt8]) {
        var i = 0
        let n = text.count
        negative = false
        digits = []
        exponent = 0
        if i < n, text[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var sawDigit = false
        digits.reserveCapacity(n)
        while i < n, text[i] >= 0x30, text[i] <= 0x39 { digits.append(text[i] - 0x30); i += 1; sawDigit = true }
        var fraction = 0
        if i < n, text[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, text[i] >= 0x30, text[i] <= 0x39 { digits.append(text[i] - 0x30); i += 1; fraction += 1; sawDigit = true }
        }
        guard sawDigit else { return nil }
        var exp = 0
        if i < n, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < n, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") {
                expNegative = text[i] == UInt8(ascii: "-"); i += 1
            }
            guard i < n else { return nil }
            while i < n, text[i] >= 0x30, text[i] <= 0x39 {
                if exp < ExactDecimal.exponentLimit { exp = exp * 10 + Int(text[i] - 0x30) }
                i += 1
            }
            if expNegative { exp = -exp }
        }
        guard i == n else { return nil }
        exponent = exp - fraction
        normalize()
    }

    private mutating func normalize() {
        var start = 0
        while start < digits.count, digits[start] == 0 { start += 1 }
        var end = digits.count
        while end > start, digits[end - 1] == 0 { end -= 1; exponent += 1 }
        if start > 0 || end < digits.count { digits = Array(digits[start..<end]) }
        if digits.isEmpty { negative = false; exponent = 0 }
    }

    var isZero: Bool { digits.isEmpty }
    var isInteger: Bool { digits.isEmpty || exponent >= 0 }

    static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.isZero && b.isZero { return 0 }
        if a.negative != b.negative || a.isZero || b.isZero {
            let sa = a.isZero ? 0 : (a.negative ? -1 : 1)
            let sb = b.isZero ? 0 : (b.negative ? -1 : 1)
            return sa < sb ? -1 : (sa == sb ? 0 : 1)
        }
        let m = compareMagnitude(a, b)
        return a.negative ? -m : m
    }

    private static func compareMagnitude(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        // The position of the most significant digit decides first.
        let ma = a.digits.count + a.exponent, mb = b.digits.count + b.exponent
        if ma != mb { return ma < mb ? -1 : 1 }
        let n = min(a.digits.count, b.digits.count)
        for k in 0..<n where a.digits[k] != b.digits[k] {
            return a.digits[k] < b.digits[k] ? -1 : 1
        }
        if a.digits.count == b.digits.count { return 0 }
        return a.digits.count < b.digits.count ? -1 : 1
    }

    /// Exact divisibility when the scaled divisor fits in 64 bits; `nil` when it does not.
    func isMultiple(of div: ExactDecimal) -> Bool? {
        if isZero { return true }
        let e = min(exponent, div.exponent)
        let divisorScale = div.exponent - e
        let divisorDigits = div.digits.count + divisorScale
        if divisorDigits > 18 {
            // The value must be at least as long as the divisor to be a non-zero multiple.
            if digits.count + (exponent - e) < divisorDigits { return false }
            return nil
        }
        var b: UInt64 = 0
        for d in div.digits { b = b * 10 + UInt64(d) }
        for _ in 0..<divisorScale { b *= 10 }
        if b == 1 { return true }
        var r: UInt64 = 0
        for d in digits { r = (r * 10 + UInt64(d)) % b }
        let scale = exponent - e
        if scale > 0 { r = ExactDecimal.mulmod(r, ExactDecimal.powmod(10, scale, b), b) }
        return r == 0
    }

    private static func mulmod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        let p = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((p.high, p.low)).remainder
    }

    private static func powmod(_ base: UInt64, _ exp: Int, _ m: UInt64) -> UInt64 {
        var result: UInt64 = 1 % m, b = base % m, e = exp
        while e > 0 {
            if e & 1 == 1 { result = mulmod(result, b, m) }
            b = mulmod(b, b, m)
            e >>= 1
        }
        return result
    }
}
