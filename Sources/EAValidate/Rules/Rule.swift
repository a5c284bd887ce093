import EAModel

/// A check over the indexed model. One rule is one file: a static description with its
/// examples, and `check`, which returns findings through the context's helpers.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Whether the rule reads message schemas: true exactly for `MessageSchemaRule`s.
    /// Asked instead of a dynamic cast, whose first use for each rule scans every
    /// conformance in the program (about 4 ms a run for the catalogue).
    static var readsMessageSchemas: Bool { get }
    /// Whether the rule judges the other rules' findings: true exactly for `FindingsRule`s.
    static var judgesFindings: Bool { get }
    /// Whether the rule resolves the model's paths (schemas, examples): it then runs after
    /// the messages' paths are resolved in one batch, and finds them remembered instead of
    /// resolving them again beside that batch.
    static var readsModelPaths: Bool { get }
    init()
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public static var readsMessageSchemas: Bool { false }
    public static var judgesFindings: Bool { false }
    public static var readsModelPaths: Bool { false }
}

/// What a rule reads: the loaded repository, the model graph, the settings of this run.
public struct RuleContext: Sendable {
    public let repository: Repository
    /// "Today" for dates (agreements, waivers): `--as-of` or the current date.
    public let asOf: LocalDate
    /// The rule being run; `finding` fills in its id, layer and severity.
    public let rule: RuleDescription
    /// Message schemas compiled once per run, shared by the rules that read them.
    public let messageSchemas: MessageSchemaCache
    /// What several rules derive from the model, derived once per run.
    let facts: SharedFacts

    public init(repository: Repository, asOf: LocalDate, rule: RuleDescription, messageSchemas: MessageSchemaCache? = nil) {
        self.init(repository: repository, asOf: asOf, rule: rule,
                  messageSchemas: messageSchemas ?? MessageSchemaCache(repository: repository), facts: SharedFacts(model: repository.model))
    }

    init(repository: Repository, asOf: LocalDate, rule: RuleDescription, messageSchemas: MessageSchemaCache, facts: SharedFacts) {
        self.repository = repository
        self.asOf = asOf
        self.rule = rule
        self.messageSchemas = messageSchemas
        self.facts = facts
    }

    public var model: Model { repository.model }
    public var config: RepositoryConfig { repository.config }

    /// A finding of the running rule. `subject` says what inside the element it is
    /// about, so the fingerprint stays the same when the element moves.
    public func finding(_ message: String, element: String?, at location: SourceLocation,
                        related: [Finding.Related] = [], subject: String = "", severity: Severity? = nil) -> Finding {
        Finding(ruleID: rule.id, severity: severity ?? rule.defaultSeverity, layer: rule.layer, message: message,
                elementID: element, location: location, related: related, subject: subject)
    }

    /// A finding about a whole element, at its id.
    public func finding(_ message: String, on element: Element, related: [Finding.Related] = [],
                        subject: String = "", severity: Severity? = nil) -> Finding {
        finding(message, element: element.id, at: element.location, related: related, subject: subject, severity: severity)
    }

    /// Elements of a kind that are reported on (read from the model folders, not reference).
    public func elements(of kind: Kind) -> [Element] {
        model.elements(of: kind, includingReference: false)
    }
}
