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
            repository: report.name,
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

/// The tool's identity, for outputs that name it.
public enum EAF {
    public static let version = "0.1.0"
}
