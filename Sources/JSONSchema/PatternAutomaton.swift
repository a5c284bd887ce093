/// A linear-time matcher for the common subset of ECMA-262 patterns: literals,
/// escapes, classes, `.`, groups, alternation, quantifiers and the `^`/`$` anchors.
///
/// It compiles the pattern to a Thompson NFA and simulates it over the string's
/// Unicode scalars, so no pattern can backtrack catastrophically and no Foundation
/// bridging happens on the validation path. Patterns outside the subset
/// (backreferences, lookaround, `\b`, `\p{…}`) are left to `NSRegularExpression`.
struct PatternAutomaton: Sendable {
    /// A set of scalars: ASCII as a bitmap, the rest as ranges, optionally negated.
    struct ScalarSet: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var ranges: [ClosedRange<UInt32>] = []
        var negated = false

        mutating func insert(_ r: ClosedRange<UInt32>) {
            var v = r.lowerBound
            while v <= r.upperBound && v < 128 {
                if v < 64 { low |= 1 << UInt64(v) } else { high |= 1 << UInt64(v - 64) }
                v += 1
            }
            if r.upperBound >= 128 { ranges.append(max(r.lowerBound, 128)...r.upperBound) }
        }

        @inline(__always) func contains(_ v: UInt32) -> Bool {
            let inside: Bool
            if v < 64 { inside = low & (1 << UInt64(v)) != 0 }
            else if v < 128 { inside = high & (1 << UInt64(v - 64)) != 0 }
            else { inside = ranges.contains { $0.contains(v) } }
            return inside != negated
        }
    }

    /// A character class: a union of sets (some of them negated, like `\D` inside `[...]`).
    struct ScalarClass: Sendable {
        var sets: [ScalarSet]
        var negated: Bool

        @inline(__always) func contains(_ v: UInt32) -> Bool {
            if sets.count == 1 { return sets[0].contains(v) != negated }
            return sets.contains { $0.contains(v) } != negated
        }
    }

    enum Instruction: Sendable {
        case scalar(Int)          // index into classes; on match go to next
        case split(Int, Int)
        case jump(Int)
        case atStart
        case atEnd
        case match
    }

    let program: [Instruction]
    let classes: [ScalarClass]
    let anchoredAtStart: Bool

    /// Syntax tree of the subset.
    indirect enum Tree {
        case scalars(ScalarClass)
        case empty
        case sequence([Tree])
        case alternatives([Tree])
        case repetition(Tree, min: Int, max: Int?)
        case atStart
        case atEnd
    }

    static let maxProgramSize = 20_000

    /// Compiles a pattern, or returns nil when it uses constructs outside the subset
    /// (the caller then uses the ICU engine, which also reports syntax errors).
    init?(_ pattern: String) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let tree = parser.parseDisjunction(), parser.i == parser.scalars.count else { return nil }
        var builder = Builder()
        guard builder.emit(tree) else { return nil }
        builder.program.append(.match)
        guard builder.program.count <= PatternAutomaton.maxProgramSize else { return nil }
        program = builder.program
        classes = builder.classes
        if case .sequence(let items) = tree, case .atStart? = items.first { anchoredAtStart = true }
        else if case .atStart = tree { anchoredAtStart = true }
        else { anchoredAtStart = false }
    }

    /// Whether the pattern matches anywhere in `text` (`RegExp.prototype.test`).
    func matches(_ text: String) -> Bool {
        let n = program.count
        var marks = [Int](repeating: -1, count: n)
        var current: [Int] = []
        var next: [Int] = []
        current.reserveCapacity(n)
        next.reserveCapacity(n)
        var stack: [Int] = []
        var generation = 0
        let view = text.unicodeScalars
        var index = view.startIndex
        var position = 0

        /// Adds the states reachable from `pc` without consuming input.
        func addClosure(_ pc: Int, into list: inout [Int], atStart: Bool, atEnd: Bool) -> Bool {
            stack.append(pc)
            while let s = stack.popLast() {
                if marks[s] == generation { continue }
                marks[s] = generation
                switch program[s] {
                case .scalar: list.append(s)
                case .split(let a, let b): stack.append(b); stack.append(a)
                case .jump(let a): stack.append(a)
                case .atStart: if atStart { stack.append(s + 1) }
                case .atEnd: if atEnd { stack.append(s + 1) }
                case .match: stack.removeAll(); return true
                }
            }
            return false
        }

        generation = 0
        if addClosure(0, into: &current, atStart: true, atEnd: index == view.endIndex) { return true }
        while index != view.endIndex {
            let v = view[index].value
            view.formIndex(after: &index)
            position += 1
            generation += 1
            next.removeAll(keepingCapacity: true)
            let atEnd = index == view.endIndex
            for s in current {
                if case .scalar(let c) = program[s], classes[c].contains(v) {
                    if addClosure(s + 1, into: &next, atStart: false, atEnd: atEnd) { return true }
                }
            }
            if !anchoredAtStart {
                if addClosure(0, into: &next, atStart: false, atEnd: atEnd) { return true }
            } else if next.isEmpty {
                return false
            }
            swap(&current, &next)
        }
        return false
    }

    // MARK: Parsing

    struct Parser {
        let scalars: [Unicode.Scalar]
        var i = 0

        static let whitespace: [ClosedRange<UInt32>] = [
            0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
            0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
        ]
        static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
        static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]

        static func set(_ ranges: [ClosedRange<UInt32>], negated: Bool = false) -> ScalarSet {
            var s = ScalarSet()
            for r in ranges { s.insert(r) }
            s.negated = negated
            return s
        }

        static func single(_ v: UInt32) -> ScalarClass { ScalarClass(sets: [set([v...v])], negated: false) }

        var atEnd: Bool { i >= scalars.count }
        var peek: Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

        mutating func parseDisjunction() -> Tree? {
            var alternatives: [Tree] = []
            guard let first = parseAlternative() else { return nil }
            alternatives.append(first)
            while peek == "|" {
                i += 1
                guard let next = parseAlternative() else { return nil }
                alternatives.append(next)
            }
            return alternatives.count == 1 ? alternatives[0] : .alternatives(alternatives)
        }

        mutating func parseAlternative() -> Tree? {
            var items: [Tree] = []
            while let c = peek, c != "|", c != ")" {
                guard let term = parseTerm() else { return nil }
                items.append(term)
            }
            if items.isEmpty { return .empty }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func parseTerm() -> Tree? {
            guard let c = peek else { return nil }
            switch c {
            case "^": i += 1; return .atStart
            case "$": i += 1; return .atEnd
            default: break
            }
            guard let atom = parseAtom() else { return nil }
            return parseQuantifier(atom)
        }

        mutating func parseQuantifier(_ atom: Tree) -> Tree? {
            guard let c = peek else { return atom }
            var minimum = 0, maximum: Int? = nil
            switch c {
            case "*": i += 1
            case "+": i += 1; minimum = 1
            case "?": i += 1; maximum = 1
            case "{":
                var j = i + 1
                var a = 0, digits = 0
                while j < scalars.count, ("0"..."9").contains(scalars[j]) {
                    a = min(a * 10 + Int(scalars[j].value - 48), 100_000); j += 1; digits += 1
                }
                guard digits > 0, j < scalars.count else { return atom }
                var b: Int? = a
                if scalars[j] == "," {
                    j += 1
                    var bd = 0, bv = 0
                    while j < scalars.count, ("0"..."9").contains(scalars[j]) {
                        bv = min(bv * 10 + Int(scalars[j].value - 48), 100_000); j += 1; bd += 1
                    }
                    b = bd > 0 ? bv : nil
                }
                guard j < scalars.count, scalars[j] == "}" else { return atom }  // a literal brace
                if let b, b < a { return nil }
                i = j + 1
                minimum = a
                maximum = b
            default:
                return atom
            }
            if peek == "?" { i += 1 }          // laziness does not change whether a match exists
            if let p = peek, p == "*" || p == "+" || p == "?" || p == "{" {
                if p != "{" { return nil }     // a quantifier after a quantifier: not ECMA-262
            }
            if case .atStart = atom { return nil }
            if case .atEnd = atom { return nil }
            return .repetition(atom, min: minimum, max: maximum)
        }

        mutating func parseAtom() -> Tree? {
            guard let c = peek else { return nil }
            i += 1
            switch c {
            case ".":
                return .scalars(ScalarClass(sets: [Parser.set([0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029], negated: true)], negated: false))
            case "(":
                if peek == "?" {
                    guard i + 1 < scalars.count, scalars[i + 1] == ":" else { return nil }  // lookaround, named groups
                    i += 2
                }
                guard let inner = parseDisjunction(), peek == ")" else { return nil }
                i += 1
                return inner
            case ")", "*", "+", "?", "|":
                return nil
            case "[":
                return parseClass()
            case "\\":
                guard let set = parseEscape(inClass: false) else { return nil }
                return .scalars(set)
            default:
                return .scalars(Parser.single(c.value))
            }
        }

        /// The escape after a backslash (already consumed), as a class.
        mutating func parseEscape(inClass: Bool) -> ScalarClass? {
            guard let c = peek else { return nil }
            i += 1
            func cls(_ ranges: [ClosedRange<UInt32>], negated: Bool = false) -> ScalarClass {
                ScalarClass(sets: [Parser.set(ranges, negated: negated)], negated: false)
            }
            switch c {
            case "d": return cls(Parser.digits)
            case "D": return cls(Parser.digits, negated: true)
            case "w": return cls(Parser.word)
            case "W": return cls(Parser.word, negated: true)
            case "s": return cls(Parser.whitespace)
            case "S": return cls(Parser.whitespace, negated: true)
            case "t": return Parser.single(9)
            case "n": return Parser.single(10)
            case "v": return Parser.single(11)
            case "f": return Parser.single(12)
            case "r": return Parser.single(13)
            case "b": return inClass ? Parser.single(8) : nil
            case "0":
                if let p = peek, ("0"..."9").contains(p) { return nil }
                return Parser.single(0)
            case "c":
                guard let p = peek, ("a"..."z").contains(p) || ("A"..."Z").contains(p) else { return nil }
                i += 1
                return Parser.single(p.value % 32)
            case "x":
                guard let v = hex(2) else { return nil }
                return Parser.single(v)
            case "u":
                if peek == "{" {
                    i += 1
                    var v: UInt32 = 0, n = 0
                    while let p = peek, let h = Parser.hexValue(p), n < 7 { v = v * 16 + h; n += 1; i += 1 }
                    guard n > 0, n <= 6, peek == "}", v <= 0x10FFFF else { return nil }
                    i += 1
                    return Parser.single(v)
                }
                guard var v = hex(4) else { return nil }
                if (0xD800...0xDBFF).contains(v), i + 1 < scalars.count, scalars[i] == "\\", scalars[i + 1] == "u" {
                    let save = i
                    i += 2
                    if let low = hex(4), (0xDC00...0xDFFF).contains(low) {
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                    }
                }
                return Parser.single(v)
            default:
                if "^$\\.*+?()[]{}|/".unicodeScalars.contains(c) || (inClass && c == "-") {
                    return Parser.single(c.value)
                }
                return nil  // backreferences, \p, \k, \B and invalid escapes
            }
        }

        static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
            switch c {
            case "0"..."9": return c.value - 48
            case "a"..."f": return c.value - 87
            case "A"..."F": return c.value - 55
            default: return nil
            }
        }

        mutating func hex(_ n: Int) -> UInt32? {
            guard i + n <= scalars.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let h = Parser.hexValue(scalars[i + k]) else { return nil }
                v = v << 4 | h
            }
            i += n
            return v
        }

        mutating func parseClass() -> Tree? {
            var negated = false
            if peek == "^" { negated = true; i += 1 }
            var sets: [ScalarSet] = []
            var plain = ScalarSet()
            while true {
                guard let c = peek else { return nil }
                if c == "]" { i += 1; break }
                // One class atom: a scalar, or a class escape like \d.
                guard let low = classAtom() else { return nil }
                if peek == "-", i + 1 < scalars.count, scalars[i + 1] != "]" {
                    i += 1
                    guard let high = classAtom() else { return nil }
                    guard case .scalar(let a) = low, case .scalar(let b) = high, a <= b else { return nil }
                    plain.insert(a...b)
                    continue
                }
                switch low {
                case .scalar(let v): plain.insert(v...v)
                case .set(let s): sets.append(contentsOf: s.sets.map { set in
                    var copy = set
                    if s.negated { copy.negated.toggle() }
                    return copy
                })
                }
            }
            if plain.low != 0 || plain.high != 0 || !plain.ranges.isEmpty || sets.isEmpty { sets.insert(plain, at: 0) }
            return .scalars(ScalarClass(sets: sets, negated: negated))
        }

        enum ClassAtom {
            case scalar(UInt32)
            case set(ScalarClass)
        }

        mutating func classAtom() -> ClassAtom? {
            guard let c = peek else { return nil }
            i += 1
            if c != "\\" { return .scalar(c.value) }
            let before = i
            guard let cls = parseEscape(inClass: true) else { return nil }
            // A single-scalar escape is a scalar (it may start or end a range).
            let consumed = scalars[before]
            if !"dDwWsS".unicodeScalars.contains(consumed), cls.sets.count == 1, !cls.sets[0].negated {
                let s = cls.sets[0]
                if s.ranges.count == 1, s.low == 0, s.high == 0, s.ranges[0].count == 1 { return .scalar(s.ranges[0].lowerBound) }
                if s.ranges.isEmpty, (s.low != 0) != (s.high != 0) {
                    let bits = s.low != 0 ? s.low : s.high
                    if bits.nonzeroBitCount == 1 {
                        return .scalar(UInt32(bits.trailingZeroBitCount) + (s.low != 0 ? 0 : 64))
                    }
                }
            }
            return .set(cls)
        }
    }

    // MARK: Code generation

    struct Builder {
        var program: [Instruction] = []
        var classes: [ScalarClass] = []

        mutating func emit(_ tree: Tree) -> Bool {
            guard program.count <= PatternAutomaton.maxProgramSize else { return false }
            switch tree {
            case .scalars(let c):
                classes.append(c)
                program.append(.scalar(classes.count - 1))
            case .empty:
                break
            case .atStart:
                program.append(.atStart)
            case .atEnd:
                program.append(.atEnd)
            case .sequence(let items):
                for item in items where !emit(item) { return false }
            case .alternatives(let list):
                // split L1, next; L1: a; jump end; next: split L2, ... ; last alternative inline
                var jumps: [Int] = []
                for (k, alt) in list.enumerated() {
                    if k < list.count - 1 {
                        let split = program.count
                        program.append(.split(split + 1, 0))
                        guard emit(alt) else { return false }
                        jumps.append(program.count)
                        program.append(.jump(0))
                        program[split] = .split(split + 1, program.count)
                    } else {
                        guard emit(alt) else { return false }
                    }
                }
                for j in jumps { program[j] = .jump(program.count) }
            case .repetition(let body, let minimum, let maximum):
                for _ in 0..<minimum where !emit(body) { return false }
                if let maximum {
                    // Optional copies: split body, end (nested so they are taken in order).
                    var splits: [Int] = []
                    for _ in minimum..<maximum {
                        splits.append(program.count)
                        program.append(.split(program.count + 1, 0))
                        guard emit(body) else { return false }
                    }
                    for s in splits { program[s] = .split(s + 1, program.count) }
                } else {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    guard emit(body) else { return false }
                    program.append(.jump(split))
                    program[split] = .split(split + 1, program.count)
                }
            }
            return true
        }
    }
}
