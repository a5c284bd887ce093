import ArgumentParser
import EAModel
import EAValidate

/// `eaf validate`: check a repository against every rule.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a repository against the interoperability rules.",
        discussion: "Prints every finding at file:line:col. Exit status 1 when a finding is at or above --fail-on.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit, markdown

        /// The reporter; JUnit lists every check, so it takes the run's conformance.
        func reporter(colour: Bool, failOn: Severity?, conformance: () -> Conformance) -> any FindingReporter {
            switch self {
            case .text: TextReporter(colour: colour)
            case .json: JSONReporter()
            case .sarif: SARIFReporter()
            case .junit: JUnitReporter(conformance: conformance(), failOn: failOn)
            case .markdown: MarkdownReporter()
            }
        }
    }

    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
        }
    }

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Fail (exit 1) on findings at or above this severity.")
    var failOn: FailLevel = .error

    @Option(help: "The date to check against (YYYY-MM-DD), so that results can be reproduced.")
    var asOf: LocalDate?

    @Option(help: "Run only this rule (repeatable).")
    var rule: [String] = []

    @Option(help: "Run only rules of this layer (repeatable): \(RuleLayer.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layer: [String] = []

    @Option(help: ArgumentHelp("Report findings recorded in this baseline file as baselined: shown and counted, never failing.",
                               valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record the findings (all but waived ones) in this baseline file, then report them as baselined.",
                               valueName: "file"))
    var writeBaseline: String?

    func validate() throws {
        for id in rule where RuleRegistry.rule(id) == nil {
            throw ValidationError("unknown rule '\(id)'\(Suggestion.hint(for: id, in: RuleRegistry.descriptions.map(\.id))); `eaf rules` lists them")
        }
        for name in layer where RuleLayer(rawValue: name) == nil {
            throw ValidationError("unknown layer '\(name)'; layers are \(RuleLayer.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        // A baseline that cannot be read stops the run before any work, like an unreadable eaf.yaml.
        let accepted: Baseline?
        do {
            accepted = try baseline.map { path throws(BaselineError) in try Baseline.read(path) }
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
        let loaded = try repository.load()
        let asOf = asOf ?? .today
        var options = Validator.Options(asOf: asOf)
        if !rule.isEmpty { options.onlyRules = Set(rule.compactMap { RuleRegistry.rule($0)?.description.id }) }
        if !layer.isEmpty { options.onlyLayers = Set(layer.compactMap(RuleLayer.init(rawValue:))) }
        var validator = Validator(threads: repository.threads ?? System.activeProcessorCount)
        validator.keepsWorkingState = { ProcessLifetime.keep($0) }
        var findings = validator.validate(loaded, options: options)
        if let accepted { findings = accepted.apply(to: findings) }
        if let writeBaseline {
            let written = Baseline(findings: findings)
            try Terminal.emit(written.json, to: writeBaseline)
            Terminal.printError("wrote \(written.findings.count) finding\(written.findings.count == 1 ? "" : "s") to the baseline \(writeBaseline)")
            findings = written.apply(to: findings)
        }
        let report = FindingReport(repository: loaded, findings: findings, asOf: asOf)
        let reporter = format.reporter(colour: output == nil && Terminal.colourOnStandardOutput, failOn: failOn.severity) {
            Conformance(repository: loaded, findings: findings, rules: Validator().rulesThatRun(loaded, options: options))
        }
        let text = reporter.render(report)
        try Terminal.emit(text, to: output)
        if report.fails(at: failOn.severity) { throw ExitCode(1) }
    }
}
