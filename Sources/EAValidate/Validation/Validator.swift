import EAModel

/// Runs the rules over a loaded repository and returns the findings users see: at the
/// configured severities, without findings about reference material, in a fixed order.
public struct Validator: Sendable {
    /// What to run and against which day.
    public struct Options: Sendable {
        public var asOf: LocalDate
        /// Only these rule ids (nil: all).
        public var onlyRules: Set<String>?
        /// Only rules of these layers (nil: all).
        public var onlyLayers: Set<RuleLayer>?

        public init(asOf: LocalDate = .today, onlyRules: Set<String>? = nil, onlyLayers: Set<RuleLayer>? = nil) {
            self.asOf = asOf
            self.onlyRules = onlyRules
            self.onlyLayers = onlyLayers
        }
    }

    public let rules: [any Rule.Type]

    public init(rules: [any Rule.Type] = RuleRegistry.all) {
        self.rules = rules
    }

    public func validate(_ repository: Repository, options: Options = Options()) -> [Finding] {
        let descriptions = rules.map { $0.description }
        let settings = RuleSettings(repository.config, rules: descriptions)
        var findings: [Finding] = []
        let messageSchemas = MessageSchemaCache(repository: repository)
        for rule in rules {
            let description = rule.description
            if let only = options.onlyRules, !only.contains(description.id) { continue }
            if let layers = options.onlyLayers, !layers.contains(description.layer) { continue }
            guard let severity = settings.severity(of: description.id) else { continue }
            let context = RuleContext(repository: repository, asOf: options.asOf, rule: description, messageSchemas: messageSchemas)
            for var finding in rule.init().check(context) where !repository.isReference(file: finding.location.file) {
                // A rule may lower its own default for a finding (ORG004 warns before an
                // agreement ends); a configured level replaces the default, not that choice.
                if finding.severity == description.defaultSeverity { finding.severity = severity }
                findings.append(finding)
            }
        }
        if options.onlyRules?.contains("INT002") ?? true, options.onlyLayers?.contains(.integrity) ?? true,
           let severity = settings.severity(of: "INT002") {
            for problem in settings.problems {
                findings.append(Finding(ruleID: "INT002", severity: severity, layer: .integrity, message: problem.message,
                                        elementID: nil, location: problem.location, subject: problem.message))
            }
        }
        return findings.sorted(by: Finding.sortedOrder)
    }
}
