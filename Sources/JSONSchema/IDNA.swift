/// Internationalized host names (IDNA2008, RFC 5890–5893): label syntax, the
/// contextual rules the RFCs spell out, Punycode (RFC 3492), and a category-based
/// approximation of the PVALID table.
enum IDNA {
    static let dots: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]

    static func isHostname(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return false }
        var total = 0
        var label: [Unicode.Scalar] = []
        var labels: [[Unicode.Scalar]] = []
        for c in scalars {
            if dots.contains(c) { labels.append(label); label = [] } else { label.append(c) }
        }
        labels.append(label)
        for l in labels {
            guard let aceLength = checkLabel(l) else { return false }
            total += aceLength + 1
        }
        return total - 1 <= 253
    }

    /// The length of the label's ASCII form when the label is valid, else nil.
    static func checkLabel(_ label: [Unicode.Scalar]) -> Int? {
        guard !label.isEmpty else { return nil }
        if label.allSatisfy(\.isASCII) {
            let bytes = label.map { UInt8($0.value) }
            guard FormatRules.isLDHLabel(bytes[...]) else { return nil }
            let lower = bytes.prefix(4).map { $0 | 0x20 }
            if bytes.count >= 4, bytes[2] == UInt8(ascii: "-"), bytes[3] == UInt8(ascii: "-") {
                guard lower[0] == UInt8(ascii: "x"), lower[1] == UInt8(ascii: "n") else { return nil }
                guard let decoded = punycodeDecode(Array(bytes.dropFirst(4))), !decoded.isEmpty,
                      isULabel(decoded) else { return nil }
            }
            return bytes.count
        }
        guard isULabel(label), let encoded = punycodeEncode(label) else { return nil }
        let ace = 4 + encoded.count
        return ace <= 63 ? ace : nil
    }

    static let disallowedExceptions: Set<UInt32> = [0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B]
    static let pvalidExceptions: Set<UInt32> = [0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007]

    static func isULabel(_ label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first, let last = label.last, first != "-", last != "-" else { return false }
        if label.count >= 4, label[2] == "-", label[3] == "-" { return false }
        switch first.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: break
        }
        var hasArabicIndic = false, hasExtendedArabicIndic = false
        for (k, c) in label.enumerated() {
            let v = c.value
            if disallowedExceptions.contains(v) { return false }
            if pvalidExceptions.contains(v) { continue }
            switch v {
            case 0x00B7: // MIDDLE DOT: between two 'l's
                guard k > 0, k + 1 < label.count, label[k - 1] == "l", label[k + 1] == "l" else { return false }
            case 0x0375: // GREEK KERAIA: followed by Greek
                guard k + 1 < label.count, isGreek(label[k + 1].value) else { return false }
            case 0x05F3, 0x05F4: // HEBREW GERESH, GERSHAYIM: preceded by Hebrew
                guard k > 0, isHebrew(label[k - 1].value) else { return false }
            case 0x30FB: // KATAKANA MIDDLE DOT: the label has Hiragana, Katakana or Han
                guard label.contains(where: { $0.value != 0x30FB && isJapanese($0.value) }) else { return false }
            case 0x200D: // ZERO WIDTH JOINER: after a virama
                guard k > 0, label[k - 1].properties.canonicalCombiningClass == .virama else { return false }
            case 0x200C: // ZERO WIDTH NON-JOINER: after a virama, or between joining letters
                if k > 0, label[k - 1].properties.canonicalCombiningClass == .virama { continue }
                guard joinsOnBothSides(label, k) else { return false }
            case 0x0660...0x0669:
                hasArabicIndic = true
            case 0x06F0...0x06F9:
                hasExtendedArabicIndic = true
            default:
                if c.isASCII {
                    let b = UInt8(v)
                    guard FormatRules.isAlpha(b) || FormatRules.isDigit(b) || b == UInt8(ascii: "-") else { return false }
                    continue
                }
                switch c.properties.generalCategory {
                case .lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark, .decimalNumber:
                    continue
                default:
                    return false
                }
            }
        }
        return !(hasArabicIndic && hasExtendedArabicIndic)
    }

    static func isGreek(_ v: UInt32) -> Bool { (0x0370...0x03FF).contains(v) || (0x1F00...0x1FFF).contains(v) }
    static func isHebrew(_ v: UInt32) -> Bool { (0x0590...0x05FF).contains(v) || (0xFB1D...0xFB4F).contains(v) }
    static func isJapanese(_ v: UInt32) -> Bool {
        (0x3040...0x309F).contains(v) || (0x30A0...0x30FF).contains(v) || (0x31F0...0x31FF).contains(v)
            || (0xFF66...0xFF9F).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v) || v == 0x3005 || v == 0x3007
    }

    /// Letters of the cursive scripts that join (Arabic, Syriac, N'Ko), a stand-in for
    /// the Joining_Type data the stdlib does not expose.
    static func isJoining(_ v: UInt32) -> Bool {
        (0x0620...0x064A).contains(v) || (0x066E...0x06D5).contains(v) || (0x06EE...0x06FF).contains(v)
            || (0x0710...0x074F).contains(v) || (0x0750...0x077F).contains(v) || (0x07CA...0x07EA).contains(v)
            || (0x08A0...0x08C9).contains(v)
    }

    static func joinsOnBothSides(_ label: [Unicode.Scalar], _ k: Int) -> Bool {
        func isTransparent(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .nonspacingMark }
        var j = k - 1
        while j >= 0, isTransparent(label[j]) { j -= 1 }
        guard j >= 0, isJoining(label[j].value) else { return false }
        j = k + 1
        while j < label.count, isTransparent(label[j]) { j += 1 }
        return j < label.count && isJoining(label[j].value)
    }

    // MARK: Punycode (RFC 3492)

    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700

    private static func adapt(_ delta: Int, _ points: Int, _ first: Bool) -> Int {
        var d = first ? delta / damp : delta / 2
        d += d / points
        var k = 0
        while d > ((base - tMin) * tMax) / 2 { d /= base - tMin; k += base }
        return k + (base - tMin + 1) * d / (d + skew)
    }

    static func punycodeDecode(_ input: [UInt8]) -> [Unicode.Scalar]? {
        var output: [UInt32] = []
        var pos = 0
        if let dash = input.lastIndex(of: UInt8(ascii: "-")) {
            for b in input[..<dash] {
                guard b < 0x80 else { return nil }
                output.append(UInt32(b))
            }
            pos = dash + 1
        }
        var n = 128, i = 0, bias = 72
        while pos < input.count {
            let oldi = i
            var w = 1
            var k = base
            while true {
                guard pos < input.count else { return nil }
                let c = input[pos]
                pos += 1
                let digit: Int
                switch c {
                case 0x61...0x7A: digit = Int(c - 0x61)
                case 0x41...0x5A: digit = Int(c - 0x41)
                case 0x30...0x39: digit = Int(c - 0x30) + 26
                default: return nil
                }
                let (m, o1) = digit.multipliedReportingOverflow(by: w)
                let (s, o2) = i.addingReportingOverflow(m)
                guard !o1, !o2 else { return nil }
                i = s
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < t { break }
                let (w2, o3) = w.multipliedReportingOverflow(by: base - t)
                guard !o3 else { return nil }
                w = w2
                k += base
            }
            let count = output.count + 1
            bias = adapt(i - oldi, count, oldi == 0)
            n += i / count
            i %= count
            guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n) else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        return output.compactMap(Unicode.Scalar.init)
    }

    static func punycodeEncode(_ input: [Unicode.Scalar]) -> String? {
        let codes = input.map { Int($0.value) }
        var output = codes.filter { $0 < 0x80 }.map { Character(Unicode.Scalar(UInt8($0))) }
        let basic = output.count
        var handled = basic
        if basic > 0 { output.append("-") }
        var n = 128, delta = 0, bias = 72
        func digit(_ d: Int) -> Character {
            Character(Unicode.Scalar(UInt8(d < 26 ? 0x61 + d : 0x30 + d - 26)))
        }
        while handled < codes.count {
            guard let m = codes.filter({ $0 >= n }).min() else { return nil }
            let (step, o) = (m - n).multipliedReportingOverflow(by: handled + 1)
            guard !o else { return nil }
            delta += step
            n = m
            for c in codes {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basic)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return String(output)
    }
}
