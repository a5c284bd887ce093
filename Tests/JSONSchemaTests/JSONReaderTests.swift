import Testing
@testable import JSONSchema

@Suite struct JSONReaderTests {
    func read(_ text: String) throws -> JSONValue { try JSONReader.read(text) }

    func readError(_ bytes: [UInt8]) -> JSONReadError? {
        do {
            _ = try JSONReader.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    func readError(_ text: String) -> JSONReadError? { readError(Array(text.utf8)) }

    @Test func positionsOfNestedValuesAndKeys() throws {
        let text = """
        {
          "members": [
            {"code": 7, "name": "x"},
            {"code": null}
          ],
          "flag": true
        }
        """
        let v = try read(text)
        #expect(v.position == JSONPosition(line: 1, column: 1))
        let object = try #require(v.objectValue)
        #expect(object.members[0].keyPosition == JSONPosition(line: 2, column: 3))
        let members = try #require(v["members"])
        #expect(members.position == JSONPosition(line: 2, column: 14))
        let first = try #require(members[0])
        #expect(first.position == JSONPosition(line: 3, column: 5))
        #expect(first["code"]?.position == JSONPosition(line: 3, column: 14))
        #expect(first.objectValue?.members[1].keyPosition == JSONPosition(line: 3, column: 17))
        #expect(first["name"]?.position == JSONPosition(line: 3, column: 25))
        #expect(members[1]?["code"]?.position == JSONPosition(line: 4, column: 14))
        #expect(v["flag"]?.position == JSONPosition(line: 6, column: 11))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // Cyrillic letters are two bytes each in UTF-8, one column each.
        let text = "{\"имя\": \"Бишкек\", \"код\": 417,\n \"ок\": [\"ä€𝄞\", 1]}"
        let v = try read(text)
        let o = try #require(v.objectValue)
        #expect(o.members[0].keyPosition == JSONPosition(line: 1, column: 2))
        #expect(o.members[0].value.position == JSONPosition(line: 1, column: 9))
        #expect(o.members[1].keyPosition == JSONPosition(line: 1, column: 19))
        #expect(o.members[1].value.position == JSONPosition(line: 1, column: 26))
        #expect(o.members[2].keyPosition == JSONPosition(line: 2, column: 2))
        let array = try #require(o.members[2].value.arrayValue)
        #expect(array[0].position == JSONPosition(line: 2, column: 9))
        // "ä€𝄞" is 3 scalars (2 + 3 + 4 bytes): the 1 after it is at column 9 + 5 + 2.
        #expect(array[1].position == JSONPosition(line: 2, column: 16))
        #expect(array[0].stringValue == "ä€𝄞")
    }

    @Test func crlfAndTabs() throws {
        let v = try read("[\r\n\t1,\r\n\t\t2]")
        #expect(v[0]?.position == JSONPosition(line: 2, column: 2))
        #expect(v[1]?.position == JSONPosition(line: 3, column: 3))
    }

    @Test func escapesDecode() throws {
        let v = try read(#"["a\"b\\c\/d\b\f\n\r\t", "\u0041\u00e9\u4e2d\ud834\udd1e"]"#)
        #expect(v[0]?.stringValue == "a\"b\\c/d\u{8}\u{c}\n\r\t")
        #expect(v[1]?.stringValue == "Aé中𝄞")
    }

    @Test func numbersKeepTheirValue() throws {
        let v = try read("[0, -0, 42, -9223372036854775808, 9223372036854775808, 123456789012345678901234567890, 1.5, 1e2, 1.0, -2.50e-3]")
        let a = try #require(v.arrayValue)
        #expect(a[2].numberValue?.int64Value == 42)
        #expect(a[3].numberValue?.int64Value == Int64.min)
        #expect(a[4].numberValue?.literal == "9223372036854775808")
        #expect(a[4].numberValue?.int64Value == nil)
        #expect(a[5].numberValue?.literal == "123456789012345678901234567890")
        #expect(a[5].numberValue?.isInteger == true)
        #expect(a[6].numberValue?.doubleValue == 1.5)
        #expect(a[7].numberValue == JSONNumber(100))
        #expect(a[8].numberValue == JSONNumber(1))
        #expect(a[8].numberValue?.literal == "1.0")
        #expect(a[9].numberValue?.literal == "-2.50e-3")
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let v = try JSONReader.read([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        #expect(v.position == JSONPosition(line: 1, column: 1))
        #expect(v["a"]?.position == JSONPosition(line: 1, column: 7))
    }

    @Test(arguments: [
        ("{\"a\": 1", "1:8", "expected ',' or '}' after object member"),
        ("{\"a\": 1 \"b\": 2}", "1:9", "expected ',' or '}' after object member"),
        ("[1, 2", "1:6", "expected ',' or ']' after array element"),
        ("[1, 2,]", "1:7", "expected a value after ','"),
        ("{\"a\": 1,}", "1:9", "expected a string key after ','"),
        ("{\"a\" 1}", "1:6", "expected ':' after object key"),
        ("{1: 2}", "1:2", "expected a string key or '}'"),
        ("\"abc", "1:1", "unterminated string"),
        ("", "1:1", "unexpected end of input"),
        ("  ", "1:3", "unexpected end of input"),
        ("[1] x", "1:5", "after the JSON value"),
        ("[01]", "1:2", "leading zeros"),
        ("[-]", "1:2", "expected a digit after '-'"),
        ("[1.]", "1:4", "expected a digit after '.'"),
        ("[1e+]", "1:5", "expected a digit in the exponent"),
        ("[tru]", "1:2", "expected 'true'"),
        ("[nul]", "1:2", "expected 'null'"),
        ("['a']", "1:2", "unexpected"),
        ("[\"a\\x\"]", "1:4", "invalid escape '\\x'"),
        ("[\"a\\u12G4\"]", "1:4", "four hexadecimal digits"),
        ("[\"\\ud800\"]", "1:3", "lone surrogate"),
        ("[\"\\ud800\\u0041\"]", "1:3", "lone surrogate"),
        ("[\"\\udc00\"]", "1:3", "lone surrogate"),
        ("[\"a\tb\"]", "1:4", "control character U+0009"),
        ("{\n  \"k\": 1,\n  \"k\": 2\n}", "3:3", "duplicate key 'k' in object (first at 2:3)"),
        ("[NaN]", "1:2", "unexpected"),
        ("[Infinity]", "1:2", "unexpected"),
        // After an escape a string is decoded into a buffer: the same errors, at the same
        // columns, as before one.
        ("[\"é\\n\tb\"]", "1:6", "control character U+0009"),
        ("[\"a\\\"", "1:2", "unterminated string"),
        ("[\"ä\\u0041\\q\"]", "1:10", "invalid escape '\\q'"),
    ])
    func errorsCarryPositions(text: String, position: String, message: String) throws {
        let error = try #require(readError(text), "no error for \(text)")
        #expect(error.position.description == position, "\(text): \(error)")
        #expect(error.message.contains(message), "\(text): \(error)")
        #expect(error.description.hasPrefix(position + ": "))
    }

    @Test func duplicateKeysInLargeObjects() throws {
        var text = "{"
        for k in 0..<40 { text += "\"k\(k)\": \(k), " }
        text += "\"k17\": 0}"
        let error = try #require(readError(text))
        #expect(error.message.contains("duplicate key 'k17'"))
        // And a large object without duplicates reads, with working lookup.
        var ok = "{"
        for k in 0..<40 { ok += (k > 0 ? ", " : "") + "\"k\(k)\": \(k)" }
        ok += "}"
        let v = try read(ok)
        #expect(v["k33"]?.numberValue == JSONNumber(33))
        #expect(v["k40"] == nil)
    }

    @Test(arguments: [
        [UInt8(ascii: "\""), 0xC3, UInt8(ascii: "\"")],              // truncated sequence
        [UInt8(ascii: "\""), 0xC0, 0x80, UInt8(ascii: "\"")],        // overlong NUL
        [UInt8(ascii: "\""), 0xED, 0xA0, 0x80, UInt8(ascii: "\"")],  // encoded surrogate
        [UInt8(ascii: "\""), 0xF4, 0x90, 0x80, 0x80, UInt8(ascii: "\"")], // past U+10FFFF
        [UInt8(ascii: "\""), 0xFF, UInt8(ascii: "\"")],
        [UInt8(ascii: "\""), 0x80, UInt8(ascii: "\"")],              // lone continuation byte
    ])
    func invalidUTF8IsAnError(bytes: [UInt8]) throws {
        let error = try #require(readError(bytes))
        #expect(error.message.contains("invalid UTF-8"))
        #expect(error.position == JSONPosition(line: 1, column: 2))
    }

    @Test func textAfterAnEscapeKeepsColumnsAndBytes() throws {
        let v = try read("[\"Бишкек\\n\u{0441}ä\\u00e9\", 1]")
        #expect(v[0]?.stringValue == "Бишкек\nсäé")
        // Between the quotes: 6 letters, an escape of 2 characters, 2 letters, one of 6.
        #expect(v[1]?.position == JSONPosition(line: 1, column: 22))
        let error = try #require(readError([UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), 0xC3, 0xA4, 0xFF, UInt8(ascii: "\"")]))
        #expect(error.message.contains("invalid UTF-8"))
        #expect(error.position == JSONPosition(line: 1, column: 5))
    }

    @Test func invalidByteOutsideStrings() throws {
        let error = try #require(readError([UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")]))
        #expect(error.position == JSONPosition(line: 1, column: 2))
    }

    @Test func depthBombIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(readError(deep))
        #expect(error.message.contains("deeper than the limit of 512"))
        #expect(error.position == JSONPosition(line: 1, column: 513))
        // Exactly at the limit is fine.
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try read(ok)
        // A custom limit.
        #expect(throws: JSONReadError.self) { try JSONReader(maxDepth: 3).read("[[[[1]]]]") }
        let objects = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(readError(objects)?.message.contains("deeper") == true)
    }

    @Test func truncatedInputsAllFailCleanly() throws {
        let text = #"{"a": [1, 2.5e3, "x\u00e9", {"b": null, "c": true}], "d": false}"#
        let bytes = Array(text.utf8)
        for n in 0..<bytes.count {
            #expect(readError(Array(bytes[0..<n])) != nil, "prefix of length \(n) should not parse")
        }
        _ = try JSONReader.read(bytes)
    }

    @Test func readsFromRawBuffer() throws {
        let bytes = Array("{\"a\": [1, 2]}".utf8)
        let v = try bytes.withUnsafeBytes { try JSONReader().read($0) }
        #expect(v["a"]?[1]?.position == JSONPosition(line: 1, column: 11))
    }

    @Test func valuesBuiltInCodeAreEqualToReadOnes() throws {
        let built: JSONValue = ["name": "Бишкек", "n": 1, "list": [true, .null, 2.5]]
        let read = try read(#"{"list": [true, null, 2.50], "n": 1.0, "name": "Бишкек"}"#)
        #expect(built == read)
        #expect(built.hashValue == read.hashValue)
        #expect(built.description == #"{"name":"Бишкек","n":1,"list":[true,null,2.5]}"#)
        let manual = JSONValue(JSONObject([
            JSONObject.Member(key: "k", keyPosition: JSONPosition(line: 4, column: 2),
                              value: JSONValue("v", position: JSONPosition(line: 4, column: 7))),
        ]), position: JSONPosition(line: 4, column: 1))
        #expect(manual["k"]?.position == JSONPosition(line: 4, column: 7))
    }
}
