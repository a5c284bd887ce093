import EAModel
import Foundation

/// The machine-readable findings format, described by `schemas/eaf-findings-1.schema.json`.
/// Keys are sorted and paths are repository-relative, so output is byte-identical
/// across runs and machines.
public struct JSONReporter: FindingReporter {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        var formatVersion: Int
        var tool: Tool
        var repository: String?
        var asOf: String
        var summary: Summary
        var findings: [Finding]
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var info: Int
        var waived: Int
        var baselined: Int
        var byLayer: [String: Int]
        var elements: Int
        var files: Int
    }

    public func render(_ report: FindingReport) -> String {
        let document = Document(
            formatVersion: Self.formatVersion,
            tool: Tool(name: "eaf", version: EAF.version),
            repository: report.repository.config.name,
            asOf: report.asOf.description,
            summary: Summary(
                errors: report.count(.error), warnings: report.count(.warning), info: report.count(.info),
                waived: report.waivedCount, baselined: report.baselinedCount,
                byLayer: Dictionary(uniqueKeysWithValues: RuleLayer.allCases.map { ($0.rawValue, report.count($0)) }),
                elements: report.elementCount, files: report.fileCount),
            findings: report.findings)
        return JSONText.encode(document)
    }
}

/// JSON encoding with sorted keys, two-space indentation and unescaped slashes, the
/// same on every platform (Foundation's own pretty printing differs between them).
public enum JSONText {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return indent(Array(data)) + "\n"
    }

    /// Re-indents compact JSON (which has no white space outside strings).
    static func indent(_ compact: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        for (index, byte) in compact.enumerated() {
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(byte)
                let next = index + 1 < compact.count ? compact[index + 1] : 0
                if next == UInt8(ascii: "}") || next == UInt8(ascii: "]") { continue }
                depth += 1
                newline()
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let previous = index > 0 ? compact[index - 1] : 0
                if previous != UInt8(ascii: "{") && previous != UInt8(ascii: "[") {
                    depth -= 1
                    newline()
                }
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The tool's identity, for outputs that name it.
public enum EAF {
    public static let version = "0.1.0"
}
