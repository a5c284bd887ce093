import EAModel
import Testing

/// The id syntax `^[a-z0-9]+([.-][a-z0-9]+)*$`, checked without a regex.
@Suite struct IdentifierTests {
    @Test(arguments: ["a", "7", "grs.population-register", "a1.b2-c3", "kyrgyz-republic.ministry-of-digital-development-2026"])
    func validIDs(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(arguments: ["", ".", "-a", ".a", "a.", "a-", "a..b", "a-.b", "A", "grs.Register", "а", "a b", "a_b", "a/b", "a\u{0}"])
    func invalidIDs(_ id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test func derivedIDsFollowTheSyntax() {
        #expect(Identifier.derived(from: "Tax Service (STS)") == "tax-service-sts")
        #expect(Identifier.derived(from: "Салык") == nil)
    }
}
