import EAModel

/// The severity each rule runs at, after `eaf.yaml`'s `rules:` settings: a setting for a
/// rule id beats one for its layer, which beats the rule's default (nearest scope wins).
public struct RuleSettings: Sendable {
    /// The level a rule runs at; `nil` when it is turned off.
    public private(set) var levels: [String: Severity?] = [:]
    /// Settings that name no rule or layer, or no level, as findings of INT002.
    public private(set) var problems: [(message: String, location: SourceLocation)] = []

    public init(_ config: RepositoryConfig, rules: [RuleDescription]) {
        var byRule: [String: Severity?] = [:]
        var byLayer: [RuleLayer: Severity?] = [:]
        let ids = rules.map(\.id)
        for setting in config.rules {
            let level: Severity??
            switch setting.level.lowercased() {
            case "off": level = .some(nil)
            default: level = Severity(rawValue: setting.level.lowercased()).map { .some($0) }
            }
            guard let level else {
                problems.append(("rule setting '\(setting.scope): \(setting.level)' must be error, warning, info or off", setting.location))
                continue
            }
            if let layer = RuleLayer(rawValue: setting.scope.lowercased()) {
                byLayer[layer] = level
            } else if let id = ids.first(where: { $0.lowercased() == setting.scope.lowercased() }) {
                byRule[id] = level
            } else {
                let hint = Suggestion.hint(for: setting.scope, in: ids + RuleLayer.allCases.map(\.rawValue))
                problems.append(("unknown rule or layer '\(setting.scope)' in eaf.yaml\(hint); `eaf rules` lists them", setting.location))
            }
        }
        for rule in rules {
            levels[rule.id] = byRule[rule.id] ?? byLayer[rule.layer] ?? .some(rule.defaultSeverity)
        }
    }

    /// The severity the rule runs at, or nil when it is off.
    public func severity(of rule: String) -> Severity? {
        levels[rule] ?? nil
    }
}
