import EAModel

/// The rule catalogue as users read it: `eaf rules --format json` and `eaf explain`.
public enum RuleCatalogue {
    struct Entry: Encodable {
        var id: String
        var slug: String
        var layer: String
        var defaultSeverity: String
        var summary: String
        var rationale: String
    }

    public static func json(_ rules: [RuleDescription]) -> String {
        JSONText.encode(rules.map {
            Entry(id: $0.id, slug: $0.slug, layer: $0.layer.rawValue, defaultSeverity: $0.defaultSeverity.rawValue,
                  summary: $0.summary, rationale: $0.rationale)
        })
    }

    /// The text `eaf explain` prints: header, rationale, then each example with the
    /// places the rule fires marked `↓`.
    public static func explanation(_ rule: RuleDescription) -> String {
        var out = "\(rule.id) \(rule.slug)\n"
        out += "layer: \(rule.layer.rawValue) · default severity: \(rule.defaultSeverity.rawValue)\n\n"
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
