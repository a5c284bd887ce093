import EAModel

/// The waivers of eaf.yaml, applied to findings: a finding whose rule and element match a
/// waiver that has not expired is accepted — `status = .waived`, shown and counted, never
/// failing. A waiver without `expires` never expires. An expired waiver applies no more;
/// INT008 reports it, and any waiver that matches nothing.
public struct Waivers: Sendable {
    public let waivers: [RepositoryConfig.Waiver]
    /// "Today": a waiver that expires on this day still applies.
    public let asOf: LocalDate

    public init(_ waivers: [RepositoryConfig.Waiver], asOf: LocalDate) {
        self.waivers = waivers
        self.asOf = asOf
    }

    /// Whether the waiver's last day has passed.
    public func isExpired(_ waiver: RepositoryConfig.Waiver) -> Bool {
        guard let expires = waiver.expires else { return false }
        return expires < asOf
    }

    /// The key a waiver and a finding share when they match: rule id (any case) and element id.
    static func key(rule: String, element: String) -> String {
        rule.uppercased() + "\u{1F}" + element
    }

    /// The findings with every one that an unexpired waiver matches marked waived. Each
    /// finding is looked up once in an index of the waivers; the first matching waiver
    /// in eaf.yaml gives the reason shown.
    public func apply(to findings: [Finding]) -> [Finding] {
        var active: [String: RepositoryConfig.Waiver] = [:]
        for waiver in waivers where !isExpired(waiver) {
            let key = Self.key(rule: waiver.rule, element: waiver.element)
            if active[key] == nil { active[key] = waiver }
        }
        guard !active.isEmpty else { return findings }
        return findings.map { finding in
            guard finding.status == .open, let element = finding.elementID,
                  let waiver = active[Self.key(rule: finding.ruleID, element: element)] else { return finding }
            var waived = finding
            waived.status = .waived
            waived.waiver = Self.note(waiver)
            return waived
        }
    }

    /// "reason (approved by X, expires D)", as reporters show a waived finding.
    public static func note(_ waiver: RepositoryConfig.Waiver) -> String {
        let expiry = waiver.expires.map { ", expires \($0)" } ?? ""
        return "\(waiver.reason) (approved by \(waiver.approvedBy)\(expiry))"
    }
}
