import EAModel

/// A waiver of eaf.yaml as a report shows it: what it accepts, who approved it, until
/// when, and whether it still applies and accepts anything.
public struct WaiverStatus: Sendable {
    public enum State: String, Sendable, Hashable, Codable {
        /// In force and accepting findings.
        case active
        /// Past its expiry date: it accepts nothing; INT008 reports it.
        case expired
        /// In force, but no finding matches it; INT008 reports it.
        case unused
    }

    public let waiver: RepositoryConfig.Waiver
    public let state: State
    /// Findings it accepts in this run.
    public let accepted: Int

    public init(waiver: RepositoryConfig.Waiver, state: State, accepted: Int) {
        self.waiver = waiver
        self.state = state
        self.accepted = accepted
    }

    /// The waivers' states from a run's findings: one pass over the findings counting the
    /// waived ones by rule and element, then one lookup per waiver.
    public static func of(_ waivers: [RepositoryConfig.Waiver], findings: [Finding], asOf: LocalDate) -> [WaiverStatus] {
        let rules = Waivers(waivers, asOf: asOf)
        var accepted: [String: Int] = [:]
        for finding in findings where finding.status == .waived {
            guard let element = finding.elementID else { continue }
            accepted[Waivers.key(rule: finding.ruleID, element: element), default: 0] += 1
        }
        var credited = Set<String>()
        return waivers.map { waiver in
            if rules.isExpired(waiver) { return WaiverStatus(waiver: waiver, state: .expired, accepted: 0) }
            let key = Waivers.key(rule: waiver.rule, element: waiver.element)
            // The first waiver for a rule and element is the one applied (Waivers.apply).
            let count = credited.insert(key).inserted ? accepted[key] ?? 0 : 0
            return WaiverStatus(waiver: waiver, state: count > 0 ? .active : .unused, accepted: count)
        }
    }
}
