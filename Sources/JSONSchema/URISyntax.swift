/// Syntax checks for URIs and IRIs (RFC 3986, RFC 3987) and URI templates (RFC 6570).
enum URISyntax {
    static let subDelims = Set("!$&'()*+,;=".unicodeScalars)

    static func isUnreserved(_ c: Unicode.Scalar, iri: Bool) -> Bool {
        if c.isASCII {
            let b = UInt8(c.value)
            return FormatRules.isAlpha(b) || FormatRules.isDigit(b) || c == "-" || c == "." || c == "_" || c == "~"
        }
        return iri && isUCSChar(c.value)
    }

    static func isUCSChar(_ v: UInt32) -> Bool {
        (0xA0...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFEF).contains(v)
            || ((0x10000...0xEFFFD).contains(v) && v & 0xFFFE != 0xFFFE)
    }

    /// Checks `s[i..<end]` is made of pchars plus `extra`, with valid %XX escapes.
    static func isRun(_ s: [Unicode.Scalar], _ i: Int, _ end: Int, iri: Bool, extra: Set<Unicode.Scalar>, privateUse: Bool = false) -> Bool {
        var k = i
        while k < end {
            let c = s[k]
            if c == "%" {
                guard k + 2 < end, s[k + 1].isASCII, s[k + 2].isASCII,
                      FormatRules.isHex(UInt8(s[k + 1].value)), FormatRules.isHex(UInt8(s[k + 2].value)) else { return false }
                k += 3
                continue
            }
            let ok = isUnreserved(c, iri: iri) || subDelims.contains(c) || c == ":" || c == "@" || extra.contains(c)
                || (privateUse && iri && ((0xE000...0xF8FF).contains(c.value) || (0xF0000...0x10FFFD).contains(c.value)))
            guard ok else { return false }
            k += 1
        }
        return true
    }

    static func isValid(_ text: String, iri: Bool, reference: Bool) -> Bool {
        let s = Array(text.unicodeScalars)
        var i = 0
        var hasScheme = false
        if let first = s.first, first.isASCII, FormatRules.isAlpha(UInt8(first.value)) {
            var j = 1
            while j < s.count, s[j].isASCII,
                  FormatRules.isAlpha(UInt8(s[j].value)) || FormatRules.isDigit(UInt8(s[j].value)) || s[j] == "+" || s[j] == "-" || s[j] == "." {
                j += 1
            }
            if j < s.count, s[j] == ":" { hasScheme = true; i = j + 1 }
        }
        if !hasScheme && !reference { return false }
        let pathEnd = s[i...].firstIndex(where: { $0 == "?" || $0 == "#" }) ?? s.count
        if pathEnd - i >= 2, s[i] == "/", s[i + 1] == "/" {
            let authorityEnd = s[(i + 2)..<pathEnd].firstIndex(of: "/") ?? pathEnd
            guard isAuthority(Array(s[(i + 2)..<authorityEnd]), iri: iri) else { return false }
            guard isRun(s, authorityEnd, pathEnd, iri: iri, extra: ["/"]) else { return false }
        } else {
            if !hasScheme {
                // path-noscheme: the first segment has no colon.
                let firstSegmentEnd = s[i..<pathEnd].firstIndex(of: "/") ?? pathEnd
                if s[i..<firstSegmentEnd].contains(":") { return false }
            }
            guard isRun(s, i, pathEnd, iri: iri, extra: ["/"]) else { return false }
        }
        i = pathEnd
        if i < s.count, s[i] == "?" {
            let end = s[(i + 1)...].firstIndex(of: "#") ?? s.count
            guard isRun(s, i + 1, end, iri: iri, extra: ["/", "?"], privateUse: true) else { return false }
            i = end
        }
        if i < s.count, s[i] == "#" {
            guard isRun(s, i + 1, s.count, iri: iri, extra: ["/", "?"]) else { return false }
        }
        return true
    }

