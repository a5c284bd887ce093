import ArgumentParser
import EAValidate

/// `eaf rules`: the rule catalogue, grouped by layer.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules, grouped by layer.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        let rules = RuleRegistry.descriptions
        switch format {
        case .text:
            var out = ""
            // The slug column fits the longest slug, so summaries line up.
            let slugWidth = rules.map(\.slug.count).max() ?? 0
            for layer in RuleLayer.allCases {
                let inLayer = rules.filter { $0.layer == layer }
                guard !inLayer.isEmpty else { continue }
                out += "\(layer.rawValue)\n"
                for rule in inLayer {
                    out += "  \(rule.id)  \(rule.defaultSeverity.rawValue.padding(7))  \(rule.slug.padding(slugWidth))  \(rule.summary)\n"
                }
            }
            try Terminal.emit(out, to: nil)
        case .json:
            try Terminal.emit(RuleCatalogue.json(rules), to: nil)
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
