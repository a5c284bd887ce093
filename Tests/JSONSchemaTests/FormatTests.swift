import Testing
@testable import JSONSchema

@Suite struct FormatTests {
    static let cases: [(String, String, Bool)] = [
        ("date", "2024-02-29", true), ("date", "2023-02-29", false), ("date", "1900-02-29", false),
        ("date", "2000-02-29", true), ("date", "2024-04-31", false), ("date", "2024-1-01", false),
        ("date", "2024-01-0১", false), ("date", "02/03/2024", false),
        ("time", "08:30:06Z", true), ("time", "08:30:06.283185z", true), ("time", "08:30:06+05:00", true),
        ("time", "23:59:60Z", true), ("time", "22:59:60Z", false), ("time", "15:59:60-08:00", true),
        ("time", "23:29:60+23:30", true), ("time", "12:00:00", false), ("time", "24:00:00Z", false),
        ("time", "01:02:03+24:00", false), ("time", "01:02:03Z+00:30", false), ("time", "01:01:01,1111Z", false),
        ("time", "8:30:06Z", false), ("time", "08:30:06 PST", false),
        ("date-time", "1963-06-19T08:30:06.283185Z", true), ("date-time", "1963-06-19t08:30:06z", true),
        ("date-time", "1998-12-31T23:59:60Z", true), ("date-time", "1998-12-31T15:59:60.123-08:00", true),
        ("date-time", "1998-12-31T23:58:60Z", false), ("date-time", "1990-02-31T15:59:59.123-08:00", false),
        ("date-time", "1963-06-19T08:30:06.28123+01:00Z", false), ("date-time", "2013-350T01:01:01", false),
        ("date-time", "+11963-06-19T08:30:06Z", false), ("date-time", "1963-06-19 08:30:06Z", false),
        ("duration", "P4DT12H30M5S", true), ("duration", "P2W", true), ("duration", "PT36H", true),
        ("duration", "P1M2D", true), ("duration", "P0D", true), ("duration", "P10Y10M10DT10H10M10S", true),
        ("duration", "PT1D", false), ("duration", "P", false), ("duration", "PT", false), ("duration", "P1YT", false),
        ("duration", "P2D1Y", false), ("duration", "P1D2H", false), ("duration", "P2S", false),
        ("duration", "P1Y2W", false), ("duration", "P1", false), ("duration", " P1D", false), ("duration", "P1Y2D", false),
        ("email", "joe.bloggs@example.com", true), ("email", "\"joe bloggs\"@example.com", true),
        ("email", "joe.bloggs@[127.0.0.1]", true), ("email", "joe.bloggs@[IPv6:::1]", true), ("email", "a@[ipv6:::]", true),
        ("email", "!#$%&'*+/=?^_{|}~@iana.org", true), ("email", "test@iana.co-uk", true), ("email", "a@b", true),
        ("email", "\"\\\"\"@iana.org", true), ("email", "xn--test@iana.org", true),
        ("email", "2962", false), ("email", ".test@example.com", false), ("email", "test.@example.com", false),
        ("email", "te..st@example.com", false), ("email", "joe.bloggs@invalid=domain.com", false),
        ("email", "joe.bloggs@[127.0.0.300]", false), ("email", "a@b@c.org", false), ("email", "aé@iana.org", false),
        ("email", "test@iana.org.", false), ("email", "test@-iana.org", false), ("email", "a@[extn:test]", false),
        ("email", "\"\"\"@iana.org", false), ("email", "a.\"b\"@iana.org", false), ("email", "test@iana.org\n", false),
        ("idn-email", "실례@실례.테스트", true), ("idn-email", "2962", false),
        ("hostname", "www.example.com", true), ("hostname", "xn--4gbwdl.xn--wgbh1c", true), ("hostname", "1host", true),
        ("hostname", "-hostname", false), ("hostname", "hostname-", false), ("hostname", "host_name", false),
        ("hostname", "", false), ("hostname", "a..b", false),
        ("hostname", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk.com", true),
        ("hostname", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl.com", false),
        ("idn-hostname", "실례.테스트", true), ("idn-hostname", "〮실례.테스트", false), ("idn-hostname", "실〮례.테스트", false),
        ("idn-hostname", "xn--ihqwcrb4cv8a8dqg056pqjye", true), ("idn-hostname", "xn--X", false),
        ("idn-hostname", "XN--aa---o47jg78q", false), ("idn-hostname", "-> $1.00 <--", false),
        ("idn-hostname", "\u{0300}hello", false), ("idn-hostname", "\u{00df}\u{03c2}\u{0f0b}\u{3007}", true),
        ("idn-hostname", "\u{0640}\u{07fa}", false), ("idn-hostname", "l\u{00b7}l", true), ("idn-hostname", "a\u{00b7}l", false),
        ("idn-hostname", "\u{03b1}\u{0375}\u{03b2}", true), ("idn-hostname", "\u{03b1}\u{0375}S", false),
        ("idn-hostname", "\u{05d0}\u{05f3}\u{05d1}", true), ("idn-hostname", "A\u{05f3}\u{05d1}", false),
        ("idn-hostname", "\u{30fb}\u{3041}", true), ("idn-hostname", "def\u{30fb}abc", false),
        ("idn-hostname", "\u{0628}\u{0660}\u{06f0}", false), ("idn-hostname", "\u{0915}\u{094d}\u{200d}\u{0937}", true),
        ("idn-hostname", "\u{0915}\u{200d}\u{0937}", false), ("idn-hostname", "\u{0628}\u{064a}\u{200c}\u{0628}\u{064a}", true),
        ("idn-hostname", String(repeating: "실", count: 70), false),
        ("ipv4", "192.168.0.1", true), ("ipv4", "127.0.0.0.1", false), ("ipv4", "256.256.256.256", false),
        ("ipv4", "087.10.0.1", false), ("ipv4", "1.2.3", false), ("ipv4", "1২7.0.0.1", false), ("ipv4", "0x7f000001", false),
        ("ipv6", "::1", true), ("ipv6", "::", true), ("ipv6", "d6::", true), ("ipv6", "1:d6::42", true),
        ("ipv6", "1::d6:192.168.0.1", true), ("ipv6", "::ffff:192.168.0.1", true), ("ipv6", "1:2:3:4:5:6:7:8", true),
        ("ipv6", "::1:2:3:4:5:1.2.3.4", true), ("ipv6", "2001:DB8::1", true),
        ("ipv6", "12345::", false), ("ipv6", "1:1:1:1:1:1:1:1:1", false), ("ipv6", "::laptop", false),
        ("ipv6", ":2:3:4:5:6:7:8", false), ("ipv6", "1:2:3:4:5:6:7:", false), ("ipv6", "1::d6::42", false),
        ("ipv6", "1::2:192.168.256.1", false), ("ipv6", "1:2:3:4:5:::8", false), ("ipv6", "1:2:3:4:5:6:7", false),
        ("ipv6", "127.0.0.1", false), ("ipv6", "fe80::a%eth1", false), ("ipv6", "[::1]", false),
        ("ipv6", "1:2:3:4:5:6:7:8::", false), ("ipv6", "100:100:100:100:100:100:100:255.255.255.255", false),
        ("uri", "http://foo.bar/?baz=qux#quux", true), ("uri", "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true),
        ("uri", "ldap://[2001:db8::7]/c=GB?objectClass?one", true), ("uri", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2", true),
        ("uri", "mailto:John.Doe@example.com", true), ("uri", "tel:+1-816-555-1212", true),
        ("uri", "//foo.bar/?baz=qux#quux", false), ("uri", "/abc", false), ("uri", "abc", false),
        ("uri", "http:// shouldfail.com", false), ("uri", ":// should fail", false), ("uri", "bar,baz:foo", false),
        ("uri", "https://[@example.org/test.txt", false), ("uri", "https://example.org/foobar®.txt", false),
        ("uri", "https://example.org/foobar{}.txt", false), ("uri", "http://example.com/%zz", false),
        ("uri-reference", "/abc", true), ("uri-reference", "abc", true), ("uri-reference", "#fragment", true),
        ("uri-reference", "", true), ("uri-reference", "//foo.bar/?baz=qux#quux", true),
        ("uri-reference", "\\\\WINDOWS\\fileshare", false), ("uri-reference", "#frag\\ment", false),
        ("iri", "http://ƒøø.ßår/?∂éœ=πîx#πîüx", true), ("iri", "http://[2001:0db8:85a3:0000:0000:8a2e:0370:7334]", true),
        ("iri", "http://2001:0db8:85a3:0000:0000:8a2e:0370:7334", false), ("iri", "/abc", false),
        ("iri-reference", "//ƒøø.ßår/?∂éœ=πîx#πîüx", true), ("iri-reference", "#ƒrägmênt", true),
        ("iri-reference", "\\\\WINDOWS\\filëßåré", false),
        ("uri-template", "http://example.com/dictionary/{term:1}/{term}", true), ("uri-template", "{+path*}/x{?q,lang}", true),
        ("uri-template", "http://example.com/dictionary/{term:1}/{term", false), ("uri-template", "{a b}", false),
        ("uri-template", "", true), ("uri-template", "a'b", true), ("uri-template", "{%41}", true), ("uri-template", "{v:1000}", true),
        ("uri-template", "{}", false), ("uri-template", "{a,,b}", false), ("uri-template", "{v:0}", false),
        ("uri-template", "{v:10000}", false), ("uri-template", "foo}bar", false), ("uri-template", "a\u{7F}b", false),
        ("uri-template", "{a..b}", false), ("uri-template", "{var=def}", false), ("uri-template", "{,+var}", false),
        ("uuid", "2EB8AA08-AA98-11EA-B4AA-73B441D16380", true), ("uuid", "00000000-0000-0000-0000-000000000000", true),
        ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d1638", false), ("uuid", "2eb8aa08aa9811eab4aa73b441d16380", false),
        ("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d1638g", false), ("uuid", "2eb8-aa08-aa98-11ea-b4aa73b441d16380", false),
        ("json-pointer", "", true), ("json-pointer", "/foo/0", true), ("json-pointer", "/a~1b/m~0n", true), ("json-pointer", "/", true),
        ("json-pointer", "/foo/~", false), ("json-pointer", "#/foo", false), ("json-pointer", "foo", false), ("json-pointer", "/~2", false),
        ("relative-json-pointer", "1", true), ("relative-json-pointer", "0/foo/bar", true), ("relative-json-pointer", "2#", true),
        ("relative-json-pointer", "120/foo/bar", true), ("relative-json-pointer", "/foo/bar", false),
        ("relative-json-pointer", "-1/foo", false), ("relative-json-pointer", "+1/foo", false), ("relative-json-pointer", "01/a", false),
        ("relative-json-pointer", "0##", false), ("relative-json-pointer", "", false),
        ("relative-json-pointer", "2/0/baz/1/zip", true), ("relative-json-pointer", "0#", true), ("relative-json-pointer", "01#", false),
        ("iri", "âππ", false), ("iri", "http://[V1.fe]", true), ("iri", "file:/etc/hosts", true),
        ("iri", "http://ƒøø.ßår/?q=\u{F0000}", true), ("iri", "http://[::ffff:192.168.0.01]", false),
        ("regex", "(?<=a+)b", true), ("regex", "(?<name>x)", true), ("regex", "(?<n>a)\\k<n>", true), ("regex", "[]", true),
        ("regex", "[^]", true), ("regex", "\\cA", true), ("regex", "a*?b+?c??d{2,3}?", true), ("regex", "(?P<name>x)", false),
        ("regex", "(?#comment)a", false), ("regex", "(?ims)abc", false), ("regex", "a**", false), ("regex", "*a", false),
        ("regex", "a|?", false), ("regex", "a{2}*", false), ("regex", "\\b+", false),
        ("regex", "([abc])+\\s+$", true), ("regex", "^\\p{L}+$", true), ("regex", "^(abc]", false), ("regex", "\\a", false),
    ]

    @Test(arguments: FormatTests.cases)
    func format(name: String, value: String, valid: Bool) throws {
        let format = try #require(Format(rawValue: name))
        #expect(format.isValid(value) == valid, "\(name): \(value)")
    }

    @Test func numericFormats() throws {
        let int64 = try SchemaCompiler(options: SchemaOptions(assertFormats: true)).compile(["format": "int64"])
        #expect(int64.isValid(-9223372036854775808))
        #expect(int64.isValid(1.0))
        #expect(!int64.isValid(1.1))
        #expect(!int64.isValid(JSONValue(JSONNumber(literal: "9223372036854775808")!)))
        #expect(int64.isValid("text"))
        let int32 = try SchemaCompiler(options: SchemaOptions(assertFormats: true)).compile(["format": "int32"])
        #expect(int32.isValid(2147483647))
        #expect(!int32.isValid(2147483648))
    }

    @Test func assertedThroughTheSchema() throws {
        let schema = try SchemaCompiler(options: SchemaOptions(assertFormats: true))
            .compile(["properties": ["when": ["format": "date-time"], "host": ["format": "hostname"], "x": ["format": "unknown-format"]]])
        #expect(schema.isValid(["when": "2024-05-01T10:00:00+06:00", "host": "tunduk.gov.kg", "x": "anything"]))
        let errors = schema.validate(["when": "2024-05-01 10:00", "host": "bad_host", "x": 1])
        #expect(errors.map(\.instanceLocation) == ["/when", "/host"])
        #expect(errors[0].message == "string '2024-05-01 10:00' is not a valid date-time")
    }

    @Test func formatAssertionVocabularyTurnsItOn() throws {
        let meta: JSONValue = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://eaf.example/meta/strict-formats",
            "$vocabulary": [
                "https://json-schema.org/draft/2020-12/vocab/core": true,
                "https://json-schema.org/draft/2020-12/vocab/format-assertion": true,
            ],
        ]
        let compiler = SchemaCompiler(documents: ["https://eaf.example/meta/strict-formats": meta])
        let schema = try compiler.compile(["$schema": "https://eaf.example/meta/strict-formats", "format": "ipv4"])
        #expect(!schema.isValid("1.2.3.999"))
        #expect(schema.isValid("1.2.3.4"))
    }
}

@Suite struct PatternTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        try ECMARegex(pattern).matches(text)
    }

    @Test func ecmaSemantics() throws {
        #expect(try !matches("^abc$", "abc\n"))          // $ is end of input only
        #expect(try matches("^abc$", "abc"))
        #expect(try !matches("^\\d$", "\u{07C0}"))        // \d is ASCII only
        #expect(try matches("^\\D$", "\u{07C0}"))
        #expect(try !matches("^\\w$", "é"))
        #expect(try matches("^\\W$", "é"))
        #expect(try matches("^\\s$", "\u{FEFF}"))
        #expect(try matches("^\\s$", "\u{000B}"))
        #expect(try !matches("^\\s$", "\u{2013}"))
        #expect(try matches("^\\S$", "\u{2013}"))
        #expect(try matches("\\p{Letter}cole", "l'école"))
        #expect(try matches("^\\p{L}+$", "Бишкек"))
        #expect(try !matches("[a-z]cole", "l'école"))
        #expect(try matches("^\\cC$", "\u{3}"))
        #expect(try matches("^\\t$", "\t"))
        #expect(try matches("^.$", "\u{0085}"))
        #expect(try !matches("^.$", "\n"))
        #expect(try matches("^[^]$", "\n"))
        #expect(try !matches("[]", "a"))
        #expect(try matches("^\\u{1F600}$", "😀"))
        #expect(try matches("^\\uD83D\\uDE00$", "😀"))
        #expect(try matches("^[\\d-]+$", "12-3"))
        #expect(try matches("^a{2}$", "aa"))
        #expect(try matches("^a{$", "a{"))               // a lone brace is a literal
        #expect(try matches("^[#&~ ]+$", "#& ~"))
        #expect(try matches("(?<year>\\d{4})-\\k<year>", "2024-2024"))
        #expect(try matches("\\bkg\\b", "gov.kg"))
        #expect(try !matches("\\bkg\\b", "kgz"))
        #expect(try matches("^Ф", "Фрунзе"))             // prefix fast path
        #expect(try !matches("^Ф", "фрунзе"))
        #expect(try matches("^AB-", "AB-12"))
        #expect(try !matches("^AB-", "ab-12"))
    }

    @Test(arguments: ["\\a", "(?i)abc", "a**", "[z-a]", "(abc", "abc)", "\\", "a++", "(?<=a+)b", "\\p{Nonsense}"])
    func unsupportedPatternsAreErrors(pattern: String) {
        #expect(throws: RegexSyntaxError.self) { _ = try ECMARegex(pattern) }
        #expect(throws: SchemaError.self) { _ = try SchemaCompiler().compile(["pattern": JSONValue(pattern)]) }
    }
}

/// The linear-time automaton must agree with the ICU engine wherever it is used.
@Suite struct PatternAutomatonTests {
    static let patterns = [
        "^[A-Z]{2,5}-[0-9]{1,6}$", "^v[0-9]+$", "a+b*c?", "^(ab|cd)+$", "x{2,}", "^a{0}$", "^(?:a|b)*?c$",
        "[^a-z]", "^[\\d\\s]+$", "^[\\D]$", "[\\w.-]+@[\\w-]+\\.[a-z]{2,}", "^\\S+$", "^.{3}$", "colou?r",
        "^\\u0041\\x42[\\u{1F600}-\\u{1F64F}]$", "^[a\\-z]$", "^[-a]$", "^[a-]$", "[\\b]", "^(a*)*$", "^$", "",
        "^\\/path\\/\\.json$", "a|b|", "^[^]*$", "^[\\]\\[]+$", "\\$\\d+(\\.\\d\\d)?", "^\\t\\n\\r\\f\\v\\0$",
        "^\\cJ$", "Кыр+гыз", "^(|a)b$", "a{2,3}?", "^[\\W\\d]+$",
    ]
    static let texts = [
        "", "a", "ab", "abc", "aab", "GOV-12", "gov-12", "GOVXYZ-1234567", "v12", "v", "abcd", "cdab", "abab",
        "xx", "x", "c", "ac", "bbac", "A", "Z9", "12 34", "1a", "user@gov.kg", "a b", "colour", "color",
        "AB😀", "ABx", "-", "z", "\u{8}", "aaa", "/path/.json", "\n", "][", "$12.50", "$7", "\t\n\r\u{c}\u{b}\u{0}",
        "Кыргызстан", "Кыррргыз", "b", "aa", "aaaa", "é9", "\u{2028}x", "line\nbreak",
    ]

    @Test func agreesWithICU() throws {
        for pattern in PatternAutomatonTests.patterns {
            let automaton = try #require(PatternAutomaton(pattern), "not in the subset: \(pattern)")
            let icu = try ECMARegex(pattern)
            for text in PatternAutomatonTests.texts {
                #expect(automaton.matches(text) == icu.matchesWithICU(text), "pattern \(pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test func outsideTheSubsetFallsBack() {
        for pattern in ["(a)\\1", "a(?=b)", "(?<n>a)", "\\bword", "\\p{L}", "(?<!a)b"] {
            #expect(PatternAutomaton(pattern) == nil, "\(pattern)")
        }
    }

    @Test func noCatastrophicBacktracking() throws {
        let regex = try ECMARegex("^(a+)+$")
        let text = String(repeating: "a", count: 5000) + "!"
        #expect(!regex.matches(text))
        #expect(try ECMARegex("^(a|a)*$").matches(String(repeating: "a", count: 5000)))
    }
}
