/// The `format` values this engine can check when formats are asserted.
///
/// Each check follows the RFC the JSON Schema specification names for the format;
/// `idn-hostname` and `idn-email` apply the main IDNA2008 rules, not its full tables.
enum Format: String, Sendable, CaseIterable {
    case date, time, dateTime = "date-time", duration
    case email, idnEmail = "idn-email", hostname, idnHostname = "idn-hostname"
    case ipv4, ipv6
    case uri, uriReference = "uri-reference", iri, iriReference = "iri-reference", uriTemplate = "uri-template"
    case uuid, jsonPointer = "json-pointer", relativeJSONPointer = "relative-json-pointer", regex
    /// OpenAPI's numeric formats: integers in the signed 32- and 64-bit ranges.
    case int32, int64

    /// Whether the format applies to numbers (the others apply to strings).
    var isNumeric: Bool { self == .int32 || self == .int64 }

    func isValid(_ number: JSONNumber) -> Bool {
        guard number.isInteger, let v = number.int64Value else { return false }
        return self == .int64 || (v >= Int64(Int32.min) && v <= Int64(Int32.max))
    }

    func isValid(_ text: String) -> Bool {
        let b = Array(text.utf8)
        switch self {
        case .date: return FormatRules.isDate(b[...])
        case .time: return FormatRules.isTime(b[...])
        case .dateTime: return FormatRules.isDateTime(b)
        case .duration: return FormatRules.isDuration(b)
        case .email: return FormatRules.isEmail(text, international: false)
        case .idnEmail: return FormatRules.isEmail(text, international: true)
        case .hostname: return FormatRules.isHostname(b)
        case .idnHostname: return IDNA.isHostname(text)
        case .ipv4: return FormatRules.isIPv4(b[...])
        case .ipv6: return FormatRules.isIPv6(b[...])
        case .uri: return URISyntax.isValid(text, iri: false, reference: false)
        case .uriReference: return URISyntax.isValid(text, iri: false, reference: true)
        case .iri: return URISyntax.isValid(text, iri: true, reference: false)
        case .iriReference: return URISyntax.isValid(text, iri: true, reference: true)
        case .uriTemplate: return URISyntax.isTemplate(text)
        case .uuid: return FormatRules.isUUID(b)
        case .jsonPointer: return JSONPointer.tokens(text) != nil
        case .relativeJSONPointer: return FormatRules.isRelativeJSONPointer(text)
        case .regex: return ECMARegex.isValidSyntax(text)
        case .int32, .int64: return true
        }
    }
}

