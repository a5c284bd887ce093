@testable import EAModel
import Testing

/// Paths compared and hashed by their bytes (`ByteHash`), as the loader's, path
/// resolution's and the message schemas' tables key them.
@Suite struct ExactPathTests {
    @Test func equalBytesHashAlikeWhateverTheStringsStorage() {
        let long = "messages/minzdrav/patient-by-pin/schema.xsd"
        let built = ["messages", "minzdrav", "patient-by-pin", "schema.xsd"].joined(separator: "/")
        let sliced = String(("./" + long).dropFirst(2))
        let small = "model/a.yaml"
        let smallBuilt = "model/" + String("xa.yaml".dropFirst())
        #expect(ExactPath(built) == ExactPath(long) && ExactPath(sliced) == ExactPath(long))
        #expect(ExactPath(built).hashValue == ExactPath(long).hashValue)
        #expect(ExactPath(sliced).hashValue == ExactPath(long).hashValue)
        #expect(ExactPath(smallBuilt).hashValue == ExactPath(small).hashValue)
    }

    @Test func canonicallyEquivalentNamesAreTwoKeys() {
        let composed = "model/caf\u{E9}.yaml"
        let decomposed = "model/cafe\u{301}.yaml"
        #expect(composed == decomposed)
        let table: [ExactPath: Int] = [ExactPath(composed): 1, ExactPath(decomposed): 2]
        #expect(table.count == 2)
        #expect(table[ExactPath(composed)] == 1 && table[ExactPath(decomposed)] == 2)
    }

    @Test func aTableOfManyPathsFindsEachAndNoOther() {
        let paths = (0..<5_000).map { "messages/agency-\($0 % 97)/service-\($0)/example-\($0 % 7).json" }
        var table: [ExactPath: Int] = [:]
        for (index, path) in paths.enumerated() { table[ExactPath(path)] = index }
        #expect(table.count == paths.count)
        for (index, path) in paths.enumerated() { #expect(table[ExactPath(String(decoding: Array(path.utf8), as: UTF8.self))] == index) }
        #expect(table[ExactPath("messages/agency-1/service-1/example-1.jso")] == nil)
        #expect(table[ExactPath("")] == nil)
    }
}
