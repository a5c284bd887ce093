import EAModel

/// SARIF 2.1.0, the format code-scanning UIs (GitHub, GitLab, Azure DevOps) read: the rule
/// catalogue in `tool.driver.rules`, one result per finding with its repository-relative
/// location, the finding fingerprint as a partial fingerprint, and waived findings as
/// suppressions.
public struct SARIFReporter: FindingReporter {
    public let rules: [RuleDescription]

    public init(rules: [RuleDescription] = RuleRegistry.descriptions) {
        self.rules = rules
    }

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        var properties: [String: String]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "eaf"
        var version = EAF.version
        var semanticVersion = EAF.version
        var rules: [ReportingDescriptor]
    }

    struct Text: Encodable {
        var text: String
        var markdown: String?
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
        var properties: Properties
    }

    struct Configuration: Encodable { var level: String }
    struct Properties: Encodable { var tags: [String] }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var baselineState: String?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
        var message: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId = "%SRCROOT%"
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var name: String
        var kind = "element"
    }

    struct Suppression: Encodable {
        var kind = "external"
        var status = "accepted"
        var justification: String
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    public func render(_ report: FindingReport) -> String {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let descriptors = rules.map { rule in
            ReportingDescriptor(
                id: rule.id, name: Self.pascalCase(rule.slug),
                shortDescription: Text(text: rule.summary),
                fullDescription: Text(text: rule.rationale),
                help: Text(text: "\(rule.summary) \(rule.rationale) Run `eaf explain \(rule.id)` for examples.",
                           markdown: "**\(rule.id) \(rule.slug)** (\(rule.layer.rawValue))\n\n\(rule.summary)\n\n\(rule.rationale)\n\nRun `eaf explain \(rule.id)` for examples."),
                defaultConfiguration: Configuration(level: Self.level(rule.defaultSeverity)),
                properties: Properties(tags: [rule.layer.rawValue, "interoperability"]))
        }
        let results = report.findings.map { finding in
            Result(
                ruleId: finding.ruleID, ruleIndex: index[finding.ruleID] ?? -1, level: Self.level(finding.severity),
                message: Text(text: finding.message),
                locations: [Location(physicalLocation: physical(finding.location, report),
                                     logicalLocations: finding.elementID.map { [LogicalLocation(name: $0)] })],
                relatedLocations: finding.related.isEmpty ? nil : finding.related.enumerated().map { offset, related in
                    Location(id: offset + 1, physicalLocation: physical(related.location, report), message: Text(text: related.message))
                },
                partialFingerprints: ["eafFingerprint/v1": finding.fingerprint],
                suppressions: finding.status == .waived ? [Suppression(justification: finding.waiver ?? "waived in eaf.yaml")] : nil,
                baselineState: finding.status == .baselined ? "unchanged" : nil)
        }
        var properties = ["asOf": report.asOf.description]
        if let name = report.name { properties["repository"] = name }
        return JSONText.encode(Log(runs: [Run(tool: Tool(driver: Driver(rules: descriptors)), results: results, properties: properties)]))
    }

    private func physical(_ location: SourceLocation, _ report: FindingReport) -> PhysicalLocation {
        PhysicalLocation(artifactLocation: ArtifactLocation(uri: Self.uri(report.displayPath(location.file))),
                         region: Region(startLine: location.line, startColumn: location.column))
    }

    /// A relative path as a URI reference: `./` dropped, and every byte outside the
    /// unreserved set and `/` percent-encoded (spaces, Cyrillic file names).
    static func uri(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        var out = ""
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func pascalCase(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