    static func isAuthority(_ a: [Unicode.Scalar], iri: Bool) -> Bool {
        var hostStart = 0
        if let at = a.firstIndex(of: "@") {
            guard isRun(a, 0, at, iri: iri, extra: []), !a[..<at].contains("@") else { return false }
            hostStart = at + 1
        }
        var hostEnd = a.count
        if hostStart < a.count, a[hostStart] == "[" {
            guard let close = a[hostStart...].firstIndex(of: "]") else { return false }
            let inner = a[(hostStart + 1)..<close]
            guard inner.allSatisfy(\.isASCII) else { return false }
            let bytes = inner.map { UInt8($0.value) }
            if let v = bytes.first, v == UInt8(ascii: "v") || v == UInt8(ascii: "V") {
                guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 1,
                      bytes[1..<dot].allSatisfy(FormatRules.isHex), dot + 1 < bytes.count else { return false }
            } else if !FormatRules.isIPv6(bytes[...]) {
                return false
            }
            hostEnd = close + 1
            if hostEnd < a.count {
                guard a[hostEnd] == ":" else { return false }
            }
        } else {
            hostEnd = a[hostStart...].firstIndex(of: ":") ?? a.count
            for k in hostStart..<hostEnd where a[k] == "@" || a[k] == "[" || a[k] == "]" { return false }
            guard isRun(a, hostStart, hostEnd, iri: iri, extra: []) else { return false }
            if a[hostStart..<hostEnd].contains(":") { return false }
        }
        if hostEnd < a.count {
            // ":" port
            return a[(hostEnd + 1)...].allSatisfy { $0.isASCII && FormatRules.isDigit(UInt8($0.value)) }
        }
        return true
    }

    /// RFC 6570 URI Template: literals and `{op var:prefix,var*}` expressions.
    static func isTemplate(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        var i = 0
        // RFC 6570 excludes the apostrophe too; the test suite (and common practice) allows it.
        let forbidden = Set(" \"<>\\^`|}".unicodeScalars)
        while i < s.count {
            let c = s[i]
            if c == "{" {
                guard let close = s[(i + 1)...].firstIndex(of: "}") else { return false }
                guard isExpression(Array(s[(i + 1)..<close])) else { return false }
                i = close + 1
                continue
            }
            if c.value < 0x21 || c.value == 0x7F || forbidden.contains(c) { return false }
            if c == "%" {
                guard i + 2 < s.count, s[i + 1].isASCII, s[i + 2].isASCII,
                      FormatRules.isHex(UInt8(s[i + 1].value)), FormatRules.isHex(UInt8(s[i + 2].value)) else { return false }
                i += 3
                continue
            }
            i += 1
        }
        return true
    }

    private static func isExpression(_ e: [Unicode.Scalar]) -> Bool {
        var body = e[...]
        // Level 2 and 3 operators; "=,!@|" are reserved for future extensions.
        if let op = body.first, "+#./;?&".unicodeScalars.contains(op) { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        for spec in body.split(separator: ",", omittingEmptySubsequences: false) {
            var name = spec
            if let colon = spec.firstIndex(of: ":") {
                let digits = spec[(colon + 1)...]
                guard !digits.isEmpty, digits.count <= 4, digits.first != "0",
                      digits.allSatisfy({ $0.isASCII && FormatRules.isDigit(UInt8($0.value)) }) else { return false }
                name = spec[..<colon]
            } else if spec.last == "*" {
                name = spec.dropLast()
            }
            guard !name.isEmpty, name.first != ".", name.last != "." else { return false }
            var k = name.startIndex
            var previousDot = false
            while k < name.endIndex {
                let c = name[k]
                if c == "." {
                    if previousDot { return false }
                    previousDot = true
                    k += 1
                    continue
                }
                previousDot = false
                if c == "%" {
                    guard k + 2 < name.endIndex, name[k + 1].isASCII, name[k + 2].isASCII,
                          FormatRules.isHex(UInt8(name[k + 1].value)), FormatRules.isHex(UInt8(name[k + 2].value)) else { return false }
                    k += 3
                    continue
                }
                guard c.isASCII, FormatRules.isAlpha(UInt8(c.value)) || FormatRules.isDigit(UInt8(c.value)) || c == "_" else { return false }
                k += 1
            }
        }
        return true
    }
}
