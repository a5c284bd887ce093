import EAModel

/// The findings of one run with what users need to read them: the repository, the date
/// they were computed for, counts. Every findings format renders one of these.
public struct FindingReport: Sendable {
    public let repository: Repository
    public let findings: [Finding]
    public let asOf: LocalDate

    public init(repository: Repository, findings: [Finding], asOf: LocalDate) {
        self.repository = repository
        self.findings = findings
        self.asOf = asOf
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

    /// Elements reported on (reference material left out).
    public var elementCount: Int { repository.model.elements.filter { !$0.isReference }.count }
    public var fileCount: Int { repository.files.filter { !repository.isReference(file: $0) }.count }

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
