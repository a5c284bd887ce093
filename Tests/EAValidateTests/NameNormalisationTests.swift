@testable import EAGenerate
@testable import EAValidate
import Foundation
import Testing

/// SEM005 compares entity names after folding case, punctuation and spacing; its fast
/// path for ASCII and Cyrillic must answer as the Unicode property tables do.
@Suite struct NameNormalisationTests {
    @Test func theFastPathAgreesWithTheUnicodeTablesForASCIIAndCyrillic() {
        for value in Array(0x00...0x7F) + Array(0x0400...0x04FF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let properties = scalar.properties
            let expected: Bool
            switch properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                expected = true
            default:
                expected = properties.isWhitespace
            }
            #expect(DuplicateEntityNameRule.isSeparator(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func theFastLowerCaseAgreesWithStringLowercasedForASCIIAndCyrillic() {
        for value in Array(0x00...0x7F) + Array(0x0400...0x04FF) + Array(0xA0...0xBF) + Array(0x2000...0x206F) + [0x2116] {
            let scalar = Unicode.Scalar(UInt32(value))!
            let expected = String(Character(scalar)).lowercased()
            #expect(DuplicateEntityNameRule.lowercase(scalar).map { String(Character($0)) } == expected,
                    "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(DuplicateEntityNameRule.lowercase("Ω") == nil)
        #expect(DuplicateEntityNameRule.normalise("ΣΟΦΊΑ Өмүр") == "σοφία өмүр")
    }

    @Test func namesFoldCasePunctuationAndSpacing() {
        #expect(DuplicateEntityNameRule.normalise("  Физическое  лицо (ПИН) ") == "физическое лицо пин")
        #expect(DuplicateEntityNameRule.normalise("Person—record, v2") == "person record v2")
        #expect(DuplicateEntityNameRule.normalise("Жеке адам ҂ №1") == "жеке адам 1")
        #expect(DuplicateEntityNameRule.normalise("«Түндүк» — Реестр") == "түндүк реестр")
        #expect(DuplicateEntityNameRule.normalise("…") == "")
    }

    /// The fast path reads UTF-8 bytes; on names drawn from every scalar it knows, and
    /// from some it does not, it writes what the general path writes from the same name.
    @Test func theFastPathWritesWhatTheGeneralPathWrites() {
        let known = Array(0x00...0x7F) + Array(0x0400...0x04FF) + Array(0xA0...0xBF) + Array(0x2000...0x206F) + [0x2116]
        let unknown = [0x00C9, 0x03A3, 0x0301, 0x4E2D, 0x1F600, 0x0130, 0x00DF]
        var random = SeededRandom(seed: 20_261_201)
        var fast = 0
        for round in 0..<4_000 {
            let length = random.below(13)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                // Letters and spaces mostly, so that words and runs of separators form.
                let pick = random.below(10)
                let value = pick < 3 ? [0x20, 0x41, 0x6B, 0x0416, 0x0436, 0x04AF][random.below(6)]
                    : round % 8 == 0 && pick == 9 ? unknown[random.below(unknown.count)]
                    : known[random.below(known.count)]
                scalars.append(Unicode.Scalar(UInt32(value))!)
            }
            let name = String(scalars)
            var expected: [UInt8] = [9]
            DuplicateEntityNameRule.appendNormalisedGenerally(name, to: &expected)
            var written: [UInt8] = [9]
            DuplicateEntityNameRule.appendNormalised(name, to: &written)
            #expect(written == expected, "\(name.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) })")
            if !name.unicodeScalars.contains(where: { unknown.contains(Int($0.value)) }) { fast += 1 }
        }
        #expect(fast > 3_000)
    }

    /// SEM005 compares names as bytes, which is canonical equivalence only if the fast
    /// path writes composed text: every scalar it keeps must be its own NFC, and no letter
    /// it keeps may compose with a Cyrillic combining mark (U+0483–U+0489) after it.
    @Test func theFastPathWritesComposedText() {
        let ranges = Array(0x00...0x7F) + Array(0x0400...0x04FF) + Array(0xA0...0xBF) + Array(0x2000...0x206F) + [0x2116]
        var kept: [Unicode.Scalar] = []
        for value in ranges {
            let scalar = Unicode.Scalar(UInt32(value))!
            guard let lower = DuplicateEntityNameRule.lowercase(scalar), !DuplicateEntityNameRule.isSeparator(lower) else { continue }
            kept.append(lower)
            let text = String(String.UnicodeScalarView([lower]))
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [lower], "U+\(String(value, radix: 16, uppercase: true))")
        }
        for letter in kept {
            for mark in 0x0483...0x0489 {
                let pair: [Unicode.Scalar] = [letter, Unicode.Scalar(UInt32(mark))!]
                let text = String(String.UnicodeScalarView(pair))
                #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == pair)
            }
        }
    }

    /// A name written with a decomposed letter (и + combining breve) is the same name as
    /// one written with the composed letter (й), as it is for `String`.
    @Test func canonicallyEqualNamesCollide() throws {
        #expect(Array(DuplicateEntityNameRule.normalise("Йод и\u{0306}од").utf8) == Array("йод йод".utf8))
        #expect(Array(DuplicateEntityNameRule.normalise("Ω\u{0301}").utf8) == [0xCF, 0x8E])
        let repository = try ScratchRepository(["model/m.yaml": """
            id: core.iodine
            kind: DataEntity
            name: {ru: Йод}
            ---
            id: med.iodine
            kind: DataEntity
            name: {ru: "И\u{0306}од"}
            ---
            id: geo.omega
            kind: DataEntity
            name: {en: "Ώ"}
            ---
            id: phys.omega
            kind: DataEntity
            name: {en: "Ω\u{0301}"}
            """])
        let findings = try repository.validate(rules: ["SEM005"])
        #expect(findings.map { "\($0.elementID ?? "") \($0.location.line)" } == ["med.iodine 7", "phys.omega 15"])
    }
}
