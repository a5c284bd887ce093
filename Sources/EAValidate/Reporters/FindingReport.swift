import EAModel

/// The findings of one run with what users need to read them: where the files are, the
/// date they were computed for, counts. Every findings format renders one of these.
public struct FindingReport: Sendable {
    /// The folder findings' repository-relative paths are shown under ("." for none).
    public let root: String
    /// The repository's name from eaf.yaml, if any.
    public let name: String?
    public let findings: [Finding]
    public let asOf: LocalDate
    /// Elements reported on (reference material left out).
    public let elementCount: Int
    /// Files checked (reference material left out).
    public let fileCount: Int

    /// Counts made once, in one pass over the findings.
    private let severityCounts: [Severity: Int]
    private let layerCounts: [RuleLayer: Int]
    private let statusCounts: [Finding.Status: Int]

    public init(root: String, name: String?, findings: [Finding], asOf: LocalDate, elementCount: Int, fileCount: Int) {
        self.root = root
        self.name = name
        self.findings = findings
        self.asOf = asOf
        self.elementCount = elementCount
        self.fileCount = fileCount
        var severities: [Severity: Int] = [:]
        var layers: [RuleLayer: Int] = [:]
        var statuses: [Finding.Status: Int] = [:]
        for finding in findings {
            statuses[finding.status, default: 0] += 1
            guard finding.status == .open else { continue }
            severities[finding.severity, default: 0] += 1
            layers[finding.layer, default: 0] += 1
        }
        severityCounts = severities
        layerCounts = layers
        statusCounts = statuses
    }

    /// The report of validating a repository.
    public init(repository: Repository, findings: [Finding], asOf: LocalDate) {
        var elements = 0
        for element in repository.model.elements where !element.isReference { elements += 1 }
        var files = 0
        for file in repository.files where !repository.isReference(file: file) { files += 1 }
        self.init(root: repository.root, name: repository.config.name, findings: findings, asOf: asOf,
                  elementCount: elements, fileCount: files)
    }

    /// A repository-relative path as the user can open it from where eaf was run.
    public func displayPath(_ file: String) -> String {
        root == "." ? file : root + "/" + file
    }

    /// Findings that count towards failure (not waived or baselined).
    public var openFindings: [Finding] { findings.filter { $0.status == .open } }

    /// Open findings of a severity.
    public func count(_ severity: Severity) -> Int { severityCounts[severity] ?? 0 }

    /// Open findings of a layer.
    public func count(_ layer: RuleLayer) -> Int { layerCounts[layer] ?? 0 }

    public var waivedCount: Int { statusCounts[.waived] ?? 0 }
    public var baselinedCount: Int { statusCounts[.baselined] ?? 0 }

    /// Whether any open finding is at or above `level`.
    public func fails(at level: Severity?) -> Bool {
        guard let level else { return false }
        return openFindings.contains { $0.severity >= level }
    }
}

/// Renders a finding report in one format. Reporters return text; only the command-line
/// tool decides where it goes.
public protocol FindingReporter {
    func render(_ report: FindingReport) -> String
}
