/// A set of small non-negative integers (member or item indices) as bits.
struct IndexSet64: Sendable {
    private var words: [UInt64] = []

    mutating func insert(_ i: Int) {
        let w = i >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w - words.count + 1)) }
        words[w] |= 1 << UInt64(i & 63)
    }

    func contains(_ i: Int) -> Bool {
        let w = i >> 6
        return w < words.count && words[w] & (1 << UInt64(i & 63)) != 0
    }

    mutating func formUnion(_ other: IndexSet64) {
        if other.words.count > words.count { words.append(contentsOf: repeatElement(0, count: other.words.count - words.count)) }
        for k in other.words.indices { words[k] |= other.words[k] }
    }
}

/// Which object members and array items the keywords applied so far have evaluated:
/// the annotations `unevaluatedProperties` and `unevaluatedItems` depend on.
struct Evaluated: Sendable {
    var allProperties = false
    var properties = IndexSet64()
    var allItems = false
    var items = IndexSet64()

    mutating func merge(_ other: Evaluated) {
        if other.allProperties { allProperties = true } else if !allProperties { properties.formUnion(other.properties) }
        if other.allItems { allItems = true } else if !allItems { items.formUnion(other.items) }
    }

    func hasProperty(_ i: Int) -> Bool { allProperties || properties.contains(i) }
    func hasItem(_ i: Int) -> Bool { allItems || items.contains(i) }
}
