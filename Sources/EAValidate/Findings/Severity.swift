/// How much a finding matters; `--fail-on` compares against it.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    // A raw-value enum otherwise hashes and compares its raw String (the standard
    // library's RawRepresentable implementations win over the synthesised ones).
    public static func == (lhs: Severity, rhs: Severity) -> Bool { lhs.rank == rhs.rank }

    public func hash(into hasher: inout Hasher) { hasher.combine(rank) }
}

/// The interoperability layer a rule checks (the European Interoperability Framework's
/// legal, organisational, semantic and technical layers, and the model's own integrity).
public enum RuleLayer: String, Sendable, Codable, CaseIterable, Comparable {
    case integrity
    case legal
    case organisational
    case semantic
    case technical

    /// The case's place in declaration order.
    private var rank: Int {
        switch self {
        case .integrity: 0
        case .legal: 1
        case .organisational: 2
        case .semantic: 3
        case .technical: 4
        }
    }

    public static func < (lhs: RuleLayer, rhs: RuleLayer) -> Bool { lhs.rank < rhs.rank }

    // By place, not by raw String: layers key the conformance report's tallies, once a check.
    public static func == (lhs: RuleLayer, rhs: RuleLayer) -> Bool { lhs.rank == rhs.rank }

    public func hash(into hasher: inout Hasher) { hasher.combine(rank) }
}
