import EAModel
import Foundation

/// The conformance report for programs, described by `schemas/eaf-report-1.schema.json`:
/// the same data as the HTML and Markdown reports, keys sorted, lists in report order, so
/// the same input gives the same bytes.
///
/// Written with `JSONNode` rather than JSONEncoder: one pass over each list of the report,
/// each value written once, so the JSON costs a fraction of the validation it reports on.
public struct JSONReportRenderer: ConformanceReportRenderer {
    public static let formatVersion = 1

    public init() {}

    public func render(_ report: ConformanceReport) -> String {
        let conformance = report.conformance
        return JSONNode.fields([
            "formatVersion": .integer(Self.formatVersion),
            "tool": .fields(["name": .string("eaf"), "version": .string(EAF.version)]),
            "repository": .string(report.name),
            "asOf": .string(report.asOf.description),
            "revision": report.revision.map { .fields(["commit": .string($0.commit), "branch": .optional($0.branch)]) },
            "scope": .optional(conformance.scope),
            "languages": .array(report.languages.map(JSONNode.string)),
            "summary": .fields([
                "verdict": .string(conformance.verdict.rawValue),
                "score": Self.score(conformance.overall.score),
                "checks": Self.checks(conformance.overall.score),
                "findings": Self.counts(conformance.findingCounts),
                "elements": .integer(conformance.elements.count),
                "files": .integer(report.fileCount),
                "organisations": .integer(conformance.organisations.count),
                "rules": .integer(conformance.rules.count),
                "repositoryFindings": .integer(conformance.unattached.count),
            ]),
            "layers": .array(conformance.layers.map { layer in
                .fields(["layer": .string(layer.layer.rawValue), "rules": .integer(layer.rules), "score": Self.score(layer.score),
                         "checks": Self.checks(layer.score), "findings": Self.counts(layer.group.findings)])
            }),
            "rules": .array(conformance.byRule.map { entry in
                .fields(["id": .string(entry.rule.id), "slug": .string(entry.rule.slug), "layer": .string(entry.rule.layer.rawValue),
                         "appliesTo": .array(entry.rule.appliesTo.map(\.rawValue).sorted().map(JSONNode.string)),
                         "score": Self.score(entry.score), "checks": Self.checks(entry.score), "findings": Self.counts(entry.group.findings)])
            }),
            "organisations": .array(conformance.organisations.map(Self.organisation)),
            "unassigned": Self.group(conformance.unassigned),
            "exchanges": .array(report.organisationsGraph.edges.map { edge in
                let entities = (edge.attributes["entities"] ?? "").split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return .fields(["provider": .string(edge.source), "consumer": .string(edge.target), "exchanges": .integer(edge.weight),
                                "entities": .array(entities.map(JSONNode.string))])
            }),
            "elements": .array(conformance.elements.map { element in
                .fields([
                    "id": .string(element.id), "kind": .string(element.kind.rawValue), "name": Self.text(element.name),
                    "lifecycle": .optional(element.lifecycle), "organisation": .optional(element.organisation),
                    "system": .optional(element.system), "location": Self.location(element.location),
                    "verdict": .string(element.score.verdict.rawValue), "score": Self.score(element.score),
                    "checks": .object(element.checks.map { ($0.rule, .string($0.outcome.rawValue)) }),
                ])
            }),
            "findings": .array(conformance.findings.map(Self.finding)),
            "explanations": .array(report.rulesThatFired.map { rule in
                .fields(["id": .string(rule.id), "slug": .string(rule.slug), "layer": .string(rule.layer.rawValue),
                         "summary": .string(rule.summary), "rationale": .string(rule.rationale)])
            }),
            "waivers": .array(report.waivers.map { status in
                let waiver = status.waiver
                return .fields(["rule": .string(waiver.rule), "element": .string(waiver.element), "reason": .string(waiver.reason),
                                "approvedBy": .string(waiver.approvedBy), "expires": .optional(waiver.expires?.description),
                                "state": .string(status.state.rawValue), "accepted": .integer(status.accepted),
                                "location": Self.location(waiver.location)])
            }),
            "method": .string(ReportText.method),
        ]).text
    }

    static func score(_ score: ConformanceScore) -> JSONNode? {
        score.tenthsOfPercent.map(JSONNode.tenths)
    }

    static func checks(_ score: ConformanceScore) -> JSONNode {
        .fields(["applicable": .integer(score.applicable), "passed": .integer(score.passed),
                 "passedWithWaiver": .integer(score.passedWithWaiver), "failed": .integer(score.failed)])
    }

    static func counts(_ counts: FindingCounts) -> JSONNode {
        .fields(["errors": .integer(counts.errors), "warnings": .integer(counts.warnings), "info": .integer(counts.info),
                 "waived": .integer(counts.waived), "baselined": .integer(counts.baselined)])
    }

    static func group(_ group: ConformanceGroup) -> JSONNode {
        .fields(["verdict": .string(group.verdict.rawValue), "score": score(group.score), "checks": checks(group.score),
                 "findings": counts(group.findings), "elements": .integer(group.elements)])
    }

    /// A name as the model writes it: one string, or a string per language.
    static func text(_ text: LocalizedText) -> JSONNode {
        switch text {
        case .plain(let plain): .string(plain)
        case .translations(let map): .object(map.map { ($0.key, .string($0.value)) })
        }
    }

    static func location(_ location: SourceLocation) -> JSONNode {
        .fields(["file": .string(location.file), "line": .integer(location.line), "column": .integer(location.column)])
    }

    /// A finding as `eaf validate --format json` writes it.
    static func finding(_ finding: Finding) -> JSONNode {
        .fields([
            "ruleID": .string(finding.ruleID), "severity": .string(finding.severity.rawValue), "layer": .string(finding.layer.rawValue),
            "message": .string(finding.message), "elementID": .optional(finding.elementID), "location": location(finding.location),
            "related": .array(finding.related.map { .fields(["location": location($0.location), "message": .string($0.message)]) }),
            "fingerprint": .string(finding.fingerprint), "status": .string(finding.status.rawValue), "waiver": .optional(finding.waiver),
        ])
    }

    static func organisation(_ organisation: OrganisationConformance) -> JSONNode {
        let profile = organisation.profile
        return .fields([
            "id": .string(profile.id), "name": text(profile.name), "type": .optional(profile.type),
            "gcio": profile.gcio.map { .fields(["name": .string($0.name), "position": .optional($0.position), "email": .optional($0.email)]) },
            "reference": .boolean(profile.isReference), "verdict": .string(organisation.verdict.rawValue),
            "score": score(organisation.score), "checks": checks(organisation.score), "findings": counts(organisation.group.findings),
            "elements": .integer(organisation.group.elements),
            "systems": .array(organisation.systems.map { system in
                .fields(["id": .string(system.id), "name": text(system.name), "lifecycle": .optional(system.lifecycle),
                         "verdict": .string(system.verdict.rawValue), "score": score(system.score), "checks": checks(system.score),
                         "findings": counts(system.group.findings), "elements": .integer(system.group.elements)])
            }),
        ])
    }
}
