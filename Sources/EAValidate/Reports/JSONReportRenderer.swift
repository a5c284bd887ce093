import EAModel

/// The conformance report for programs, described by `schemas/eaf-report-1.schema.json`:
/// the same data as the HTML and Markdown reports, keys sorted, lists in report order, so
/// the same input gives the same bytes.
public struct JSONReportRenderer: ConformanceReportRenderer {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        var formatVersion: Int
        var tool: Tool
        var repository: String
        var asOf: String
        var revision: Revision?
        var scope: String?
        var languages: [String]
        var summary: Summary
        var layers: [Layer]
        var rules: [Rule]
        var organisations: [Organisation]
        var unassigned: Group
        var exchanges: [Exchange]
        var elements: [ElementEntry]
        var findings: [Finding]
        var explanations: [Explanation]
        var waivers: [Waiver]
        var method: String
    }

    struct Tool: Encodable {
        var name = "eaf"
        var version = EAF.version
    }

    struct Revision: Encodable {
        var commit: String
        var branch: String?
    }

    struct Checks: Encodable {
        var applicable: Int
        var passed: Int
        var passedWithWaiver: Int
        var failed: Int

        init(_ score: ConformanceScore) {
            applicable = score.applicable
            passed = score.passed
            passedWithWaiver = score.passedWithWaiver
            failed = score.failed
        }
    }

    struct Counts: Encodable {
        var errors: Int
        var warnings: Int
        var info: Int
        var waived: Int
        var baselined: Int

        init(_ counts: FindingCounts) {
            errors = counts.errors
            warnings = counts.warnings
            info = counts.info
            waived = counts.waived
            baselined = counts.baselined
        }
    }

    struct Summary: Encodable {
        var verdict: String
        var score: Double?
        var checks: Checks
        var findings: Counts
        var elements: Int
        var files: Int
        var organisations: Int
        var rules: Int
        var repositoryFindings: Int
    }

    struct Group: Encodable {
        var verdict: String
        var score: Double?
        var checks: Checks
        var findings: Counts
        var elements: Int

        init(_ group: ConformanceGroup) {
            verdict = group.verdict.rawValue
            score = group.score.percentage
            checks = Checks(group.score)
            findings = Counts(group.findings)
            elements = group.elements
        }
    }

    struct Layer: Encodable {
        var layer: String
        var rules: Int
        var score: Double?
        var checks: Checks
        var findings: Counts
    }

    struct Rule: Encodable {
        var id: String
        var slug: String
        var layer: String
        var appliesTo: [String]
        var score: Double?
        var checks: Checks
        var findings: Counts
    }

    struct GCIO: Encodable {
        var name: String
        var position: String?
        var email: String?
    }

    struct Organisation: Encodable {
        var id: String
        var name: JSONValueBox
        var type: String?
        var gcio: GCIO?
        var reference: Bool
        var verdict: String
        var score: Double?
        var checks: Checks
        var findings: Counts
        var elements: Int
        var systems: [System]
    }

    struct System: Encodable {
        var id: String
        var name: JSONValueBox
        var lifecycle: String?
        var verdict: String
        var score: Double?
        var checks: Checks
        var findings: Counts
        var elements: Int
    }

    struct Exchange: Encodable {
        var provider: String
        var consumer: String
        var exchanges: Int
        var entities: [String]
    }

    struct ElementEntry: Encodable {
        var id: String
        var kind: String
        var name: JSONValueBox
        var lifecycle: String?
        var organisation: String?
        var system: String?
        var location: SourceLocation
        var verdict: String
        var score: Double?
        /// Each applicable rule's outcome, by rule id.
        var checks: [String: String]
    }

    struct Explanation: Encodable {
        var id: String
        var slug: String
        var layer: String
        var summary: String
        var rationale: String
    }

    struct Waiver: Encodable {
        var rule: String
        var element: String
        var reason: String
        var approvedBy: String
        var expires: String?
        var state: String
        var accepted: Int
        var location: SourceLocation
    }

    public func render(_ report: ConformanceReport) -> String {
        let conformance = report.conformance
        let overall = conformance.overall.score
        let document = Document(
            formatVersion: Self.formatVersion, tool: Tool(), repository: report.name, asOf: report.asOf.description,
            revision: report.revision.map { Revision(commit: $0.commit, branch: $0.branch) }, scope: conformance.scope,
            languages: report.languages,
            summary: Summary(verdict: conformance.verdict.rawValue, score: overall.percentage, checks: Checks(overall),
                             findings: Counts(conformance.findingCounts), elements: conformance.elements.count, files: report.fileCount,
                             organisations: conformance.organisations.count, rules: conformance.rules.count,
                             repositoryFindings: conformance.unattached.count),
            layers: conformance.layers.map {
                Layer(layer: $0.layer.rawValue, rules: $0.rules, score: $0.score.percentage, checks: Checks($0.score),
                      findings: Counts($0.group.findings))
            },
            rules: conformance.byRule.map {
                Rule(id: $0.rule.id, slug: $0.rule.slug, layer: $0.rule.layer.rawValue, appliesTo: $0.rule.appliesTo.map(\.rawValue).sorted(),
                     score: $0.score.percentage, checks: Checks($0.score), findings: Counts($0.group.findings))
            },
            organisations: conformance.organisations.map(organisation),
            unassigned: Group(conformance.unassigned),
            exchanges: report.organisationsGraph.edges.map { edge in
                Exchange(provider: edge.source, consumer: edge.target, exchanges: edge.weight,
                         entities: (edge.attributes["entities"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                            .filter { !$0.isEmpty })
            },
            elements: conformance.elements.map { element in
                ElementEntry(id: element.id, kind: element.kind.rawValue, name: JSONValueBox(.text(element.name)),
                             lifecycle: element.lifecycle, organisation: element.organisation, system: element.system,
                             location: element.location, verdict: element.score.verdict.rawValue, score: element.score.percentage,
                             checks: Dictionary(element.checks.map { ($0.rule, $0.outcome.rawValue) }, uniquingKeysWith: { first, _ in first }))
            },
            findings: conformance.findings,
            explanations: report.rulesThatFired.map {
                Explanation(id: $0.id, slug: $0.slug, layer: $0.layer.rawValue, summary: $0.summary, rationale: $0.rationale)
            },
            waivers: report.waivers.map { status in
                let waiver = status.waiver
                return Waiver(rule: waiver.rule, element: waiver.element, reason: waiver.reason, approvedBy: waiver.approvedBy,
                              expires: waiver.expires?.description, state: status.state.rawValue, accepted: status.accepted,
                              location: waiver.location)
            },
            method: ReportText.method)
        return JSONText.encode(document)
    }

    private func organisation(_ organisation: OrganisationConformance) -> Organisation {
        let profile = organisation.profile
        return Organisation(
            id: profile.id, name: JSONValueBox(.text(profile.name)), type: profile.type,
            gcio: profile.gcio.map { GCIO(name: $0.name, position: $0.position, email: $0.email) }, reference: profile.isReference,
            verdict: organisation.verdict.rawValue, score: organisation.score.percentage, checks: Checks(organisation.score),
            findings: Counts(organisation.group.findings), elements: organisation.group.elements,
            systems: organisation.systems.map { system in
                System(id: system.id, name: JSONValueBox(.text(system.name)), lifecycle: system.lifecycle, verdict: system.verdict.rawValue,
                       score: system.score.percentage, checks: Checks(system.score), findings: Counts(system.group.findings),
                       elements: system.group.elements)
            })
    }
}
