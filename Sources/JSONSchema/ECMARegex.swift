import Foundation

/// A pattern that is not a supported ECMA-262 regular expression.
struct RegexSyntaxError: Error, Sendable {
    var message: String
}

/// An ECMA-262 regular expression (as JSON Schema's `pattern` uses it), translated to ICU
/// syntax and compiled once.
///
/// The translation keeps ECMA-262 meanings where ICU differs: `\d`, `\w` and `\b` are
/// ASCII-only, `\s` is ECMA's whitespace set, `.` excludes only the four ECMA line
/// terminators, and `$` matches only at the very end. Constructs ECMA-262 does not have
/// (such as `\a`, `\Z`, `(?i)`) are syntax errors rather than silently changing meaning.
final class ECMARegex: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable once built and documented as safe to
    // use from several threads at once.
    let source: String
    private let regex: NSRegularExpression
    /// Set when the whole pattern is a literal prefix/exact test that needs no regex engine.
    private let literalPrefix: String?
    /// The linear-time matcher, for patterns in its subset.
    private let automaton: PatternAutomaton?

    init(_ pattern: String) throws(RegexSyntaxError) {
        source = pattern
        let translated = try ECMARegex.translate(pattern)
        do {
            regex = try NSRegularExpression(pattern: translated.isEmpty ? "(?:)" : translated, options: [])
        } catch {
            let why = pattern.contains("(?<=") || pattern.contains("(?<!")
                ? "uses lookbehind of unbounded width, which this engine (ICU) cannot run" : "is not valid or not supported"
            throw RegexSyntaxError(message: "the regular expression '\(pattern)' \(why)")
        }
        literalPrefix = ECMARegex.simplePrefix(pattern)
        automaton = literalPrefix == nil ? PatternAutomaton(pattern) : nil
    }

    /// Whether `pattern` is a valid ECMA-262 regular expression (the `regex` format).
    /// Lookbehind of variable width is valid ECMA-262 even though ICU, and so `pattern`
    /// here, cannot run it.
    static func isValidSyntax(_ pattern: String) -> Bool {
        guard let translated = try? translate(pattern) else { return false }
        if (try? NSRegularExpression(pattern: translated.isEmpty ? "(?:)" : translated, options: [])) != nil { return true }
        return pattern.contains("(?<=") || pattern.contains("(?<!")
    }

    /// ECMA-262 `RegExp.prototype.test`: whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        var budget = Int.max
        return matches(text, budget: &budget) ?? false
    }

    /// Like `matches(_:)`, spending from `budget` the work of ICU's backtracking engine (the
    /// automaton and literal tests cost nothing from it); nil when the budget ran out first.
    func matches(_ text: String, budget: inout Int) -> Bool? {
        if let literalPrefix { return text.utf8.starts(with: literalPrefix.utf8) }
        if let automaton { return automaton.matches(text) }
        return matchesWithICU(text, budget: &budget)
    }

    /// ICU's answer with no budget (the tests compare it with the automaton's).
    func matchesWithICU(_ text: String) -> Bool {
        var budget = Int.max
        return matchesWithICU(text, budget: &budget) ?? false
    }

    /// ICU's progress reports come about every ten thousand steps of its engine; a match
    /// may use this many per 100 UTF-16 units of the text beyond what it takes from the
    /// shared budget, so a long text matched in linear time never runs out.
    static let progressAllowancePerHundredUnits = 1

    /// The ICU engine's answer, used for patterns outside the automaton's subset (lookaround,
    /// backreferences, `\p{…}`). ICU backtracks, and with backreferences some patterns take
    /// time exponential in the text (`(\w+\s?)+(?!x)\1$` on 25 letters: seconds; on 40:
    /// hours); its progress reports are counted, not timed, so the outcome is the same on
    /// any machine.
    func matchesWithICU(_ text: String, budget: inout Int) -> Bool? {
        let length = text.utf16.count
        var allowance = length / 100 * Self.progressAllowancePerHundredUnits
        var remaining = budget
        var matched = false
        var exhausted = false
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: length)) { result, _, stop in
            if result != nil {
                matched = true
                stop.pointee = true
            } else if allowance > 0 {
                allowance -= 1
            } else if remaining > 0 {
                remaining -= 1
            } else {
                exhausted = true
                stop.pointee = true
            }
        }
        budget = remaining
        return exhausted ? nil : matched
    }

    /// `^abc` with only letters, digits, `_` and `-` after the caret: a prefix test.
    private static func simplePrefix(_ pattern: String) -> String? {
        guard pattern.hasPrefix("^"), pattern.count > 1 else { return nil }
        let rest = pattern.dropFirst()
        guard rest.unicodeScalars.allSatisfy({
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }) else { return nil }
        return String(rest)
    }

    static let whitespace = "\\t\\n\\x{B}\\f\\r\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
    static let wordChars = "a-zA-Z0-9_"

    /// Rewrites an ECMA-262 pattern in ICU syntax.
    static func translate(_ pattern: String) throws(RegexSyntaxError) -> String {
        let s = Array(pattern.unicodeScalars)
        var out = ""
        var i = 0
        var groupDepth = 0
        // Whether the previous token can take a quantifier, and whether it was one
        // (then only a lazy '?' may follow): "a**" and "*a" are not ECMA-262.
        var canQuantify = false
        var afterQuantifier = false
        func fail(_ why: String) -> RegexSyntaxError {
            RegexSyntaxError(message: "the regular expression '\(pattern)' is not valid ECMA-262: \(why)")
        }
        func hexValue(_ c: Unicode.Scalar) -> UInt32? {
            switch c {
            case "0"..."9": return c.value - 48
            case "a"..."f": return c.value - 87
            case "A"..."F": return c.value - 55
            default: return nil
            }
        }
        func hexScalar(_ v: UInt32) -> String { "\\x{" + String(v, radix: 16, uppercase: true) + "}" }
        /// Reads `n` hex digits at `i`.
        func readHex(_ n: Int) -> UInt32? {
            guard i + n <= s.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let h = hexValue(s[i + k]) else { return nil }
                v = v << 4 | h
            }
            i += n
            return v
        }
        /// Translates the escape after a backslash at `i` (pointing past the backslash).
        /// Returns ICU text; `inClass` changes what \b and the class escapes become.
        func escape(inClass: Bool) throws(RegexSyntaxError) -> String {
            guard i < s.count else { throw fail("trailing backslash") }
            let c = s[i]
            i += 1
            switch c {
            case "d": return inClass ? "0-9" : "[0-9]"
            case "D": return "[^0-9]"
            case "w": return inClass ? wordChars : "[" + wordChars + "]"
            case "W": return "[^" + wordChars + "]"
            case "s": return inClass ? whitespace : "[" + whitespace + "]"
            case "S": return "[^" + whitespace + "]"
            case "b": return inClass ? "\\x{8}" : "(?:(?<=[\(wordChars)])(?![\(wordChars)])|(?<![\(wordChars)])(?=[\(wordChars)]))"
            case "B": if inClass { throw fail("\\B in a character class") }
                return "(?:(?<=[\(wordChars)])(?=[\(wordChars)])|(?<![\(wordChars)])(?![\(wordChars)]))"
            case "t": return "\\t"
            case "n": return "\\n"
            case "r": return "\\r"
            case "f": return "\\f"
            case "v": return "\\x{B}"
            case "0":
                if i < s.count, ("0"..."9").contains(s[i]) { throw fail("octal escapes are not allowed") }
                return "\\x{0}"
            case "1"..."9":
                if inClass { throw fail("backreference in a character class") }
                var digits = String(c)
                while i < s.count, ("0"..."9").contains(s[i]) { digits.unicodeScalars.append(s[i]); i += 1 }
                return "\\" + digits
            case "c":
                guard i < s.count, ("a"..."z").contains(s[i]) || ("A"..."Z").contains(s[i]) else {
                    throw fail("\\c must be followed by a letter")
                }
                let v = s[i].value % 32
                i += 1
                return hexScalar(v)
            case "x":
                guard let v = readHex(2) else { throw fail("\\x needs two hexadecimal digits") }
                return hexScalar(v)
            case "u":
                if i < s.count, s[i] == "{" {
                    i += 1
                    var v: UInt32 = 0
                    var n = 0
                    while i < s.count, let h = hexValue(s[i]) { v = v &* 16 &+ h; n += 1; i += 1; if n > 6 { break } }
                    guard n > 0, n <= 6, i < s.count, s[i] == "}", v <= 0x10FFFF else { throw fail("bad \\u{...} escape") }
                    i += 1
                    return hexScalar(v)
                }
                guard var v = readHex(4) else { throw fail("\\u needs four hexadecimal digits") }
                // A surrogate pair written as two escapes is one code point.
                if v >= 0xD800, v <= 0xDBFF, i + 1 < s.count, s[i] == "\\", s[i + 1] == "u" {
                    let save = i
                    i += 2
                    if let low = readHex(4), low >= 0xDC00, low <= 0xDFFF {
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                    }
                }
                return hexScalar(v)
            case "p", "P":
                guard i < s.count, s[i] == "{" else { throw fail("\\\(c) must be followed by {...}") }
                var body = ""
                i += 1
                while i < s.count, s[i] != "}" {
                    let ch = s[i]
                    guard ch.isASCII, ch.properties.isAlphabetic || ("0"..."9").contains(ch) || ch == "_" || ch == "=" else {
                        throw fail("bad property name in \\\(c){...}")
                    }
                    body.unicodeScalars.append(ch)
                    i += 1
                }
                guard i < s.count, !body.isEmpty else { throw fail("unterminated \\\(c){...}") }
                i += 1
                return "\\\(c){\(body)}"
            case "k":
                guard i < s.count, s[i] == "<", !inClass else { throw fail("bad named backreference") }
                var name = ""
                i += 1
                while i < s.count, s[i] != ">" { name.unicodeScalars.append(s[i]); i += 1 }
                guard i < s.count, !name.isEmpty else { throw fail("unterminated named backreference") }
                i += 1
                return "\\k<\(name)>"
            default:
                // Identity escapes: only syntax characters and '/' (and '-' in a class).
                if "^$\\.*+?()[]{}|/".unicodeScalars.contains(c) || (inClass && c == "-") {
                    return hexScalar(c.value)
                }
                throw fail("'\\\(c)' is not an ECMA-262 escape")
            }
        }

        while i < s.count {
            let c = s[i]
            i += 1
            let wasQuantifier = afterQuantifier
            afterQuantifier = false
            switch c {
            case "\\":
                let assertion = i < s.count && (s[i] == "b" || s[i] == "B")
                out += try escape(inClass: false)
                canQuantify = !assertion
            case ".":
                out += "[^\\n\\r\\x{2028}\\x{2029}]"
                canQuantify = true
            case "$":
                out += "(?!(?s:.))"
                canQuantify = false
            case "^":
                out += "^"
                canQuantify = false
            case "|":
                out += "|"
                canQuantify = false
            case "(":
                canQuantify = false
                if i < s.count, s[i] == "?" {
                    if i + 1 < s.count, s[i + 1] == ":" || s[i + 1] == "=" || s[i + 1] == "!" {
                        out += "(?" + String(s[i + 1])
                        i += 2
                    } else if i + 2 < s.count, s[i + 1] == "<", s[i + 2] == "=" || s[i + 2] == "!" {
                        out += "(?<" + String(s[i + 2])
                        i += 3
                    } else if i + 1 < s.count, s[i + 1] == "<" {
                        var name = ""
                        i += 2
                        while i < s.count, s[i] != ">" {
                            guard s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "_" || s[i] == "$" else {
                                throw fail("bad group name")
                            }
                            name.unicodeScalars.append(s[i]); i += 1
                        }
                        guard i < s.count, !name.isEmpty else { throw fail("unterminated group name") }
                        i += 1
                        out += "(?<\(name)>"
                    } else {
                        throw fail("unsupported group syntax '(?'")
                    }
                } else {
                    out += "("
                }
                groupDepth += 1
            case ")":
                guard groupDepth > 0 else { throw fail("unmatched ')'") }
                groupDepth -= 1
                out += ")"
                canQuantify = true
            case "{":
                // A quantifier {n}, {n,} or {n,m}; anything else is a literal brace (Annex B).
                var j = i
                var sawDigit = false
                while j < s.count, ("0"..."9").contains(s[j]) { j += 1; sawDigit = true }
                if sawDigit, j < s.count, s[j] == "," {
                    j += 1
                    while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
                }
                if sawDigit, j < s.count, s[j] == "}" {
                    guard canQuantify else { throw fail("nothing to repeat before '{'") }
                    out += "{" + String(String.UnicodeScalarView(s[i..<j])) + "}"
                    i = j + 1
                    canQuantify = false
                    afterQuantifier = true
                } else {
                    out += "\\{"
                    canQuantify = true
                }
            case "}":
                out += "\\}"
                canQuantify = true
            case "]":
                out += "\\]"
                canQuantify = true
            case "*", "+", "?":
                if c == "?" && wasQuantifier {
                    out += "?"  // lazy
                    canQuantify = false
                    continue
                }
                guard canQuantify else { throw fail("nothing to repeat before '\(c)'") }
                out.unicodeScalars.append(c)
                canQuantify = false
                afterQuantifier = true
            case "[":
                var negated = false
                if i < s.count, s[i] == "^" { negated = true; i += 1 }
                if i < s.count, s[i] == "]" {
                    i += 1
                    out += negated ? "(?s:.)" : "(?!)"
                    canQuantify = true
                    continue
                }
                var body = ""
                var closed = false
                var first = true
                while i < s.count {
                    let d = s[i]
                    i += 1
                    if d == "]" { closed = true; break }
                    if d == "\\" {
                        body += try escape(inClass: true)
                    } else if d == "-" {
                        // A range operator between two atoms; literal at either end.
                        let atEnd = i < s.count && s[i] == "]"
                        body += (first || atEnd) ? "\\-" : "-"
                    } else if d.isASCII && !(d.properties.isAlphabetic || ("0"..."9").contains(d)) {
                        body += hexScalar(d.value)
                    } else {
                        body.unicodeScalars.append(d)
                    }
                    first = false
                }
                guard closed else { throw fail("unterminated character class") }
                out += (negated ? "[^" : "[") + body + "]"
                canQuantify = true
            default:
                if c == "#" || c == " " || c == "\t" || c == "\n" || c == "\r" {
                    out += hexScalar(c.value)
                } else {
                    out.unicodeScalars.append(c)
                }
                canQuantify = true
            }
        }
        guard groupDepth == 0 else { throw fail("unterminated group") }
        return out
    }
}
