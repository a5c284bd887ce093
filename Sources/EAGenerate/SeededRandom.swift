/// A small deterministic random source (SplitMix64) with the few draws the generator
/// needs. Every draw is computed here rather than by the standard library's
/// `random(in:using:)`, whose algorithm is not promised to stay the same across Swift
/// releases: the same seed must give the same repository, byte for byte, on any toolchain.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<bound (bound > 0), by multiply-high (bias below 2⁻³²).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in the range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability p.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// Up to `count` distinct items in a random order (Fisher–Yates on a copy).
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var copy = items
        let wanted = min(count, copy.count)
        for index in 0..<wanted {
            let other = index + below(copy.count - index)
            copy.swapAt(index, other)
        }
        return Array(copy.prefix(wanted))
    }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
    }
}

/// Picks from a cumulative weight table in O(log n): for drawing owners and providers
/// many thousands of times at national scale.
struct WeightedTable {
    private var cumulative: [Double] = []

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative.reserveCapacity(weights.count)
        for weight in weights {
            sum += weight
            cumulative.append(sum)
        }
    }

    var isEmpty: Bool { cumulative.isEmpty || cumulative.last! <= 0 }

    func draw(_ random: inout SeededRandom) -> Int {
        let target = random.unit() * cumulative.last!
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Tests draw from the same source through the standard library's protocol; the
/// generator itself uses only the draws above.
extension SeededRandom: RandomNumberGenerator {}