/// Syntax checks for the date, time, network and identifier formats.
enum FormatRules {
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) }
    static func isAlpha(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

    /// The value of `n` ASCII digits at `at`, or nil.
    static func number(_ b: ArraySlice<UInt8>, _ at: Int, _ n: Int) -> Int? {
        guard at + n <= b.endIndex else { return nil }
        var v = 0
        for k in at..<(at + n) {
            guard isDigit(b[k]) else { return nil }
            v = v * 10 + Int(b[k] - 0x30)
        }
        return v
    }

    /// RFC 3339 full-date.
    static func isDate(_ b: ArraySlice<UInt8>) -> Bool {
        let s = b.startIndex
        guard b.count == 10, b[s + 4] == UInt8(ascii: "-"), b[s + 7] == UInt8(ascii: "-"),
              let year = number(b, s, 4), let month = number(b, s + 5, 2), let day = number(b, s + 8, 2),
              month >= 1, month <= 12, day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// RFC 3339 full-time: a time-offset is required; a leap second must fall at 23:59:60 UTC.
    static func isTime(_ b: ArraySlice<UInt8>) -> Bool {
        let s = b.startIndex
        guard b.count >= 9, b[s + 2] == UInt8(ascii: ":"), b[s + 5] == UInt8(ascii: ":"),
              let hour = number(b, s, 2), let minute = number(b, s + 3, 2), let second = number(b, s + 6, 2),
              hour <= 23, minute <= 59, second <= 60 else { return false }
        var i = s + 8
        if i < b.endIndex, b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.endIndex, isDigit(b[i]) { i += 1 }
            guard i > start else { return false }
        }
        guard i < b.endIndex else { return false }
        var offsetMinutes = 0
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == b.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard b.endIndex - i == 6, b[i + 3] == UInt8(ascii: ":"),
                  let oh = number(b, i + 1, 2), let om = number(b, i + 4, 2), oh <= 23, om <= 59 else { return false }
            offsetMinutes = (oh * 60 + om) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    static func isDateTime(_ b: [UInt8]) -> Bool {
        guard b.count > 11, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") else { return false }
        return isDate(b[0..<10]) && isTime(b[11...])
    }

    /// RFC 3339 appendix A duration grammar (ISO 8601 subset).
    static func isDuration(_ b: [UInt8]) -> Bool {
        guard b.first == UInt8(ascii: "P"), b.count > 1 else { return false }
        var i = 1
        /// Reads `digits unit` groups whose units appear in `order`, each optional but
        /// without gaps between present ones (the grammar nests each in the previous).
        func units(_ order: [UInt8]) -> Int? {
            var next = 0
            var count = 0
            var last = -1
            while i < b.count, isDigit(b[i]) {
                var j = i
                while j < b.count, isDigit(b[j]) { j += 1 }
                guard j < b.count, let k = order[next...].firstIndex(of: b[j]) else { return nil }
                if last >= 0 && k != last + 1 { return nil }
                last = k
                next = k + 1
                count += 1
                i = j + 1
                if next == order.count { break }
            }
            return count
        }
        if b[i] != UInt8(ascii: "T") {
            // Weeks stand alone.
            var j = i
            while j < b.count, isDigit(b[j]) { j += 1 }
            if j > i, j == b.count - 1, b[j] == UInt8(ascii: "W") { return true }
            guard let n = units([UInt8(ascii: "Y"), UInt8(ascii: "M"), UInt8(ascii: "D")]), n > 0 else { return false }
        }
        if i == b.count { return true }
        guard b[i] == UInt8(ascii: "T") else { return false }
        i += 1
        guard let n = units([UInt8(ascii: "H"), UInt8(ascii: "M"), UInt8(ascii: "S")]), n > 0 else { return false }
        return i == b.count
    }

    static func isIPv4(_ b: ArraySlice<UInt8>) -> Bool {
        var parts = 0
        var i = b.startIndex
        while true {
            let start = i
            var v = 0
            while i < b.endIndex, isDigit(b[i]), i - start < 3 { v = v * 10 + Int(b[i] - 0x30); i += 1 }
            let len = i - start
            guard len > 0, v <= 255, !(len > 1 && b[start] == UInt8(ascii: "0")) else { return false }
            parts += 1
            if parts == 4 { return i == b.endIndex }
            guard i < b.endIndex, b[i] == UInt8(ascii: ".") else { return false }
            i += 1
        }
    }

    /// RFC 4291 text form, with an optional dotted IPv4 tail; no zone identifier.
    static func isIPv6(_ b: ArraySlice<UInt8>) -> Bool {
        guard b.count >= 2 else { return false }
        var groups = 0
        var compressed = false
        var i = b.startIndex
        if b[i] == UInt8(ascii: ":") {
            guard b[i + 1] == UInt8(ascii: ":") else { return false }
            compressed = true
            i += 2
            if i == b.endIndex { return true }
        }
        while i < b.endIndex {
            let start = i
            while i < b.endIndex, isHex(b[i]), i - start < 5 { i += 1 }
            let len = i - start
            if i < b.endIndex, b[i] == UInt8(ascii: ".") {
                // An IPv4 tail takes the place of two groups.
                guard isIPv4(b[start...]) else { return false }
                groups += 2
                i = b.endIndex
                break
            }
            guard len >= 1, len <= 4 else { return false }
            groups += 1
            if i == b.endIndex { break }
            guard b[i] == UInt8(ascii: ":") else { return false }
            i += 1
            if i < b.endIndex, b[i] == UInt8(ascii: ":") {
                guard !compressed else { return false }
                compressed = true
                i += 1
                if i == b.endIndex { break }
            } else if i == b.endIndex {
                return false
            }
        }
        return compressed ? groups <= 7 : groups == 8
    }

    static func isUUID(_ b: [UInt8]) -> Bool {
        guard b.count == 36 else { return false }
        for (k, c) in b.enumerated() {
            if k == 8 || k == 13 || k == 18 || k == 23 {
                guard c == UInt8(ascii: "-") else { return false }
            } else if !isHex(c) {
                return false
            }
        }
        return true
    }

    static func isRelativeJSONPointer(_ text: String) -> Bool {
        let u = Array(text.utf8)
        var i = 0
        while i < u.count, isDigit(u[i]) { i += 1 }
        guard i > 0, !(i > 1 && u[0] == UInt8(ascii: "0")) else { return false }
        if i == u.count { return true }
        if u[i] == UInt8(ascii: "#") { return i + 1 == u.count }
        return JSONPointer.tokens(String(decoding: u[i...], as: UTF8.self)) != nil
    }

    /// RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens.
    static func isHostname(_ b: [UInt8]) -> Bool {
        guard !b.isEmpty, b.count <= 253 else { return false }
        for label in b.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard isLDHLabel(label) else { return false }
        }
        return true
    }

    static func isLDHLabel(_ label: ArraySlice<UInt8>) -> Bool {
        guard !label.isEmpty, label.count <= 63,
              label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-") else { return false }
        return label.allSatisfy { isAlpha($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// RFC 5321 mailbox (RFC 6531 when `international`): a dot-string or quoted local
    /// part, then a host name or an IPv4/IPv6 address literal.
    static func isEmail(_ text: String, international: Bool) -> Bool {
        let s = Array(text.unicodeScalars)
        guard let at = s.lastIndex(of: "@"), at > 0, at < s.count - 1 else { return false }
        let local = s[..<at]
        let domain = s[(at + 1)...]
        guard isLocalPart(local, international: international) else { return false }
        if domain.first == "[" {
            guard domain.last == "]", domain.count > 2 else { return false }
            let inner = String(String.UnicodeScalarView(domain.dropFirst().dropLast()))
            let lower = inner.lowercased()
            if lower.hasPrefix("ipv6:") { return isIPv6(Array(inner.utf8).dropFirst(5)) }
            return isIPv4(Array(inner.utf8)[...])
        }
        let domainText = String(String.UnicodeScalarView(domain))
        if international { return IDNA.isHostname(domainText) }
        return isHostname(Array(domainText.utf8))
    }

    static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    private static func isLocalPart(_ local: ArraySlice<Unicode.Scalar>, international: Bool) -> Bool {
        if local.first == "\"" {
            guard local.count >= 2, local.last == "\"" else { return false }
            var i = local.startIndex + 1
            let end = local.endIndex - 1
            while i < end {
                let c = local[i]
                if c == "\\" {
                    guard i + 1 < end, local[i + 1].value >= 32, local[i + 1].value <= 126 else { return false }
                    i += 2
                    continue
                }
                let v = c.value
                let ok = (v >= 32 && v <= 126 && c != "\"") || (international && v >= 0x80)
                guard ok else { return false }
                i += 1
            }
            return i == end
        }
        guard local.count <= 64 || international else { return false }
        var previousDot = true
        for c in local {
            if c == "." {
                if previousDot { return false }
                previousDot = true
                continue
            }
            previousDot = false
            let v = c.value
            let ok = (v < 0x80 && (isAlpha(UInt8(v)) || isDigit(UInt8(v)) || atextSymbols.contains(c)))
                || (international && v >= 0x80)
            guard ok else { return false }
        }
        return !previousDot
    }
}
