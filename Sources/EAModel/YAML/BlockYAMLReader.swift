#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the shape nearly every model file has into the nodes libyaml would give, at the
/// same positions, in a fraction of libyaml's time: block mappings and sequences, flow
/// collections closed on their own line, plain scalars (folded over lines as libyaml
/// folds them), one-line quoted scalars, literal and folded block scalars, comments, and
/// `---` between documents.
///
/// Anything outside that shape (anchors, aliases, tags, quoted scalars over several
/// lines, tabs, carriage returns but in CR LF, escapes other than `\" \\ \/ \n \t`, repeated keys,
/// empty documents, text libyaml would reject) makes `read` return nil, and `YAMLReader`
/// reads the file with libyaml, so every result and every message is libyaml's. Written
/// by hand because libyaml's event parser was a quarter of all validation work and no
/// library reads YAML faster with positions; the tests hold it to libyaml on every YAML
/// file in the project and on tens of thousands of mutations of them.
///
/// What it builds is its builder's choice (`BlockYAMLBuilder`): the nodes, or the model's
/// elements straight away.
enum BlockYAMLReader {
    /// The documents of `bytes`, or nil when libyaml must read them.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> [Node]? {
        read(bytes, maxDepth: maxDepth, building: NodeBuilder())
    }

    /// What `builder` makes of each document of `bytes`, or nil when the reader or the
    /// builder declines them.
    static func read<Builder: BlockYAMLBuilder>(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int,
                                                building builder: Builder) -> [Builder.Value]? {
        // Files saved on Windows end lines with CR LF. libyaml reads a CR LF as one line
        // break, so positions and values are those of the text without its CRs; a CR
        // anywhere else is left to libyaml.
        if let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil {
            guard let lines = withoutCarriageReturns(bytes) else { return nil }
            return lines.withUnsafeBufferPointer { read($0, maxDepth: maxDepth, building: builder) }
        }
        guard isPlainText(bytes) else { return nil }
        var parser = Parser(bytes, maxDepth: maxDepth, builder: builder)
        do {
            return try parser.stream()
        } catch {
            return nil
        }
    }

    /// The bytes with the CR of every CR LF taken out, or nil when a CR stands alone.
    private static func withoutCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var lines: [UInt8] = []
        lines.reserveCapacity(bytes.count)
        for offset in bytes.indices {
            if bytes[offset] == 0x0D {
                guard offset + 1 < bytes.count, bytes[offset + 1] == 0x0A else { return nil }
            } else {
                lines.append(bytes[offset])
            }
        }
        return lines
    }

    /// Whether every character is valid UTF-8 that libyaml accepts and treats the way this
    /// reader does: no control characters but the line feed, no tab, no carriage return, no
    /// byte order mark, none of YAML 1.1's other line breaks (NEL, LS, PS).
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        let count = bytes.count
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        while offset < count {
            // Eight bytes at a time while they are printable ASCII or line feeds, or four
            // letters from U+0400 to U+05FF (Cyrillic), two bytes each and all printable:
            // leads D0 to D7, each followed by a continuation byte.
            if offset + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                if Self.isPrintableASCII(word) || word & 0xC0F8_C0F8_C0F8_C0F8 == 0x80D0_80D0_80D0_80D0 {
                    offset += 8
                    continue
                }
            }
            let lead = bytes[offset]
            if lead < 0x80 {
                if lead < 0x20 ? lead != 0x0A : lead == 0x7F { return false }
                offset += 1
                continue
            }
            // Two bytes from U+00A0 to U+07FF (Cyrillic among them) are all printable.
            if lead >= 0xC2 && lead <= 0xDF && offset + 1 < count && bytes[offset + 1] & 0xC0 == 0x80
                && (lead != 0xC2 || bytes[offset + 1] >= 0xA0) {
                offset += 2
                continue
            }
            let width: Int
            var scalar: UInt32
            if lead & 0xE0 == 0xC0 {
                width = 2
                scalar = UInt32(lead & 0x1F)
            } else if lead & 0xF0 == 0xE0 {
                width = 3
                scalar = UInt32(lead & 0x0F)
            } else if lead & 0xF8 == 0xF0 {
                width = 4
                scalar = UInt32(lead & 0x07)
            } else {
                return false
            }
            guard offset + width <= count else { return false }
            for next in 1..<width {
                let byte = bytes[offset + next]
                guard byte & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            let shortest: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
            guard scalar >= shortest else { return false }
            let printable = (0xA0...0xD7FF).contains(scalar) || (0xE000...0xFFFD).contains(scalar) || (0x10000...0x10FFFF).contains(scalar)
            guard printable, scalar != 0xFEFF, scalar != 0x2028, scalar != 0x2029 else { return false }
            offset += width
        }
        return true
    }

    /// Whether eight bytes are all printable ASCII or line feeds. Each test keeps a byte's
    /// answer in its high bit, with the high bits set beforehand so no borrow crosses bytes.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        guard word & high == 0 else { return false }
        let atLeastSpace = (word | high) &- ones &* 0x20
        let notLineFeed = ((word ^ (ones &* 0x0A)) | high) &- ones
        let notDelete = ((word ^ (ones &* 0x7F)) | high) &- ones
        return (atLeastSpace | ~notLineFeed) & notDelete & high == high
    }

    /// Whether a plain scalar may start with `byte`: not a blank and not an indicator.
    /// (`-`, `?` and `:` may start one when a non-blank follows; libyaml reads those.)
    static func canStartPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"),
             UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            false
        default:
            true
        }
    }
}

