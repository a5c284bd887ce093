@testable import EAModel
import Testing

/// Trimming the text of XML model files (and libxml2's messages): ASCII characters taken
/// off both ends as code points, whatever follows them.
@Suite struct TrimmingCharactersTests {
    @Test(arguments: [
        ("  Population register  ", " \n\r\t", "Population register"),
        ("\n\t  Реестр населения\r\n", " \n\r\t", "Реестр населения"),
        ("no-space", " \n\r\t", "no-space"),
        ("   ", " \n\r\t", ""),
        ("", " \n\r\t", ""),
        (" \u{301}x ", " \n\r\t", "\u{301}x"),
        ("é\t", " \n\r\t", "é"),
        (".-archive-.", ".-", "archive"),
        ("é-", "é-", "é"),
    ])
    func trimsBothEnds(_ text: String, _ set: String, _ expected: String) {
        #expect(text.trimmingCharacters(in: set) == expected)
    }
}
