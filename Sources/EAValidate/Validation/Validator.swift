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
    /// Threads the rules run on; each rule reads the model alone, so they run side by side.
    public let threads: Int

    public init(rules: [any Rule.Type] = RuleRegistry.all, threads: Int = System.activeProcessorCount) {
        self.rules = rules
        self.threads = threads
    }

    public func validate(_ repository: Repository, options: Options = Options()) -> [Finding] {
        let descriptions = rules.map { $0.description }
        let settings = RuleSettings(repository.config, rules: descriptions)
        var findings: [Finding] = []
        let messageSchemas = MessageSchemaCache(repository: repository)
        let facts = SharedFacts(model: repository.model)
        var ran = Set<String>()
        var afterwards: [(rule: any FindingsRule, context: RuleContext, severity: Severity)] = []
        func keep(_ found: [Finding], _ description: RuleDescription, at severity: Severity) {
            for var finding in found where !repository.isReference(file: finding.location.file) {
                finding.severity = Self.level(finding.severity, default: description.defaultSeverity, configured: severity)
                findings.append(finding)
            }
        }
        var running: [(rule: any Rule, context: RuleContext, severity: Severity)] = []
        for rule in rules {
            let description = rule.description
            guard Self.selects(description, options), let severity = settings.severity(of: description.id) else { continue }
            ran.insert(description.id)
            let context = RuleContext(repository: repository, asOf: options.asOf, rule: description, messageSchemas: messageSchemas, facts: facts)
            let instance = rule.init()
            if rule.judgesFindings, let findingsRule = instance as? any FindingsRule {
                afterwards.append((findingsRule, context, severity))
            } else {
                running.append((instance, context, severity))
            }
        }
        // The message rules read the same schemas: each is compiled once, with its examples
        // checked, before they start. The schemas share one pool with the rules that read
        // none, the rules first: the many small schemas fill each thread's last gap, where
        // a pool of rules alone left one thread idle while the other finished its last rule.
        let readers = running.indices.filter { type(of: running[$0].rule).readsMessageSchemas }
        let unread = running.indices.filter { !type(of: running[$0].rule).readsMessageSchemas }
        let jobs = readers.first.map { messageSchemas.jobs(for: DeclaredMessage.all(in: running[$0].context, threads: threads), threads: threads) } ?? []
        let planned = running
        let pooled = Parallel.map(unread.count + jobs.count, threads: threads) { index -> Pooled in
            if index < unread.count { return .findings(planned[unread[index]].rule.check(planned[unread[index]].context)) }
            return .digest(messageSchemas.digest(jobs[index - unread.count]))
        }
        var results = [[Finding]](repeating: [], count: running.count)
        for (index, outcome) in pooled.enumerated() {
            switch outcome {
            case .findings(let found): results[unread[index]] = found
            case .digest(let digest): messageSchemas.keep(digest, for: jobs[index - unread.count])
            }
        }
        let read = Parallel.map(readers.count, threads: threads) { index in
            planned[readers[index]].rule.check(planned[readers[index]].context)
        }
        for (index, found) in zip(readers, read) { results[index] = found }
        // Kept in registry order whatever the scheduling; findings are sorted at the end anyway.
        for (index, found) in results.enumerated() {
            keep(found, planned[index].context.rule, at: planned[index].severity)
        }
        if options.onlyRules?.contains("INT002") ?? true, options.onlyLayers?.contains(.integrity) ?? true,
           let severity = settings.severity(of: "INT002") {
            for problem in settings.problems {
                findings.append(Finding(ruleID: "INT002", severity: severity, layer: .integrity, message: problem.message,
                                        elementID: nil, location: problem.location, subject: problem.message))
            }
        }
        findings = Waivers(repository.config.waivers, asOf: options.asOf).apply(to: findings)
        // Rules about findings (INT008) see everything else, waivers applied.
        let others = findings
        for (rule, context, severity) in afterwards {
            keep(rule.check(context, findings: others, ran: ran), context.rule, at: severity)
        }
        return findings.sorted(by: Finding.sortedOrder)
    }

    /// What one item of the shared pool gave: a rule's findings or a schema's digest.
    private enum Pooled: Sendable {
        case findings([Finding])
        case digest(Result<SchemaDigest, SchemaFailure>)
    }

    /// The rules a run with these options checks the repository against: those `--rule`
    /// and `--layer` select and `eaf.yaml` does not turn off, sorted by id. Conformance
    /// scores count checks of these rules only.
    public func rulesThatRun(_ repository: Repository, options: Options = Options()) -> [RuleDescription] {
        let descriptions = rules.map { $0.description }
        let settings = RuleSettings(repository.config, rules: descriptions)
        return descriptions.filter { Self.selects($0, options) && settings.severity(of: $0.id) != nil }.sorted { $0.id < $1.id }
    }

    private static func selects(_ rule: RuleDescription, _ options: Options) -> Bool {
        if let only = options.onlyRules, !only.contains(rule.id) { return false }
        if let layers = options.onlyLayers, !layers.contains(rule.layer) { return false }
        return true
    }

    /// The severity a finding is reported at. A rule may lower its own default for a
    /// finding (ORG004 warns before an agreement ends, TEC002 warns on a deprecated
    /// standard); the configured level replaces the default and caps the others, so that
    /// `TEC002: info` makes every TEC002 finding info while `TEC002: error` keeps the
    /// warnings that the rule chose.
    static func level(_ severity: Severity, default defaultSeverity: Severity, configured: Severity) -> Severity {
        severity == defaultSeverity ? configured : min(severity, configured)
    }
}
