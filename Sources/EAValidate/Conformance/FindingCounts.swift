/// How many findings of each sort a part of the repository has: open ones by severity,
/// and those accepted by a waiver or a baseline.
public struct FindingCounts: Sendable, Hashable {
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var info = 0
    public private(set) var waived = 0
    public private(set) var baselined = 0

    public init() {}

    public init(_ findings: some Sequence<Finding>) {
        for finding in findings { add(finding) }
    }

    public mutating func add(_ finding: Finding) {
        switch finding.status {
        case .waived: waived += 1
        case .baselined: baselined += 1
        case .open:
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: info += 1
            }
        }
    }

    public mutating func add(_ other: FindingCounts) {
        errors += other.errors
        warnings += other.warnings
        info += other.info
        waived += other.waived
        baselined += other.baselined
    }

    /// Open findings (any severity).
    public var open: Int { errors + warnings + info }
    /// Every finding counted.
    public var total: Int { open + waived + baselined }
}
