@testable import EAModel
import Testing

@Suite struct FieldsTests {
    private let at = SourceLocation(file: "m.yaml", line: 1, column: 1)

    @Test func readsReplacesAndRemovesByName() {
        var fields = Fields()
        fields["status"] = Field(.string("active"), at: at)
        fields["owner"] = Field(.reference("grs"), at: at)
        fields["status"] = Field(.string("retired"), at: at)
        #expect(fields.keys == ["status", "owner"])
        #expect(fields["status"]?.value == .string("retired"))
        #expect(fields["missing"] == nil)
        fields["status"] = nil
        #expect(fields.keys == ["owner"])
        #expect(fields.count == 1 && !fields.isEmpty)
        #expect(fields.map(\.key) == ["owner"])
    }

    @Test func equalityAndHashIgnoreOrder() {
        let one: Fields = ["a": Field(.integer(1), at: at), "b": Field(.integer(2), at: at)]
        var other = Fields()
        other["b"] = Field(.integer(2), at: at)
        other["a"] = Field(.integer(1), at: at)
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        other["a"] = Field(.integer(3), at: at)
        #expect(one != other)
        other["a"] = nil
        #expect(one != other)
        #expect(Set([one, other, one]).count == 2)
    }
}
