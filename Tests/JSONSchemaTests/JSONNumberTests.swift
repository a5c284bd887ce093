import Testing
@testable import JSONSchema

@Suite struct JSONNumberTests {
    func n(_ literal: String) -> JSONNumber { JSONNumber(literal: literal)! }

    @Test func mathematicalEquality() {
        #expect(n("1.0") == n("1"))
        #expect(n("1e2") == n("100"))
        #expect(n("-0") == n("0"))
        #expect(n("-0.0") == n("0"))
        #expect(n("0.1") != n("0.10000000000000001"))  // same Double, different decimals
        #expect(n("123456789012345678901234567890") == n("1.2345678901234567890123456789e29"))
        #expect(n("123456789012345678901234567890") != n("123456789012345678901234567891"))
        #expect(n("9007199254740993") != n("9007199254740992"))
        #expect(JSONNumber(0.5) == n("5e-1"))
        #expect(n("1.0").hashValue == n("1").hashValue)
    }

    @Test func ordering() {
        #expect(n("1.5") < n("2"))
        #expect(n("-1e400") < n("-1e399"))
        #expect(n("18446744073709551616") > n("18446744073709551615"))
        #expect(n("9007199254740993") > n("9007199254740992.0"))
        #expect(!(n("2.0") < n("2")))
    }

    @Test func integerness() {
        #expect(n("1.0").isInteger)
        #expect(n("1e308").isInteger)
        #expect(n("12e-1").isInteger == false)
        #expect(n("1.000000000000000000001").isInteger == false)
        #expect(n("123456789012345678901234567890").isInteger)
        #expect(n("1.5e1").isInteger)
    }

    @Test(arguments: [
        ("0.0075", "0.0001", true),
        ("0.0075", "0.0002", false),
        ("19.99", "0.01", true),
        ("4.5", "1.5", true),
        ("35", "1.5", false),
        ("12391239123", "1e-8", true),
        ("1e308", "0.123456789", false),
        ("1e999999999999999999", "7", false),
        ("1e30", "2", true),
        ("-9223372036854775808", "-1", true),
        ("7", "0.3333333333333333", false),
        ("0", "0.1", true),
        ("1e-400", "1e-401", true),
    ])
    func multipleOfIsExact(value: String, divisor: String, expected: Bool) {
        #expect(n(value).isMultiple(of: n(divisor)) == expected, "\(value) multipleOf \(divisor)")
    }

    @Test func invalidLiterals() {
        for text in ["", "-", "01", "1.", ".5", "1e", "+1", "0x10", "NaN", "1 "] {
            #expect(JSONNumber(literal: text) == nil, "\(text)")
        }
    }
}
