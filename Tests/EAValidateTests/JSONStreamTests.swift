@testable import EAValidate
import Foundation
import Testing

/// Strings and numbers as the JSON report writes them: every byte JSON must escape is
/// escaped wherever it falls among the eight-byte words the scan reads, nothing else is,
/// and numbers are the decimal digits of any `Int`.
@Suite struct JSONStreamTests {
    static func written(_ write: (inout JSONStream) -> Void) -> String {
        var json = JSONStream()
        write(&json)
        var text = String(decoding: Array(json.finish().joined()), as: UTF8.self)
        text.removeLast()  // the final newline
        return text
    }

    /// JSON's escapes, written out one character at a time.
    static func escaped(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Each byte to escape at every place of strings up to three words long, among ASCII,
    /// Cyrillic (two bytes a letter) and characters whose second byte is a quote's or a
    /// control character's with the high bit set (`¢` is C2 A2, `Ü` C3 9C).
    @Test func escapesEveryByteWhereverItFalls() throws {
        let specials: [Character] = ["\u{00}", "\u{01}", "\u{08}", "\t", "\n", "\u{0C}", "\r", "\u{1F}", "\"", "\\"]
        var checked = 0
        for fill in ["a", "ж", "¢Ü", "\u{7F} !#[]"] {
            for length in 0..<25 {
                let plain = String(String(repeating: fill, count: length).prefix(length))
                #expect(Self.written { $0.string(plain) } == Self.escaped(plain))
                for place in 0...plain.count {
                    for special in specials {
                        var text = plain
                        text.insert(special, at: text.index(text.startIndex, offsetBy: place))
                        let json = Self.written { $0.string(text) }
                        #expect(json == Self.escaped(text), "\(fill) × \(length), \(special.unicodeScalars.first!.value) at \(place)")
                        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
                        #expect(parsed == text)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 4 * 10 * (1...25).reduce(0, +))
    }

    @Test func findsTheFirstByteToEscapeAfterAPlace() {
        let bytes = Array("0123456789\"bcdefghijklmnop\\".utf8)
        bytes.withUnsafeBufferPointer { utf8 in
            #expect(JSONStream.firstToEscape(in: utf8, from: 0) == 10)
            #expect(JSONStream.firstToEscape(in: utf8, from: 10) == 10)
            #expect(JSONStream.firstToEscape(in: utf8, from: 11) == 26)
            #expect(JSONStream.firstToEscape(in: utf8, from: 27) == nil)
        }
        #expect([UInt8]().withUnsafeBufferPointer { JSONStream.firstToEscape(in: $0, from: 0) } == nil)
    }

    @Test func writesIntegersAsTheirDecimalDigits() {
        let numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 12_345, 1_000_000_007, -1, -9, -10, -999, -1_000,
                       Int.max, Int.min, Int.max - 1, Int.min + 1]
        for number in numbers {
            #expect(Self.written { $0.integer(number) } == String(number))
        }
        for power in 0..<19 {
            let number = (0..<power).reduce(1) { value, _ in value * 10 }
            #expect(Self.written { $0.integer(number) } == String(number))
            #expect(Self.written { $0.integer(number - 1) } == String(number - 1))
        }
    }

    @Test func writesTenthsWithOneDecimalOnlyWhenThereIsOne() {
        #expect(Self.written { $0.tenths(973) } == "97.3")
        #expect(Self.written { $0.tenths(1_000) } == "100")
        #expect(Self.written { $0.tenths(5) } == "0.5")
        #expect(Self.written { $0.tenths(0) } == "0")
        #expect(Self.written { $0.tenths(10) } == "1")
    }

    /// The exchanges' entities, which the graph builder joined with ", ".
    @Test func splitsAJoinedAttributeIntoItsItems() {
        #expect(JSONReportRenderer.items(of: "grs.person, sts.taxpayer,minjust.act ,  ,\tx\t") ==
                ["grs.person", "sts.taxpayer", "minjust.act", "x"])
        #expect(JSONReportRenderer.items(of: "жер.участок") == ["жер.участок"])
        #expect(JSONReportRenderer.items(of: "").isEmpty)
        #expect(JSONReportRenderer.items(of: nil).isEmpty)
    }
}
