@testable import EAGenerate
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

    /// Ids are checked eight bytes at a time: every length around a word's edge, every
    /// byte class at every place, must give what the syntax says, byte by byte.
    @Test func theWordAtATimeCheckIsTheSyntax() {
        func reference(_ text: String) -> Bool {
            var previousWasSeparator = true
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    previousWasSeparator = false
                case UInt8(ascii: "."), UInt8(ascii: "-"):
                    if previousWasSeparator { return false }
                    previousWasSeparator = true
                default:
                    return false
                }
            }
            return !text.isEmpty && !previousWasSeparator
        }
        var random = SeededRandom(seed: 20_261_201)
        let characters = Array("abcxyz0129".utf8)
        // The neighbours of each range's ends, and bytes of other scripts.
        let strangers: [UInt8] = [0x2C, 0x2F, 0x3A, 0x60, 0x7B, 0x40, 0x5F, 0x41, 0x5A, 0x00, 0x7F, 0xD0, 0x80, 0xFF]
        var valid = 0
        for _ in 0..<20_000 {
            var bytes = (0..<random.int(0...27)).map { _ in characters[random.below(characters.count)] }
            for index in bytes.indices where random.chance(0.15) {
                bytes[index] = random.chance(0.5) ? UInt8(ascii: ".") : UInt8(ascii: "-")
            }
            if !bytes.isEmpty, random.chance(0.3) { bytes[random.below(bytes.count)] = strangers[random.below(strangers.count)] }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Identifier.isValid(text) == reference(text), "\(Array(text.utf8))")
            if reference(text) { valid += 1 }
        }
        #expect(valid > 2_000)
    }
}