extension BlockYAMLReader {
    /// The grammar: one pass over one file's text, handing what it reads to the builder.
    /// Not copyable: as a copyable generic value it was copied whole, builder and all, at
    /// every call into the builder (5 % of loading).
    struct Parser<Builder: BlockYAMLBuilder>: ~Copyable {
        typealias Decline = YAMLDecline
        typealias Value = Builder.Value
        typealias Expectation = Builder.Expectation

        private let text: UnsafeBufferPointer<UInt8>
        private var index = 0
        /// The current line (1-based) and the offset it starts at.
        private var line = 1
        private var lineStart = 0
        /// The 0-based column of the next content line's first character, or -1 at the end
        /// of the stream or at a `---` line.
        private var column = 0
        private var atMarker = false
        private var depth = 0
        private let maxDepth: Int
        /// Where characters were last counted on the current line, so that finding the
        /// columns of the nodes along one line costs one pass over it.
        private var countedTo = 0
        private var countedColumns = 0
        private let builder: Builder

        init(_ text: UnsafeBufferPointer<UInt8>, maxDepth: Int, builder: Builder) {
            self.text = text
            self.maxDepth = maxDepth
            self.builder = builder
        }

        // MARK: - Documents and block collections

        mutating func stream() throws(Decline) -> [Value] {
            var documents: [Value] = []
            try skipToContent()
            // An empty stream and empty documents are left to libyaml.
            guard column >= 0 || atMarker else { throw Decline() }
            while column >= 0 || atMarker {
                if atMarker {
                    index += 3
                    skipSpaces()
                    guard atLineEndOrComment else { throw Decline() }
                    try nextLine()
                    guard column >= 0 else { throw Decline() }
                } else if !documents.isEmpty {
                    throw Decline()
                }
                documents.append(try blockNode(expecting: builder.document))
            }
            return documents
        }

        /// The collection that starts at the current content line.
        private mutating func blockNode(expecting: Expectation) throws(Decline) -> Value {
            let at = column
            if isSequenceEntry { return try blockSequence(at: at, expecting: expecting) }
            if let key = try mappingKey() { return try blockMapping(at: at, first: key, expecting: expecting) }
            throw Decline()
        }

        private mutating func blockMapping(at indent: Int, first: (key: BlockYAMLScalar, colon: Int),
                                           expecting: Expectation) throws(Decline) -> Value {
            try enter()
            let keys = Builder.countsKeys && depth == 1 && indent == 0 ? keysAtLeftMargin() : 0
            var mapping = try builder.mapping(at: first.key.position, expecting: expecting, keys: keys)
            var key = first.key
            var colon = first.colon
            while true {
                let expected = try builder.expectation(for: key, in: &mapping)
                index = colon + 1
                let afterColon = position(at: index)
                skipSpaces()
                let value: Value
                if atLineEndOrComment {
                    try nextLine()
                    value = try valueOnNextLines(parent: indent, inMapping: true, empty: afterColon, expecting: expected)
                } else {
                    value = try inlineValue(parent: indent, expecting: expected)
                }
                try builder.add(consume key, consume value, to: &mapping)
                if column < indent { break }
                guard column == indent, let next = try mappingKey() else { throw Decline() }
                key = next.key
                colon = next.colon
            }
            depth -= 1
            return try builder.end(consume mapping)
        }

