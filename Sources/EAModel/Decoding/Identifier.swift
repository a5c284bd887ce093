/// The id syntax of the metamodel: `^[a-z0-9]+([.-][a-z0-9]+)*$`, checked without regex.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        // Over contiguous bytes: asked of every id and reference in the model. Read in
        // place (small strings are lent from the stack); `withUTF8` on a copy retained it.
        text.utf8.withContiguousStorageIfAvailable(isValid) ?? Array(text.utf8).withUnsafeBufferPointer(isValid)
    }

    /// Eight bytes at a time: every id and reference of a national model is checked, a
    /// byte-by-byte switch cost some 370 instructions an id.
    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let last = bytes.last, !isSeparator(last) else { return false }
        // Whether the byte before the word was a separator, at its high bit: the start
        // counts as one, so that a leading separator fails like a doubled one.
        var before: UInt64 = 0x80
        var offset = 0
        while offset < bytes.count {
            let word: UInt64
            if bytes.count - offset >= 8 {
                word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            } else {
                // The tail, padded with `a`: valid, and no separator.
                var padded: UInt64 = 0x6161_6161_6161_6161
                withUnsafeMutableBytes(of: &padded) { word in
                    word.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[offset...]))
                }
                word = UInt64(littleEndian: padded)
            }
            guard let separators = separators(in: word), separators & (separators << 8 | before) == 0 else { return false }
            before = separators >> 56
            offset += 8
        }
        return true
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// The high bit of each byte of `word` that is `.` or `-`; nil when a byte is none of
    /// `a`–`z`, `0`–`9`, `.`, `-`.
    private static func separators(in word: UInt64) -> UInt64? {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return nil }
        // The high bit of each byte that is at least `value`: a byte below 0x80 plus
        // 0x80 - value carries into its own high bit, never into the next byte.
        func atLeast(_ value: UInt8) -> UInt64 {
            (word &+ UInt64(0x80 - value) &* 0x0101_0101_0101_0101) & high
        }
        let letters = atLeast(UInt8(ascii: "a")) & ~atLeast(UInt8(ascii: "z") + 1)
        let digits = atLeast(UInt8(ascii: "0")) & ~atLeast(UInt8(ascii: "9") + 1)
        let separators = atLeast(UInt8(ascii: "-")) & ~atLeast(UInt8(ascii: ".") + 1)
        guard letters | digits | separators == high else { return nil }
        return separators
    }

    /// An id made from any text: lower-cased, with each run of characters ids cannot
    /// hold turned into one `-` (a `.` kept as `.`). Nil when nothing usable is left.
    public static func derived(from text: String) -> String? {
        var out = ""
        var pendingSeparator: Character?
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if let separator = pendingSeparator, !out.isEmpty { out.append(separator) }
                pendingSeparator = nil
                out.append(character)
            } else if pendingSeparator == nil || character == "." {
                pendingSeparator = character == "." ? "." : "-"
            }
        }
        return isValid(out) ? out : nil
    }
}
