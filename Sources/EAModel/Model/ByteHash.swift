/// A fast, per-process seeded hash of a string's UTF-8 bytes, eight bytes at a step with a
/// multiply and a shift.
///
/// Ids and paths are hashed hundreds of thousands of times in a national run. `String`'s
/// own hash runs SipHash over every byte, some 250 instructions for a 60-byte path; this
/// one costs a fifth of that. The seed is drawn once per process, so names written to
/// collide cannot be; nothing eaf prints depends on a table's order.
@usableFromInline enum ByteHash {
    private static let seed = UInt64.random(in: .min ... .max)

    /// The hash of the bytes of `text`, read in place.
    @usableFromInline static func hash(of text: String) -> UInt64 {
        withBytes(of: text, hash)
    }

    /// Reads the string's bytes in place, through a span borrowed from it: through
    /// `utf8.withContiguousStorageIfAvailable`, every call counted the string's storage up
    /// and down. A string bridged lazily from Foundation (Darwin only) may not be
    /// contiguous, and is copied there.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        #if canImport(Darwin)
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
        #else
        text.utf8.span.withUnsafeBufferPointer(body)
        #endif
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = seed ^ UInt64(key.count)
        guard let base = UnsafeRawPointer(key.baseAddress) else { return mix(hash) }
        func word(at offset: Int) -> UInt64 {
            UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ word(at: offset)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        if offset < key.count {
            var tail: UInt64 = 0
            if key.count >= 8 {
                // The last eight bytes, overlapping what was read: no byte-by-byte tail.
                tail = word(at: key.count - 8)
            } else {
                for index in 0..<key.count { tail |= UInt64(key[index]) << (8 * UInt64(index)) }
            }
            hash = (hash ^ tail) &* multiplier
        }
        return mix(hash)
    }

    /// Spreads every bit of the state over the whole word (a table's slot index and tag).
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 32
        value &*= 0xD6E8_FEB8_6659_FD93
        value ^= value >> 32
        return value
    }
}
