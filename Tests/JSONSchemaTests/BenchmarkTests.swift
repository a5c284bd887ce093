import Foundation
import Testing
@testable import JSONSchema

/// Throughput on many small instances. Runs only with EAF_JSONSCHEMA_BENCH=1 (use a
/// release build: `swift test -c release -Xswiftc -enable-testing --filter Benchmark`).
@Suite struct BenchmarkTests {
    static let schema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "required": ["id", "code", "name", "owner", "status"],
      "properties": {
        "id": {"type": "integer", "minimum": 1},
        "code": {"type": "string", "pattern": "^[A-Z]{2,5}-[0-9]{1,6}$"},
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "owner": {"$ref": "#/$defs/agency"},
        "status": {"enum": ["planned", "active", "retired"]},
        "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "maxItems": 10},
        "interfaces": {"type": "array", "items": {"$ref": "#/$defs/interface"}},
        "budget": {"type": "number", "multipleOf": 0.01, "minimum": 0}
      },
      "additionalProperties": false,
      "$defs": {
        "agency": {"type": "object", "required": ["code"], "properties": {
          "code": {"type": "string", "minLength": 2}, "level": {"enum": ["national", "regional", "local"]}},
          "additionalProperties": false},
        "interface": {"type": "object", "required": ["name", "protocol"], "properties": {
          "name": {"type": "string"}, "protocol": {"enum": ["x-road", "rest", "soap", "file"]},
          "version": {"type": "string", "pattern": "^v[0-9]+$"}}, "additionalProperties": false}
      }
    }
    """#

    static func instances(_ count: Int) -> [JSONValue] {
        (0..<count).map { k in
            let good = k % 4 != 0
            return [
                "id": JSONValue(k + 1),
                "code": JSONValue(good ? "GOV-\(k)" : "gov\(k)"),
                "name": JSONValue("System \(k)"),
                "owner": ["code": "MF", "level": good ? "national" : "federal"],
                "status": "active",
                "tags": ["core", "x-road"],
                "interfaces": [["name": "api", "protocol": "rest", "version": "v2"], ["name": "bus", "protocol": "x-road"]],
                "budget": JSONValue(JSONNumber(literal: good ? "1250.50" : "12.505")!),
            ]
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["EAF_JSONSCHEMA_BENCH"] == "1"))
    func throughput() throws {
        let compiled = try SchemaCompiler().compile(bytes: Array(BenchmarkTests.schema.utf8))
        let data = BenchmarkTests.instances(20_000)
        var start = Date()
        var valid = 0
        for _ in 0..<5 { for v in data where compiled.isValid(v) { valid += 1 } }
        let fast = Date().timeIntervalSince(start)
        start = Date()
        var errors = 0
        for _ in 0..<5 { for v in data { errors += compiled.validate(v).count } }
        let full = Date().timeIntervalSince(start)
        let n = Double(data.count * 5)
        print(String(format: "bench isValid: %.0f instances/s (%d valid); validate: %.0f instances/s (%d errors)",
                     n / fast, valid, n / full, errors))
    }
}
