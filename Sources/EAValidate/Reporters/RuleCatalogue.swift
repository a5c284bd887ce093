import EAModel

/// The rule catalogue as users read it: `eaf rules --format json` and `eaf explain`.
public enum RuleCatalogue {
    struct Entry: Encodable {
        var id: String
        var slug: String
        var layer: String
        var defaultSeverity: String
        var appliesTo: [String]
        var summary: String
        var rationale: String
    }

    public static func json(_ rules: [RuleDescription]) -> String {
        JSONText.encode(rules.map {
            Entry(id: $0.id, slug: $0.slug, layer: $0.layer.rawValue, defaultSeverity: $0.defaultSeverity.rawValue,
                  appliesTo: $0.appliesTo.map(\.rawValue).sorted(), summary: $0.summary, rationale: $0.rationale)
        })
    }

    /// What a rule checks, in words: "every element", "Exchange, Agreement", or the repository.
    public static func checkedKinds(_ rule: RuleDescription) -> String {
        if rule.isRepositoryLevel { return "the repository (files and eaf.yaml), not single elements" }
        if Set(rule.appliesTo) == Set(Kind.allCases) { return "every element" }
        return "every " + rule.appliesTo.map(\.rawValue).sorted().joined(separator: ", ")
    }

    /// The text `eaf explain` prints: header, rationale, then each example with the
    /// places the rule fires marked `↓`.
    public static func explanation(_ rule: RuleDescription) -> String {
        var out = "\(rule.id) \(rule.slug)\n"
        out += "layer: \(rule.layer.rawValue) · default severity: \(rule.defaultSeverity.rawValue)\n"
        out += "checks: \(checkedKinds(rule))\n\n"
        out += rule.summary + "\n\n"
        out += "Why: " + rule.rationale + "\n"
        func render(_ examples: [RuleExample], _ title: String) {
            for (index, example) in examples.enumerated() {
                out += "\n\(title) \(index + 1):\n"
                for file in example.files {
                    if example.files.count > 1 || file.path != "model.yaml" { out += "  # \(file.path)\n" }
                    for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        out += "  \(line)\n"
                    }
                }
            }
        }
        render(rule.triggeringExamples, "Fires on (↓ marks where)")
        render(rule.nonTriggeringExamples, "Passes")
        return out
    }
}
