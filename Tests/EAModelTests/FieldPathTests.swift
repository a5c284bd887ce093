@testable import EAModel
import Testing

@Suite struct FieldPathTests {
    @Test func itemsAndMembersReadAsFindingsNameThem() {
        #expect(FieldPath.item("messages", 0) == "messages[0]")
        #expect(FieldPath.item("carries", 9) == "carries[9]")
        #expect(FieldPath.item("carries", 10) == "carries[10]")
        #expect(FieldPath.item("x", Int.max) == "x[\(Int.max)]")
        #expect(FieldPath.member("messages[0]", "schema") == "messages[0].schema")
        #expect(FieldPath.item(FieldPath.member(FieldPath.item("messages", 2), "examples"), 1) == "messages[2].examples[1]")
    }

    @Test func keepsNamesBeyondASCIIAndEmptyParts() {
        #expect(FieldPath.member("атрибуттар", "аты") == "атрибуттар.аты")
        #expect(FieldPath.item("ө", 3) == "ө[3]")
        #expect(FieldPath.member("", "") == ".")
        #expect(FieldPath.item("", 0) == "[0]")
        // Long enough to live on the heap, not in the small-string form.
        let long = String(repeating: "relationships", count: 5)
        #expect(FieldPath.member(long, "target") == long + ".target")
    }
}