        private mutating func blockSequence(at indent: Int, expecting: Expectation) throws(Decline) -> Value {
            try enter()
            var list = try builder.sequence(at: position(at: index), expecting: expecting)
            let expected = builder.itemExpectation(in: list)
            while true {
                let dash = index
                index += 1
                let afterDash = position(at: index)
                skipSpaces()
                if atLineEndOrComment {
                    try nextLine()
                    try builder.append(try valueOnNextLines(parent: indent, inMapping: false, empty: afterDash, expecting: expected), to: &list)
                } else if isSequenceEntry {
                    throw Decline()
                } else if let key = try mappingKey() {
                    try builder.append(try blockMapping(at: indent + index - dash, first: key, expecting: expected), to: &list)
                } else {
                    try builder.append(try inlineValue(parent: indent, expecting: expected), to: &list)
                }
                if column < indent { break }
                guard column == indent else { throw Decline() }
                // A key at the sequence's column goes back to the mapping that holds it.
                if !isSequenceEntry { break }
            }
            depth -= 1
            return try builder.end(consume list)
        }

        /// How many lines from the current one to the end of the document start with a key
        /// at the left margin: the keys of a document's mapping, when it starts there (lines
        /// there that start otherwise are blank, comments, sequence entries or `---`).
        private func keysAtLeftMargin() -> Int {
            var keys = 0
            var offset = lineStart
            while offset < text.count {
                let first = text[offset]
                if first == UInt8(ascii: "-") && offset + 2 < text.count && text[offset + 1] == first && text[offset + 2] == first { break }
                if first != UInt8(ascii: " ") && first != UInt8(ascii: "\n") && first != UInt8(ascii: "#") && first != UInt8(ascii: "-") {
                    keys += 1
                }
                guard let base = text.baseAddress, let next = memchr(base + offset, 0x0A, text.count - offset) else { break }
                offset = UnsafePointer<UInt8>(next.assumingMemoryBound(to: UInt8.self)) - base + 1
            }
            return keys
        }

        /// The value of a key or sequence entry that ends its line: a collection on the lines
        /// below, or nothing (an empty plain scalar just after the `:` or `-`).
        private mutating func valueOnNextLines(parent: Int, inMapping: Bool, empty: TextPosition,
                                               expecting: Expectation) throws(Decline) -> Value {
            if column > parent {
                return try blockNode(expecting: expecting)
            }
            if column == parent && inMapping && isSequenceEntry {
                return try blockSequence(at: parent, expecting: expecting)
            }
            return try builder.scalar(BlockYAMLScalar(text: "", quoted: false, position: empty), expecting: expecting)
        }

        /// A value written on the line of its key or `-`, in a block collection at column
        /// `parent`; the rest of the line may hold only a comment.
        private mutating func inlineValue(parent: Int, expecting: Expectation) throws(Decline) -> Value {
            let node: Value
            switch byte {
            case UInt8(ascii: "|"), UInt8(ascii: ">"): return try builder.scalar(try blockScalar(parent: parent), expecting: expecting)
            case UInt8(ascii: "["): node = try flowSequence(expecting: expecting)
            case UInt8(ascii: "{"): node = try flowMapping(expecting: expecting)
            case UInt8(ascii: "\""), UInt8(ascii: "'"): node = try builder.scalar(try quotedScalar(), expecting: expecting)
            default: node = try builder.scalar(try plainScalar(inFlow: false, parent: parent), expecting: expecting)
            }
            skipSpaces()
            guard atLineEndOrComment else { throw Decline() }
            try nextLine()
            return node
        }

