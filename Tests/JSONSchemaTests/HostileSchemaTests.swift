import Foundation
import Testing
@testable import JSONSchema

/// Schemas and instances written to make validation take for ever.
@Suite struct HostileSchemaTests {
    /// Patterns outside the linear-time automaton run on ICU, which backtracks: with a
    /// backreference, `(\w+\s?)+(?!x)\1$` takes hours on 40 letters. Validation spends a
    /// counted budget on them and reports what it could not check as an error.
    @Test func catastrophicBacktrackingEndsInAnError() throws {
        let evil = #"(\w+\s?)+(?!x)\1$"#
        let schema = try SchemaCompiler().compile([
            "properties": ["a": ["pattern": JSONValue(stringLiteral: evil)]],
            "patternProperties": ["^" + evil: true],
            "items": ["not": ["pattern": JSONValue(stringLiteral: evil)]],
        ])
        let long = String(repeating: "a", count: 40) + "!"
        let start = Date()
        let errors = schema.validate(["a": JSONValue(stringLiteral: long), long: 1])
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.message.contains("could not be checked against the pattern") }, "\(errors)")
        // Under `not`, a failure would pass: an unchecked pattern still fails the instance.
        let items = JSONValue(Array(repeating: JSONValue(stringLiteral: long), count: 1000))
        #expect(!schema.isValid(items))
        #expect(schema.validate(items).map(\.message) == ["the instance is not fully checked: a value " + Evaluator.tooCostly(evil)])
        #expect(Date().timeIntervalSince(start) < 30)
        // The same pattern on short text, and linear patterns on long text, still answer.
        #expect(schema.isValid(["a": "aa"]))
        let letters = try SchemaCompiler().compile(["pattern": #"^(?=\p{L})\p{L}+$"#])
        #expect(letters.isValid(JSONValue(stringLiteral: String(repeating: "ж", count: 1_000_000))))
        #expect(!letters.isValid(JSONValue(stringLiteral: String(repeating: "ж", count: 1_000_000) + "1")))
    }
}
