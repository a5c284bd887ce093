@testable import EAModel
import Testing

/// A text's strings by language: kept in code order however they were written, looked up,
/// replaced and removed by code, and written as a JSON object.
@Suite struct TranslationsTests {
    @Test func keepsCodesInOrderWhateverTheOrderWritten() {
        var texts = Translations()
        texts["ru"] = "Налог"
        texts["en"] = "Tax"
        texts["ky"] = "Салык"
        texts["en-GB"] = "Tax office"
        #expect(texts.keys == ["en", "en-GB", "ky", "ru"])
        #expect(texts.map(\.text) == ["Tax", "Tax office", "Салык", "Налог"])
        #expect(texts["ky"] == "Салык" && texts["k"] == nil && texts["kyr"] == nil)
        #expect(texts.first?.language == "en")
    }

    @Test func replacesAndRemovesByCode() {
        var texts: Translations = ["ky": "Салык", "ru": "Налог"]
        texts["ky"] = "Салык кызматы"
        #expect(texts.keys == ["ky", "ru"] && texts["ky"] == "Салык кызматы")
        texts["ky"] = nil
        texts["de"] = nil
        #expect(texts.keys == ["ru"] && texts.count == 1)
        texts["ru"] = nil
        #expect(texts.isEmpty && texts.first == nil)
    }

    @Test func equalWhateverTheOrderWritten() {
        let one: Translations = ["ru": "Налог", "ky": "Салык"]
        let other: Translations = ["ky": "Салык", "ru": "Налог"]
        #expect(one == other && one.hashValue == other.hashValue)
        #expect(LocalizedText.translations(one).entries.map(\.language) == ["ky", "ru"])
        #expect(LocalizedText.translations(one).best(["ru"]) == "Налог")
        #expect(LocalizedText.translations(one).best() == "Салык")
    }

    @Test func isWrittenAsAnObjectOfStrings() {
        let texts: Translations = ["ru": "Налог \"НДС\"", "en": "Tax"]
        #expect(JSONText.encode(texts) == """
            {
              "en": "Tax",
              "ru": "Налог \\"НДС\\""
            }

            """)
    }
}
