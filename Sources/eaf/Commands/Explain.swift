import ArgumentParser
import EAModel
import EAValidate

/// `eaf explain ID`: what a rule checks, why, and its examples.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: summary, rationale, default severity and examples.")

    @Argument(help: "The rule id, e.g. INT004.")
    var rule: String

    func run() throws {
        guard let found = RuleRegistry.rule(rule) else {
            let hint = Suggestion.hint(for: rule, in: RuleRegistry.descriptions.map(\.id))
            throw ValidationError("unknown rule '\(rule)'\(hint); `eaf rules` lists them")
        }
        try Terminal.emit(RuleCatalogue.explanation(found.description), to: nil)
    }
}
