@testable import EAValidate
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
}
