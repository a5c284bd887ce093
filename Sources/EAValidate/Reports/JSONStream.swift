import EAModel

/// JSON written straight into bytes, in JSONText's layout (two-space indentation,
/// `"key": value`, slashes unescaped, `{}` and `[]` when empty). The JSON report has an
/// entry per element, check and finding: Foundation's JSONEncoder boxes every value and
/// cost as much as validating the model, while this writes each byte once.
///
/// Keys are written in the order given, so callers give them sorted by UTF-8 bytes, as
/// JSONText sorts them (debug builds check it).
struct JSONStream: ~Copyable {
    /// The bytes written before the current piece, in order: what other threads wrote is
    /// kept in the pieces they handed over, not copied into one array (the report of
    /// 100,000 elements is 132 MB, and joining it copied it again as the array grew).
    private var pieces: [[UInt8]] = []
    private var buffer: ByteBuffer
    /// Per open object or array: whether nothing was written in it yet.
    private var levels: [Bool] = []
    #if DEBUG
    /// Per open object: the last key written, to check the order.
    private var lastKeys: [String?] = []
    #endif

    init(capacity: Int = 1 << 16) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// The text written, as UTF-8 bytes in pieces, with a final newline; the stream is
    /// done with. (A national report is over a hundred megabytes: it is handed over, not
    /// joined, copied or checked again as a string.)
    consuming func finish() -> [[UInt8]] {
        buffer.append(0x0A)
        return pieces + [buffer.take()]
    }

    // MARK: Containers

    mutating func object(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An array of the items, each written by `item`.
    mutating func array<Items: Sequence>(_ items: Items, _ item: (inout JSONStream, Items.Element) -> Void) {
        array { stream in
            for element in items {
                stream.next()
                item(&stream, element)
            }
        }
    }

    /// An array of the items written in runs on `threads` threads and joined in order:
    /// the same bytes as `array(_:_:)`, for the report's long lists (an entry per element
    /// and per finding) that would otherwise be written on one thread after validation.
    /// Each run's bytes become a piece of the stream as they are.
    mutating func array<Item: Sendable>(_ items: [Item], threads: Int, _ item: @Sendable (inout JSONStream, Item) -> Void) {
        let count = threads > 1 ? min(items.count / Self.shortestRun, threads * 16) : 0
        guard count > 1 else { return array(items, item) }
        let runs = Parallel.ranges(of: items.count, runs: count)
        open(UInt8(ascii: "["))
        let outer = levels
        let parts = Parallel.map(runs.count, threads: threads) { run in
            let range = runs[run]
            var part = JSONStream(capacity: range.count * 1_280)
            part.levels = outer
            part.levels[part.levels.count - 1] = run == 0
            #if DEBUG
            part.lastKeys = Array(repeating: nil, count: outer.count)
            #endif
            for element in items[range] {
                part.next()
                item(&part, element)
            }
            return part.buffer.take()
        }
        pieces.append(buffer.take())
        pieces.append(contentsOf: parts)
        levels[levels.count - 1] = false
        close(UInt8(ascii: "]"))
    }

    /// Fewer items than this a run are written on one thread.
    private static let shortestRun = 64

    /// An array of strings.
    mutating func strings(_ items: some Sequence<String>) {
        array(items) { $0.string($1) }
    }

    /// Starts the next item of an array.
    mutating func next() {
        separate()
    }

    /// Starts the value of `key` in an object.
    mutating func key(_ key: String) {
        #if DEBUG
        assert(lastKeys.last??.utf8.lexicographicallyPrecedes(key.utf8) ?? true, "keys out of order at '\(key)'")
        lastKeys[lastKeys.count - 1] = key
        #endif
        separate()
        write(key)
        buffer.append(UInt8(ascii: ":"))
        buffer.append(0x20)
    }

    // MARK: Values

    mutating func string(_ text: String) { write(text) }

    /// A whole number in decimal, its digits written straight into the bytes (through a
    /// `String` it cost some 900 instructions a number).
    mutating func integer(_ number: Int) {
        if number < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: UInt = 1
        var scale: UInt = 1
        while magnitude / scale >= 10 {
            scale *= 10
            digits += 1
        }
        for _ in 0..<digits {
            buffer.append(UInt8(ascii: "0") + UInt8(magnitude / scale))
            magnitude %= scale
            scale /= 10
        }
    }

    /// A number given in tenths: 973 → 97.3, 1000 → 100 (as JSONEncoder writes 100.0).
    mutating func tenths(_ tenths: Int) {
        integer(tenths / 10)
        if tenths % 10 != 0 {
            buffer.append(UInt8(ascii: "."))
            integer(abs(tenths % 10))
        }
    }

    mutating func boolean(_ flag: Bool) { append(flag ? "true" : "false") }

    // MARK: Keyed shorthands (nil leaves the key out, as JSONEncoder leaves out nil)

    mutating func string(_ key: String, _ text: String?) {
        guard let text else { return }
        self.key(key)
        write(text)
    }

    mutating func integer(_ key: String, _ number: Int) {
        self.key(key)
        integer(number)
    }

    mutating func tenths(_ key: String, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        tenths(value)
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        buffer.append(bracket)
        levels.append(true)
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        let empty = levels.removeLast()
        #if DEBUG
        lastKeys.removeLast()
        #endif
        if !empty { newline() }
        buffer.append(bracket)
    }

    private mutating func separate() {
        if levels[levels.count - 1] {
            levels[levels.count - 1] = false
        } else {
            buffer.append(UInt8(ascii: ","))
        }
        newline()
    }

    /// A line feed and the indentation of the current depth, copied from a line of spaces
    /// (appending a repeated element cost 170 instructions a line).
    private mutating func newline() {
        buffer.append(0x0A)
        let spaces: StaticString = "                                                                "
        var width = levels.count * 2
        while width > 0 {
            let run = min(width, spaces.utf8CodeUnitCount)
            buffer.append(UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            width -= run
        }
    }

    /// ASCII text as it is.
    private mutating func append(_ text: StaticString) {
        buffer.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else
    /// (slashes, Cyrillic) as it is.
    private mutating func write(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Runs with nothing to escape (nearly every string) are copied whole.
            var run = 0
            while let offset = Self.firstToEscape(in: utf8, from: run) {
                buffer.append(UnsafeBufferPointer(rebasing: utf8[run..<offset]))
                escape(utf8[offset])
                run = offset + 1
            }
            buffer.append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// The place of the first byte at or after `start` that a JSON string must escape (a
    /// control character, a quote, a backslash), nil when there is none.
    ///
    /// Eight bytes at a step: a word holds a byte below 0x20 exactly when
    /// `(word - 0x20…) & ~word & 0x80…` is not zero, and a byte equal to `b` exactly when the
    /// same holds for `word ^ b…` below 0x01; only a word that holds one is looked at byte by
    /// byte. (Names and paths are long: a byte at a time cost a third of writing the report.)
    static func firstToEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = utf8.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var offset = start
        while offset + 8 <= utf8.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let found = ((word &- ones &* 0x20) & ~word) | ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
            if found & highs != 0 { break }
            offset += 8
        }
        while offset < utf8.count {
            let byte = base[offset]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return offset }
            offset += 1
        }
        return nil
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(byte)
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        default:
            append("\\u00")
            buffer.append(Self.hex[Int(byte >> 4)])
            buffer.append(Self.hex[Int(byte & 0x0F)])
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
