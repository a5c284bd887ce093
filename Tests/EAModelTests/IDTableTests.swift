@testable import EAModel
import Testing

/// `IDTable` must answer as `[String: Int]` keeping each id's first place would.
@Suite struct IDTableTests {
    @Test func findsEveryIdAtItsFirstPlaceAndNothingElse() {
        // Ids of every length around the eight-byte steps, with shared prefixes and
        // suffixes, as a national model has them; some repeated.
        var ids: [String] = []
        for number in 0..<5_000 {
            ids.append("org-\(number)")
            ids.append("minjust.x.household-book-entry-\(number)")
            ids.append(String(repeating: "a", count: number % 24 + 1))
        }
        var table = IDTable(minimumCapacity: ids.count)
        var reference: [String: Int] = [:]
        for (place, id) in ids.enumerated() {
            let first = table.insert(id, place: place)
            #expect(first == reference[id], "\(id)")
            if reference[id] == nil { reference[id] = place }
        }
        #expect(table.ids.count == reference.count)
        #expect(table.ids == uniqueInOrder(ids))
        for (id, place) in reference {
            #expect(table.place(of: id) == place, "\(id)")
        }
        for missing in ["", "org", "org-5000", "org-1 ", "minjust.x.household-book-entry-", String(repeating: "a", count: 25), "ОРГ-1"] {
            #expect(table.place(of: missing) == nil, "\(missing)")
        }
    }

    @Test func growsPastTheSizeItWasMadeFor() {
        // Sized for 4, given 3,000: it doubles many times and loses nothing on the way.
        var table = IDTable(minimumCapacity: 4)
        let ids = (0..<3_000).map { "model/agency-\($0 % 7)/system-\($0).yaml" }
        for (place, id) in ids.enumerated() {
            #expect(table.insert(id, place: place) == nil, "\(id)")
            #expect(table.insert(ids[place / 2], place: -1) == place / 2)
        }
        for (place, id) in ids.enumerated() {
            #expect(table.place(of: id) == place, "\(id)")
        }
        #expect(table.place(of: "model/agency-0/system-3000.yaml") == nil)
        #expect(table.ids == ids)
    }

    @Test func comparesBytesNotJustLengthsOrHashes() {
        var table = IDTable(minimumCapacity: 4)
        #expect(table.insert("ab.cd-ef.gh-ij", place: 0) == nil)
        #expect(table.insert("ab.cd-ef.gh-ik", place: 1) == nil)
        #expect(table.insert("кыргыз.мамлекет", place: 2) == nil)
        #expect(table.insert("", place: 3) == nil)
        #expect(table.place(of: "ab.cd-ef.gh-ij") == 0)
        #expect(table.place(of: "ab.cd-ef.gh-ik") == 1)
        #expect(table.place(of: "ab.cd-ef.gh-il") == nil)
        #expect(table.place(of: "кыргыз.мамлекет") == 2)
        #expect(table.place(of: "") == 3)
        #expect(table.insert("ab.cd-ef.gh-ik", place: 9) == 1)
        // A string made another way (not native, then bridged) finds the same id.
        let built = String(decoding: Array("ab.cd-ef.gh-ij".utf8), as: UTF8.self)
        #expect(table.place(of: built) == 0)
        #expect(table.ids == ["ab.cd-ef.gh-ij", "ab.cd-ef.gh-ik", "кыргыз.мамлекет", ""])
    }

    private func uniqueInOrder(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
