@testable import EAModel
import Testing

/// The one order of names in output: UTF-8 bytes, shorter first on a common prefix.
@Suite struct ByteOrderTests {
    @Test func sortedPlacesFollowTheBytesAndKeepTiesInPlace() {
        let keys = ["b", "a.b", "a", "", "Ä", "a-b", "Z", "a", "ab", "я", "a.b"]
        let places = ByteOrder.sortedPlaces(of: keys)
        #expect(places.map { keys[$0] } == ["", "Z", "a", "a", "a-b", "a.b", "a.b", "ab", "b", "Ä", "я"])
        // Equal keys keep their order: "a" at 2 before "a" at 7, "a.b" at 1 before 10.
        #expect(places == [3, 6, 2, 7, 5, 1, 10, 8, 0, 4, 9])
        #expect(ByteOrder.sortedPlaces(of: []) == [])
    }

    @Test func sortedPlacesAgreeWithPrecedes() {
        let keys = (0..<500).map { "id-\(($0 * 7_919) % 1_000).\($0 % 3 == 0 ? "ж" : "z")" }
        let sorted = ByteOrder.sortedPlaces(of: keys).map { keys[$0] }
        #expect(sorted == keys.sorted { ByteOrder.precedes($0, $1) })
    }
}

@Suite struct ParallelRangesTests {
    @Test func runsCoverTheListInOrderAndDifferByOneAtMost() {
        #expect(Parallel.ranges(of: 10, runs: 3) == [0..<3, 3..<6, 6..<10])
        for (count, runs) in [(0, 1), (1, 1), (7, 7), (100, 16), (2_100, 64)] {
            let ranges = Parallel.ranges(of: count, runs: runs)
            #expect(ranges.count == runs)
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect((ranges.map(\.count).max() ?? 0) - (ranges.map(\.count).min() ?? 0) <= 1)
        }
    }
}

@Suite struct ParallelPairTests {
    @Test func bothResultsComeBackInTheirPlaces() {
        for threads in [1, 2, 4] {
            let (number, text) = Parallel.pair(threads: threads, { (1...100).reduce(0, +) }, { String(repeating: "x", count: 3) })
            #expect(number == 5_050)
            #expect(text == "xxx")
        }
    }
}

@Suite struct ParallelJoinedTests {
    final class Item {
        let name: String
        init(_ name: String) { self.name = name }
    }

    struct Part {
        var items: [Item]
    }

    /// Every part's items once, in order, the same objects (moved, not copied), and each
    /// part left holding the placeholder in their places; empty parts and no parts at all.
    @Test func partsAreJoinedInOrderAndLeftHoldingThePlaceholder() {
        let made = [[Item("a"), Item("b")], [], [Item("c")], [Item("d"), Item("e"), Item("f")]]
        var parts = made.map(Part.init)
        let placeholder = Item("-")
        let joined = Parallel.joined(&parts, \.items, placeholder: placeholder)
        #expect(joined.map(\.name) == ["a", "b", "c", "d", "e", "f"])
        #expect(zip(joined, made.joined()).allSatisfy { $0 === $1 })
        #expect(parts.map(\.items.count) == [2, 0, 1, 3])
        #expect(parts.allSatisfy { $0.items.allSatisfy { $0 === placeholder } })
        var none: [Part] = []
        #expect(Parallel.joined(&none, \.items, placeholder: placeholder).isEmpty)
    }
}
