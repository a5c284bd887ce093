import EAModel
import Foundation

/// What a conformance report says, whatever its format: the conformance of the
/// repository (or of one organisation's part of it) with the facts around it — the
/// repository's name, the day and commit it was judged at, the waivers, the
/// organisations graph. Built once; each renderer only formats it.
///
/// Everything in it is sorted and nothing depends on the clock but `asOf`, so the same
/// repository, day and commit give the same bytes. The commit is an input (`revision`),
/// so that tests can fix it.
public struct ConformanceReport: Sendable {
    /// The repository's name (eaf.yaml's `name`, else its folder's name).
    public let name: String
    public let asOf: LocalDate
    public let revision: RepositoryRevision?
    public let conformance: Conformance
    /// The languages names are shown in, in order of preference.
    public let languages: [String]
    /// Model files in scope: the repository's (reference folders left out), or those
    /// holding the organisation's elements when the report is narrowed to one.
    public let fileCount: Int
    /// eaf.yaml's waivers (in scope), in file order.
    public let waivers: [WaiverStatus]
    /// Agency-to-agency exchanges (the `organisations` view, focused on the organisation
    /// when narrowed to one), for formats that draw it themselves (Mermaid).
    public let organisationsGraph: GraphView
    /// The same graph as SVG (Graphviz), when the caller could draw it; the HTML report
    /// embeds it.
    public var organisationsSVG: String?
    /// Why there is no SVG (Graphviz missing), for the HTML report to say instead.
    public var organisationsSVGNote: String?

    public init(name: String, asOf: LocalDate, revision: RepositoryRevision?, conformance: Conformance, languages: [String],
                fileCount: Int, waivers: [WaiverStatus], organisationsGraph: GraphView) {
        self.name = name
        self.asOf = asOf
        self.revision = revision
        self.conformance = conformance
        self.languages = languages
        self.fileCount = fileCount
        self.waivers = waivers
        self.organisationsGraph = organisationsGraph
    }

    /// The report of a validated repository, narrowed to `organisation` when given.
    ///
    /// Linear in the model and the findings: conformance groups the findings by element in
    /// one pass, the waivers' states take one more, and narrowing filters each list once.
    ///
    /// - Parameters:
    ///   - findings: the run's findings, waivers applied, in report order.
    ///   - rules: the rules that ran.
    ///   - languages: preferred languages for names, before the repository's own.
    /// - Throws: `ReportScopeError` when `organisation` is no organisation with elements.
    public init(repository: Repository, findings: [Finding], rules: [RuleDescription], asOf: LocalDate,
                revision: RepositoryRevision?, organisation: String? = nil, languages: [String] = [],
                threads: Int = System.activeProcessorCount) throws(ReportScopeError) {
        let labels = languages + repository.config.languages.filter { !languages.contains($0) }
        let builder = GraphViewBuilder(model: repository.model, languages: labels)
        // The organisations graph does not depend on the scores: both are built at once.
        var (full, graph) = Parallel.pair(
            threads: threads,
            { Conformance(repository: repository, findings: findings, rules: rules, threads: threads) },
            { builder.build(.organisations) })
        var conformance = full
        var files = repository.files.filter { !repository.isReference(file: $0) }.count
        var waivers = WaiverStatus.of(repository.config.waivers, findings: findings, asOf: asOf)
        if let organisation {
            guard let narrowed = full.narrowed(to: organisation) else {
                let known = full.organisations.map(\.id)
                throw ReportScopeError(organisation: organisation, suggestion: Suggestion.hint(for: organisation, in: known))
            }
            conformance = narrowed
            graph = (try? graph.focused(on: organisation, depth: 1)) ?? graph
            files = Set(narrowed.elements.map(\.location.file)).count
            waivers = waivers.filter { full.organisations(of: $0.waiver.element).contains(organisation) }
        }
        let name = repository.config.name ?? Self.folderName(repository.root)
        self.init(name: name, asOf: asOf, revision: revision, conformance: conformance, languages: labels, fileCount: files,
                  waivers: waivers, organisationsGraph: graph)
    }

    /// The organisation the report is narrowed to, if any.
    public var scope: OrganisationConformance? {
        conformance.scope.flatMap { id in conformance.organisations.first { $0.id == id } }
    }

    /// Rules that found something in scope (open or accepted), by id: the report explains them.
    public var rulesThatFired: [RuleDescription] {
        var fired = Set<String>()
        for finding in conformance.findings { fired.insert(finding.ruleID) }
        let known = Dictionary(conformance.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return fired.sorted().compactMap { known[$0] ?? RuleRegistry.rule($0)?.description }
    }

    /// An organisation's name in the report's languages (its id when unknown).
    public func organisationLabel(_ id: String) -> String {
        conformance.profiles[id]?.label(languages) ?? id
    }

    /// `file:line:col` of a finding's location, repository-relative.
    public static func place(_ location: SourceLocation) -> String {
        "\(location.file):\(location.line):\(location.column)"
    }

    static func folderName(_ root: String) -> String {
        let name = URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
        return name.isEmpty || name == "/" ? "repository" : name
    }
}

/// `--organisation` names no organisation that any element of the repository counts for.
public struct ReportScopeError: Error, Sendable, CustomStringConvertible {
    public let organisation: String
    public let suggestion: String

    public var description: String {
        "no organisation '\(organisation)' is accountable for elements of this repository\(suggestion); `eaf list --kind Organisation` lists them"
    }
}
