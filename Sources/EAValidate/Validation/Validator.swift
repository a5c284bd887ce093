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
    /// Given what a run worked with (the compiled message schemas and the facts the rules
    /// share) once its findings are made; nil frees it when `validate` returns. A command
    /// that exits right after keeps it instead: freeing it object by object took a
    /// hundredth of a run on 20,000 elements, on one thread while the others waited.
    public var keepsWorkingState: (@Sendable (AnyObject) -> Void)?

    public init(rules: [any Rule.Type] = RuleRegistry.all, threads: Int = System.activeProcessorCount) {
        self.rules = rules
        self.threads = threads
    }

    /// What one run worked with, handed over whole to `keepsWorkingState`.
    private final class WorkingState: Sendable {
        let messageSchemas: MessageSchemaCache
        let facts: SharedFacts
        let found: SharedMemo<Int, [Finding]>

        init(messageSchemas: MessageSchemaCache, facts: SharedFacts, found: SharedMemo<Int, [Finding]>) {
            self.messageSchemas = messageSchemas
            self.facts = facts
            self.found = found
        }
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
        // checked, before they start. One thread gathers the declared messages and resolves
        // their paths while the others start on the rules that read neither; the rules that
        // read paths, then the schemas go before the rules still waiting, and the message
        // rules once every schema is done, so that the last rules fill each thread's last
        // gap. (Run as passes one after the other, each pass ended with one thread idle,
        // and the gathering ran alone.)
        let readers = running.indices.filter { type(of: running[$0].rule).readsMessageSchemas }
        let pathReaders = readers.isEmpty ? [] : running.indices.filter {
            !type(of: running[$0].rule).readsMessageSchemas && type(of: running[$0].rule).readsModelPaths
        }
        let unread = running.indices.filter { !readers.contains($0) && !pathReaders.contains($0) }
        let planned = running
        let found = SharedMemo<Int, [Finding]>()
        func checking(_ index: Int) -> WorkQueue.Item {
            { _ in found.store(planned[index].rule.check(planned[index].context), for: index) }
        }
        let queue = WorkQueue()
        if let first = readers.first {
            let context = planned[first].context
            let reading = readers.map(checking)
            let readingPaths = pathReaders.map(checking)
            queue.add([{ queue in
                let jobs = messageSchemas.jobs(for: DeclaredMessage.all(in: context))
                queue.add(readingPaths, urgent: true)
                let compiling = jobs.map { job -> WorkQueue.Item in
                    { _ in messageSchemas.keep(messageSchemas.digest(job), for: job) }
                }
                queue.add(compiling, urgent: true, then: reading)
            }], urgent: true)
        }
        queue.add(unread.map(checking))
        queue.run(threads: threads)
        let results = running.indices.map { found[$0] ?? [] }
        keepsWorkingState?(WorkingState(messageSchemas: messageSchemas, facts: facts, found: found))
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
