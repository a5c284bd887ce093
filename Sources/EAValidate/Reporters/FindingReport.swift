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

    public init(root: String, name: String?, findings: [Finding], asOf: LocalDate, elementCount: Int, fileCount: Int) {
        self.root = root
        self.name = name
        self.findings = findings
        self.asOf = asOf
        self.elementCount = elementCount
        self.fileCount = fileCount
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

    public func count(_ severity: Severity) -> Int {
        openFindings.filter { $0.severity == severity }.count
    }

    public func count(_ layer: RuleLayer) -> Int {
        openFindings.filter { $0.layer == layer }.count
    }

    public var waivedCount: Int { findings.filter { $0.status == .waived }.count }
    public var baselinedCount: Int { findings.filter { $0.status == .baselined }.count }

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