        /// A literal (`|`, `|-`) or folded (`>`, `>-`) block scalar whose lines all have the
        /// indentation of the first, with no blank lines before it and no lines of spaces.
        /// Keeping (`+`) and explicit indentation are left to libyaml, as are more-indented
        /// lines, whose breaks folding keeps.
        private mutating func blockScalar(parent: Int) throws(Decline) -> BlockYAMLScalar {
            let at = position(at: index)
            let literal = byte == UInt8(ascii: "|")
            index += 1
            let strip = byte == UInt8(ascii: "-")
            if strip { index += 1 }
            skipSpaces()
            guard atLineEndOrComment else { throw Decline() }
            skipToLineEnd()
            var value: [UInt8] = []
            var indent = -1
            var emptyLines = 0
            var endsWithBreak = false
            while index < text.count {
                index += 1
                line += 1
                lineStart = index
                var first = index
                while first < text.count && text[first] == UInt8(ascii: " ") { first += 1 }
                let width = first - index
                if first == text.count || text[first] == UInt8(ascii: "\n") {
                    guard width == 0, indent >= 0 else { throw Decline() }
                    if first == text.count { break }
                    emptyLines += 1
                    continue
                }
                if indent < 0 {
                    guard width > parent else { throw Decline() }
                    indent = width
                } else if width < indent {
                    index = lineStart
                    break
                } else if width > indent {
                    throw Decline()
                } else if literal {
                    value.append(contentsOf: repeatElement(0x0A, count: emptyLines + 1))
                } else {
                    value.append(contentsOf: emptyLines == 0 ? [0x20] : Array(repeating: 0x0A, count: emptyLines))
                }
                emptyLines = 0
                index = first
                skipToLineEnd()
                value += text[first..<index]
                endsWithBreak = index < text.count
            }
            guard indent >= 0 else { throw Decline() }
            if endsWithBreak && !strip { value.append(0x0A) }
            try skipToContent()
            return BlockYAMLScalar(text: String(decoding: value, as: UTF8.self), quoted: true, position: at)
        }

        /// A key at the current position and the offset of its `:`, or nil when the line is not
        /// `key: …`. Keys are plain or quoted scalars on one line.
        private mutating func mappingKey() throws(Decline) -> (key: BlockYAMLScalar, colon: Int)? {
            let start = index
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let key = try quotedScalar()
                guard index < text.count, byte == UInt8(ascii: ":"), isBlank(after: index) else {
                    index = start
                    return nil
                }
                // libyaml's simple keys end within 1,024 characters of their start.
                guard index - start <= 1_000 else { throw Decline() }
                return (key, index)
            }
            guard BlockYAMLReader.canStartPlain(byte) else { return nil }
            var offset = index
            while true {
                offset = first(of: UInt8(ascii: "\n"), UInt8(ascii: ":"), UInt8(ascii: "#"), from: offset)
                guard offset < text.count else { break }
                let current = text[offset]
                if current == UInt8(ascii: "\n") { return nil }
                if current == UInt8(ascii: ":") && isBlank(after: offset) { break }
                if current == UInt8(ascii: "#") && text[offset - 1] == UInt8(ascii: " ") { return nil }
                offset += 1
            }
            guard offset < text.count else { return nil }
            // libyaml's simple keys are at most 1,024 characters; a space before the colon is
            // trimmed by a rule this reader leaves to libyaml.
            guard offset - start <= 1_000, text[offset - 1] != UInt8(ascii: " ") else { throw Decline() }
            return (BlockYAMLScalar(text: string(start, offset), quoted: false, position: position(at: start)), offset)
        }

        private mutating func enter() throws(Decline) {
            depth += 1
            guard depth < maxDepth else { throw Decline() }
        }

        // MARK: - Flow collections and scalars

        private mutating func flowNode(expecting: Expectation) throws(Decline) -> Value {
            return switch byte {
            case UInt8(ascii: "["): try flowSequence(expecting: expecting)
            case UInt8(ascii: "{"): try flowMapping(expecting: expecting)
            case UInt8(ascii: "\""), UInt8(ascii: "'"): try builder.scalar(try quotedScalar(), expecting: expecting)
            default: try builder.scalar(try plainScalar(inFlow: true), expecting: expecting)
            }
        }

        private mutating func flowSequence(expecting: Expectation) throws(Decline) -> Value {
            try enter()
            var list = try builder.sequence(at: position(at: index), expecting: expecting)
            let expected = builder.itemExpectation(in: list)
            index += 1
            try skipFlowSpaces()
            if byte == UInt8(ascii: "]") {
                index += 1
            } else {
                while true {
                    try builder.append(try flowNode(expecting: expected), to: &list)
                    if try endOfFlowItem(closing: UInt8(ascii: "]")) { break }
                }
            }
            depth -= 1
            return try builder.end(consume list)
        }

