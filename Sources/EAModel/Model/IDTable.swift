#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The model's elements' places by id: an open-addressing table over the ids' UTF-8 bytes.
///
/// Every reference in the model is looked up here once when the model is built, and
/// rules look up more; with `[String: Int]` each look-up hashed the id with SipHash and
/// compared strings, some 600 instructions, and the look-ups were 4 % of a validation.
/// This table hashes with `ByteHash`, keeps each id's hash in its slot and its bytes in
/// one array, so a look-up reads one word a slot and compares bytes only where the hashes
/// match. The model's table is sized for every element up front; one that fills past half
/// (the interned file paths') doubles.
struct IDTable: Sendable {
    /// Each distinct id, in the order first inserted, and beside it its first place.
    private(set) var ids: [String] = []
    private(set) var places: [Int] = []
    /// The ids' bytes one after another; id `n` runs from `starts[n]` to `starts[n + 1]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Per slot: 0 when empty, else the high bits of the id's hash (compared before the
    /// bytes are) above the index into `ids` plus one.
    private var slots: [UInt64]
    private var mask: Int

    init(minimumCapacity: Int) {
        // At most half full: short probe runs, and a miss stops at an empty slot soon.
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        ids.reserveCapacity(minimumCapacity)
        places.reserveCapacity(minimumCapacity)
        starts.reserveCapacity(minimumCapacity + 1)
    }

    /// Adds `id` at `place`, or, when the table holds it already, keeps the first place
    /// and returns it.
    mutating func insert(_ id: String, place: Int) -> Int? {
        // Probed through a method that only reads: a closure in this mutating one would
        // capture a copy of the whole table.
        let (slot, tag, found) = probe(id)
        if let found { return places[found] }
        precondition(ids.count < UInt32.max, "IDTable holds at most 2^32 - 1 ids")
        ids.append(id)
        places.append(place)
        bytes.append(contentsOf: id.utf8)
        starts.append(bytes.count)
        slots[slot] = UInt64(tag) << 32 | UInt64(ids.count)
        if ids.count >= slots.count / 2 { grow() }
        return nil
    }

    /// Doubles the slots and places every id again, from its bytes.
    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        bytes.withUnsafeBufferPointer { bytes in
            for index in ids.indices {
                let key = UnsafeBufferPointer(rebasing: bytes[starts[index]..<starts[index + 1]])
                let hash = ByteHash.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = UInt64(UInt32(truncatingIfNeeded: hash >> 32)) << 32 | UInt64(index + 1)
            }
        }
        slots = grown
        self.mask = mask
    }

    /// The first place of `id`, or nil.
    func place(of id: String) -> Int? {
        probe(id).found.map { places[$0] }
    }

    private func probe(_ id: String) -> (slot: Int, tag: UInt32, found: Int?) {
        ByteHash.withBytes(of: id) { probe($0) }
    }

    /// Where `key` is (its index in `ids`), or the empty slot it would take, with its tag.
    private func probe(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, tag: UInt32, found: Int?) {
        let hash = ByteHash.hash(key)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        // Through the tables' storage: a look-up is a few loads, with no bounds checks
        // and no counts on the arrays (a national model is looked up here 135,000 times).
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (slot, tag, nil) }
                        if UInt32(truncatingIfNeeded: entry >> 32) == tag {
                            let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = starts[index]
                            if starts[index + 1] - start == key.count
                                && (key.isEmpty || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0) {
                                return (slot, tag, index)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }
}
