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
}

/// The interoperability layer a rule checks (the European Interoperability Framework's
/// legal, organisational, semantic and technical layers, and the model's own integrity).
public enum RuleLayer: String, Sendable, Codable, CaseIterable, Comparable {
    case integrity
    case legal
    case organisational
    case semantic
    case technical

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: RuleLayer, rhs: RuleLayer) -> Bool { lhs.rank < rhs.rank }
}