        private mutating func flowMapping(expecting: Expectation) throws(Decline) -> Value {
            try enter()
            var mapping = try builder.mapping(at: position(at: index), expecting: expecting, keys: 0)
            index += 1
            try skipFlowSpaces()
            if byte == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    let key: BlockYAMLScalar
                    let keyStart = index
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "'"): key = try quotedScalar()
                    default: key = try plainScalar(inFlow: true)
                    }
                    guard index < text.count, byte == UInt8(ascii: ":"), isBlank(after: index), index - keyStart <= 1_000 else { throw Decline() }
                    index += 1
                    try skipFlowSpaces()
                    guard byte != UInt8(ascii: ","), byte != UInt8(ascii: "}") else { throw Decline() }
                    let expected = try builder.expectation(for: key, in: &mapping)
                    try builder.add(consume key, try flowNode(expecting: expected), to: &mapping)
                    if try endOfFlowItem(closing: UInt8(ascii: "}")) { break }
                }
            }
            depth -= 1
            return try builder.end(consume mapping)
        }

        /// After an item of a flow collection: true past its closing bracket, false past a comma.
        private mutating func endOfFlowItem(closing: UInt8) throws(Decline) -> Bool {
            try skipFlowSpaces()
            if byte == closing {
                index += 1
                return true
            }
            guard byte == UInt8(ascii: ",") else { throw Decline() }
            index += 1
            try skipFlowSpaces()
            guard byte != closing else { throw Decline() }
            return false
        }

        /// A plain scalar. In a flow collection it is one line and ends at `,[]{}` or a `:`; a
        /// `:` that ends it must then be a flow mapping's, which the caller checks. In a block
        /// collection at column `parent`, the lines below indented past `parent` continue it,
        /// folded as libyaml folds them: one line break becomes a space, and each blank line
        /// between becomes a line feed.
        private mutating func plainScalar(inFlow: Bool, parent: Int = 0) throws(Decline) -> BlockYAMLScalar {
            guard BlockYAMLReader.canStartPlain(byte) else { throw Decline() }
            let at = position(at: index)
            let start = index
            var end = try plainLine(inFlow: inFlow)
            if inFlow {
                if index < text.count && text[index] == UInt8(ascii: ":") && end != index { throw Decline() }
                return BlockYAMLScalar(text: string(start, end), quoted: false, position: at)
            }
            var folded: [UInt8]?
            while index < text.count && text[index] == UInt8(ascii: "\n") {
                var next = index
                var breaks = 0
                var nextLineStart = lineStart
                while next < text.count && (text[next] == UInt8(ascii: "\n") || text[next] == UInt8(ascii: " ")) {
                    if text[next] == UInt8(ascii: "\n") {
                        breaks += 1
                        nextLineStart = next + 1
                    }
                    next += 1
                }
                guard next < text.count, next - nextLineStart > parent, text[next] != UInt8(ascii: "#") else { break }
                // A continuation line that starts with an indicator is left to libyaml.
                guard BlockYAMLReader.canStartPlain(text[next]) else { throw Decline() }
                if folded == nil { folded = Array(text[start..<end]) }
                if breaks == 1 {
                    folded?.append(UInt8(ascii: " "))
                } else {
                    folded?.append(contentsOf: repeatElement(0x0A, count: breaks - 1))
                }
                line += breaks
                lineStart = nextLineStart
                index = next
                end = try plainLine(inFlow: false)
                folded? += text[next..<end]
            }
            return BlockYAMLScalar(text: folded.map { String(decoding: $0, as: UTF8.self) } ?? string(start, end), quoted: false, position: at)
        }

        /// Moves over one line of a plain scalar to what ends it (a line feed, a comment, or in
        /// a flow collection `,[]{}` or `:`) and returns where its text ends, trailing spaces cut.
        private mutating func plainLine(inFlow: Bool) throws(Decline) -> Int {
            if !inFlow {
                // In a block collection only a line feed, `: ` and ` #` end or stop a plain
                // scalar: skipped to eight bytes at a time, then the spaces before the end cut.
                let start = index
                while true {
                    index = first(of: UInt8(ascii: "\n"), UInt8(ascii: ":"), UInt8(ascii: "#"), from: index)
                    guard index < text.count, text[index] != UInt8(ascii: "\n") else { break }
                    if text[index] == UInt8(ascii: ":") {
                        // `: ` inside a value is a mapping where libyaml allows none.
                        if isBlank(after: index) { throw Decline() }
                    } else if text[index - 1] == UInt8(ascii: " ") {
                        break
                    }
                    index += 1
                }
                var end = index
                while end > start && text[end - 1] == UInt8(ascii: " ") { end -= 1 }
                return end
            }
            var end = index
            scan: while index < text.count {
                switch text[index] {
                case UInt8(ascii: "\n"):
                    break scan
                case UInt8(ascii: ":"):
                    if inFlow { break scan }
                    // `: ` inside a value is a mapping where libyaml allows none.
                    if isBlank(after: index) { throw Decline() }
                case UInt8(ascii: "#"):
                    if text[index - 1] == UInt8(ascii: " ") { break scan }
                case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    if inFlow { break scan }
                case UInt8(ascii: " "):
                    index += 1
                    continue scan
                default:
                    break
                }
                index += 1
                end = index
            }
            return end
        }

        /// A single- or double-quoted scalar closed on its own line.
        private mutating func quotedScalar() throws(Decline) -> BlockYAMLScalar {
            let at = position(at: index)
            let quote = byte
            index += 1
            var segment = index
            var unescaped: [UInt8] = []
            var escaped = false
            while true {
                index = first(of: quote, UInt8(ascii: "\\"), UInt8(ascii: "\n"), from: index)
                guard index < text.count else { throw Decline() }
                let current = text[index]
                if current == UInt8(ascii: "\n") { throw Decline() }
                if current == quote {
                    if quote == UInt8(ascii: "'") && index + 1 < text.count && text[index + 1] == quote {
                        unescaped += text[segment...index]
                        escaped = true
                        index += 2
                        segment = index
                        continue
                    }
                    break
                }
                if current == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                    guard index + 1 < text.count else { throw Decline() }
                    let replacement: UInt8
                    switch text[index + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): replacement = text[index + 1]
                    case UInt8(ascii: "n"): replacement = 0x0A
                    case UInt8(ascii: "t"): replacement = 0x09
                    default: throw Decline()
                    }
                    unescaped += text[segment..<index]
                    unescaped.append(replacement)
                    escaped = true
                    index += 2
                    segment = index
                    continue
                }
                index += 1
            }
            let value: String
            if escaped {
                unescaped += text[segment..<index]
                value = String(decoding: unescaped, as: UTF8.self)
            } else {
                value = string(segment, index)
            }
            index += 1
            return BlockYAMLScalar(text: value, quoted: true, position: at)
        }

        // MARK: - Lines and positions

        /// The byte at the current offset, or a line feed at the end.
        private var byte: UInt8 {
            index < text.count ? text[index] : 0x0A
        }

        private var atLineEnd: Bool {
            index >= text.count || text[index] == UInt8(ascii: "\n")
        }

        /// Whether nothing but a comment is left on the line (a `#` after a space).
        private var atLineEndOrComment: Bool {
            atLineEnd || (text[index] == UInt8(ascii: "#") && index > 0 && text[index - 1] == UInt8(ascii: " "))
        }

        private var isSequenceEntry: Bool {
            byte == UInt8(ascii: "-") && isBlank(after: index)
        }

        /// Where the first of three bytes is at or after `offset`, or the text's end. Eight
        /// bytes at a time: a byte equal to one of them becomes zero in the word xor-ed
        /// with it, and the lowest zero byte the subtraction flags is always a true one.
        private func first(of a: UInt8, _ b: UInt8, _ c: UInt8, from offset: Int) -> Int {
            var offset = offset
            if let base = UnsafeRawPointer(text.baseAddress) {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let high: UInt64 = 0x8080_8080_8080_8080
                let (wordA, wordB, wordC) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
                while offset + 8 <= text.count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    let (xa, xb, xc) = (word ^ wordA, word ^ wordB, word ^ wordC)
                    let zero = ((xa &- ones) & ~xa | (xb &- ones) & ~xb | (xc &- ones) & ~xc) & high
                    if zero != 0 { return offset + zero.trailingZeroBitCount / 8 }
                    offset += 8
                }
            }
            while offset < text.count {
                let byte = text[offset]
                if byte == a || byte == b || byte == c { return offset }
                offset += 1
            }
            return offset
        }

        /// Whether the character after `offset` is a space, a line feed or the end.
        private func isBlank(after offset: Int) -> Bool {
            offset + 1 >= text.count || text[offset + 1] == UInt8(ascii: " ") || text[offset + 1] == UInt8(ascii: "\n")
        }

        private mutating func skipToLineEnd() {
            while index < text.count && text[index] != UInt8(ascii: "\n") { index += 1 }
        }

        private mutating func skipSpaces() {
            while index < text.count && text[index] == UInt8(ascii: " ") { index += 1 }
        }

        /// Spaces inside a flow collection, which must close on its line.
        private mutating func skipFlowSpaces() throws(Decline) {
            skipSpaces()
            guard !atLineEnd, byte != UInt8(ascii: "#") else { throw Decline() }
        }

        /// Moves past the current line, then past blank and comment lines, to the first
        /// character of the next content line, and notes its column.
        private mutating func nextLine() throws(Decline) {
            skipToLineEnd()
            if index < text.count {
                index += 1
                line += 1
                lineStart = index
            }
            try skipToContent()
        }

        private mutating func skipToContent() throws(Decline) {
            atMarker = false
            while true {
                skipSpaces()
                if index >= text.count {
                    column = -1
                    return
                }
                switch text[index] {
                case UInt8(ascii: "\n"):
                    index += 1
                    line += 1
                    lineStart = index
                    continue
                case UInt8(ascii: "#"):
                    skipToLineEnd()
                    continue
                default:
                    break
                }
                column = index - lineStart
                if column == 0 {
                    let first = text[index]
                    if first == UInt8(ascii: "%") { throw Decline() }
                    if (first == UInt8(ascii: "-") || first == UInt8(ascii: ".")) && index + 2 < text.count
                        && text[index + 1] == first && text[index + 2] == first && isBlank(after: index + 2) {
                        // `...` ends a document; libyaml reads those files.
                        if first == UInt8(ascii: ".") { throw Decline() }
                        atMarker = true
                        column = -1
                    }
                }
                return
            }
        }

        /// The position of `offset` on the current line, counting columns in characters.
        private mutating func position(at offset: Int) -> TextPosition {
            if countedTo < lineStart || countedTo > offset {
                countedTo = lineStart
                countedColumns = 0
            }
            // Eight bytes at a step: every byte starts a character but a continuation byte
            // (10xxxxxx), which has its top bit set and the next one clear.
            if let base = UnsafeRawPointer(text.baseAddress) {
                while countedTo + 8 <= offset {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: countedTo, as: UInt64.self))
                    let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                    countedColumns += 8 - Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                    countedTo += 8
                }
            }
            while countedTo < offset {
                if text[countedTo] & 0xC0 != 0x80 { countedColumns += 1 }
                countedTo += 1
            }
            return TextPosition(line: line, column: countedColumns + 1)
        }

        /// The text from `start` to `end` as a string. The whole text passed `isPlainText`, so
        /// a slice that starts and ends on character boundaries is valid UTF-8 and is copied
        /// without validating it again (`String(decoding:)` validated every scalar of the model
        /// once more, at twice the cost for Cyrillic text); only its ASCII-ness is checked, which
        /// keeps hashing and comparing ASCII strings on their fast path.
        private func string(_ start: Int, _ end: Int) -> String {
            let slice = UnsafeBufferPointer(rebasing: text[start..<end])
            guard #available(macOS 26, *), isBoundary(start), isBoundary(end) else {
                return String(decoding: slice, as: UTF8.self)
            }
            var span = UTF8Span(unchecked: slice.span)
            _ = span.checkForASCII()
            return String(copying: span)
        }

        /// Whether a character starts at `offset` (or the text ends there): not inside a UTF-8 sequence.
        private func isBoundary(_ offset: Int) -> Bool {
            offset >= text.count || text[offset] & 0xC0 != 0x80
        }
    }
}
