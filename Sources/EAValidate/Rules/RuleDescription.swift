import EAModel

/// Everything about a rule but its check: what `eaf rules` lists, what `eaf explain`
/// prints, and the examples that are the rule's tests.
public struct RuleDescription: Sendable {
    public let id: String
    public let slug: String
    public let layer: RuleLayer
    public let defaultSeverity: Severity
    /// The kinds of element the rule checks: every element of these kinds is checked by
    /// it, and passes when the rule finds nothing on it. Conformance scores count one
    /// check per element and applicable rule. Empty for rules about the repository
    /// rather than its elements (INT001 about files, INT008 about eaf.yaml's waivers).
    public let appliesTo: [Kind]
    public let summary: String
    /// Which interoperability principle the rule serves, and why it matters.
    public let rationale: String
    /// Repositories on which the rule must fire, at every marked place and nowhere else.
    public let triggeringExamples: [RuleExample]
    /// Repositories on which the rule must stay silent.
    public let nonTriggeringExamples: [RuleExample]

    public init(id: String, slug: String, layer: RuleLayer, defaultSeverity: Severity, appliesTo: [Kind] = [],
                summary: String, rationale: String, triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.slug = slug
        self.layer = layer
        self.defaultSeverity = defaultSeverity
        self.appliesTo = appliesTo
        self.summary = summary
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// Whether the rule checks elements of this kind.
    public func applies(to kind: Kind) -> Bool {
        appliesTo.contains(kind)
    }

    /// Whether the rule is about the repository (files, eaf.yaml) rather than its elements.
    public var isRepositoryLevel: Bool { appliesTo.isEmpty }
}

/// A small repository written inline: file paths and their text. In a triggering
/// example, `↓` marks each place a finding must point at (the marker is removed before
/// the files are written). `file` and `line` record where the example is declared, so a
/// failing example points at itself.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public let files: [(path: String, text: String)]
    public let declaredIn: String
    public let declaredAt: Int

    public init(_ files: KeyValuePairs<String, String>, file: StaticString = #filePath, line: UInt = #line) {
        self.files = files.map { ($0.key, $0.value) }
        self.declaredIn = "\(file)"
        self.declaredAt = Int(line)
    }

    /// A one-file example in `model.yaml`.
    public init(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        self.init(["model.yaml": text], file: file, line: line)
    }
}
