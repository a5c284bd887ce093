import EAModel

/// One problem a rule found: what, where, how severe, and a fingerprint that survives
/// moving the element to another file or line, so baselines keep matching.
public struct Finding: Sendable, Hashable, Codable {
    /// Whether the finding counts towards failure.
    public enum Status: String, Sendable, Hashable, Codable {
        case open
        /// Accepted by a waiver in eaf.yaml: shown and counted, never failing.
        case waived
        /// Present in the baseline file: shown and counted, never failing.
        case baselined
    }

    /// Another place the message refers to, with what it is.
    public struct Related: Sendable, Hashable, Codable {
        public var location: SourceLocation
        public var message: String

        public init(_ location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }
    }

    public var ruleID: String
    public var severity: Severity
    public var layer: RuleLayer
    public var message: String
    public var elementID: String?
    public var location: SourceLocation
    public var related: [Related]
    public var fingerprint: String
    public var status: Status
    /// Why the finding is waived (the waiver's reason and approver), when it is.
    public var waiver: String?

    public init(ruleID: String, severity: Severity, layer: RuleLayer, message: String, elementID: String?,
                location: SourceLocation, related: [Related] = [], subject: String, status: Status = .open) {
        self.ruleID = ruleID
        self.severity = severity
        self.layer = layer
        self.message = message
        self.elementID = elementID
        self.location = location
        self.related = related
        self.fingerprint = Fingerprint.make(rule: ruleID, element: elementID ?? location.file, subject: subject)
        self.status = status
        self.waiver = nil
    }

    /// The order users see: file, line, column, rule, then message.
    public static func sortedOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return ByteOrder.precedes(lhs.message, rhs.message)
    }
}

/// A stable hash of (rule, element, subject): FNV-1a, 64 bits, as 16 hex digits.
public enum Fingerprint {
    public static func make(rule: String, element: String, subject: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in [rule, element, subject].joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
