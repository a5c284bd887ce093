@testable import EAModel
import Testing

@Suite struct LocalDateTests {
    @Test func onlyRealDatesWrittenAsYYYYMMDDAreRead() {
        #expect(LocalDate("2027-06-30") == LocalDate(year: 2027, month: 6, day: 30))
        #expect(LocalDate("2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate("2000-02-29") != nil)
        for text in ["2026-02-29", "1900-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00",
                     "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01 ", "２０２６-01-01", "2026-0١-01", "", "2026-01-0x"] {
            #expect(LocalDate(text) == nil, "\(text)")
        }
        #expect(LocalDate("2026-07-01"[...]) == LocalDate(year: 2026, month: 7, day: 1))
    }

    @Test func nullScalarsAreTheYAMLCoreSchemaOnes() {
        let position = TextPosition(line: 1, column: 1)
        for text in ["", "~", "null", "Null", "NULL"] {
            #expect(Node(.scalar(text, quoted: false), at: position).isNull, "\(text)")
            #expect(!Node(.scalar(text, quoted: true), at: position).isNull, "\(text) quoted")
        }
        for text in ["nul", "nULL", "none", "~~", " ", "null "] {
            #expect(!Node(.scalar(text, quoted: false), at: position).isNull, "\(text)")
        }
    }
}
