import EAModel

/// The conformance report for programs, described by `schemas/eaf-report-1.schema.json`:
/// the same data as the HTML and Markdown reports, keys sorted, lists in report order, so
/// the same input gives the same bytes.
///
/// Written with `JSONStream`, one pass over each list of the report and each value
/// written once, so the JSON costs a fraction of the validation it reports on. Keys are
/// written in sorted order by hand (debug builds check it).
public struct JSONReportRenderer: ConformanceReportRenderer {
    public static let formatVersion = 1

    /// Threads the long lists (elements, findings) are written on.
    public var threads: Int

    public init(threads: Int = System.activeProcessorCount) {
        self.threads = threads
    }

    public func render(_ report: ConformanceReport) -> String {
        String(decoding: Array(pieces(report).joined()), as: UTF8.self)
    }

    public func output(_ report: ConformanceReport) -> RenderedOutput { .pieces(pieces(report)) }

    private func pieces(_ report: ConformanceReport) -> [[UInt8]] {
        let conformance = report.conformance
        // Room for what is written on this thread: the long lists (elements, findings,
        // organisations) are written on all threads into pieces of their own.
        var json = JSONStream(capacity: 1 << 16 + report.organisationsGraph.edges.count * 256)
        json.object { json in
            json.string("asOf", report.asOf.description)
            json.key("elements")
            json.array(conformance.elements, threads: threads) { json, element in
                json.object { json in
                    json.key("checks")
                    json.object { json in
                        for check in element.checks { json.string(check.rule, check.outcome.rawValue) }
                    }
                    json.string("id", element.id)
                    json.string("kind", element.kind.rawValue)
                    json.string("lifecycle", element.lifecycle)
                    json.key("location")
                    Self.location(element.location, &json)
                    json.key("name")
                    Self.text(element.name, &json)
                    json.key("organisations")
                    json.strings(element.organisations)
                    json.tenths("score", element.score.tenthsOfPercent)
                    json.string("system", element.system)
                    json.string("verdict", element.score.verdict.rawValue)
                }
            }
            json.key("exchanges")
            json.array(report.organisationsGraph.edges) { json, edge in
                let entities = Self.items(of: edge.attributes["entities"])
                json.object { json in
                    json.string("consumer", edge.target)
                    json.key("entities")
                    json.strings(entities)
                    json.integer("exchanges", edge.weight)
                    json.string("provider", edge.source)
                }
            }
            json.key("explanations")
            json.array(report.rulesThatFired) { json, rule in
                json.object { json in
                    json.string("id", rule.id)
                    json.string("layer", rule.layer.rawValue)
                    json.string("rationale", rule.rationale)
                    json.string("slug", rule.slug)
                    json.string("summary", rule.summary)
                }
            }
            json.key("findings")
            json.array(conformance.findings, threads: threads) { json, finding in Self.finding(finding, &json) }
            json.integer("formatVersion", Self.formatVersion)
            json.key("languages")
            json.strings(report.languages)
            json.key("layers")
            json.array(conformance.layers) { json, layer in
                json.object { json in
                    json.key("checks")
                    Self.checks(layer.score, &json)
                    json.key("findings")
                    Self.counts(layer.group.findings, &json)
                    json.string("layer", layer.layer.rawValue)
                    json.integer("rules", layer.rules)
                    json.tenths("score", layer.score.tenthsOfPercent)
                }
            }
            json.string("method", ReportText.method)
            json.key("organisations")
            json.array(conformance.organisations, threads: threads) { json, organisation in Self.organisation(organisation, &json) }
            json.string("repository", report.name)
            if let revision = report.revision {
                json.key("revision")
                json.object { json in
                    json.string("branch", revision.branch)
                    json.string("commit", revision.commit)
                }
            }
            json.key("rules")
            json.array(conformance.byRule) { json, entry in
                json.object { json in
                    json.key("appliesTo")
                    json.strings(entry.rule.appliesTo.map(\.rawValue).sorted())
                    json.key("checks")
                    Self.checks(entry.score, &json)
                    json.key("findings")
                    Self.counts(entry.group.findings, &json)
                    json.string("id", entry.rule.id)
                    json.string("layer", entry.rule.layer.rawValue)
                    json.tenths("score", entry.score.tenthsOfPercent)
                    json.string("slug", entry.rule.slug)
                }
            }
            json.string("scope", conformance.scope)
            json.key("summary")
            json.object { json in
                json.key("checks")
                Self.checks(conformance.overall.score, &json)
                json.integer("elements", conformance.elements.count)
                json.integer("files", report.fileCount)
                json.key("findings")
                Self.counts(conformance.findingCounts, &json)
                json.integer("organisations", conformance.organisations.count)
                json.integer("repositoryFindings", conformance.unattached.count)
                json.integer("rules", conformance.rules.count)
                json.tenths("score", conformance.overall.score.tenthsOfPercent)
                json.string("verdict", conformance.verdict.rawValue)
            }
            json.key("tool")
            json.object { json in
                json.string("name", "eaf")
                json.string("version", EAF.version)
            }
            json.key("unassigned")
            Self.group(conformance.unassigned, &json)
            json.key("waivers")
            json.array(report.waivers) { json, status in
                let waiver = status.waiver
                json.object { json in
                    json.integer("accepted", status.accepted)
                    json.string("approvedBy", waiver.approvedBy)
                    json.string("element", waiver.element)
                    json.string("expires", waiver.expires?.description)
                    json.key("location")
                    Self.location(waiver.location, &json)
                    json.string("reason", waiver.reason)
                    json.string("rule", waiver.rule)
                    json.string("state", status.state.rawValue)
                }
            }
        }
        return json.finish()
    }

    /// The items of an attribute the graph builder joined with ", " (ids), without the
    /// blanks around them. (Foundation's `trimmingCharacters` cost 20,000 instructions an
    /// item, a quarter of writing the report's exchanges.)
    static func items(of joined: String?) -> [String] {
        guard let joined else { return [] }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        return joined.utf8.split(separator: UInt8(ascii: ",")).compactMap { item in
            guard let first = item.firstIndex(where: { !isBlank($0) }), let last = item.lastIndex(where: { !isBlank($0) }) else { return nil }
            return String(Substring(item[first...last]))
        }
    }

    static func checks(_ score: ConformanceScore, _ json: inout JSONStream) {
        json.object { json in
            json.integer("applicable", score.applicable)
            json.integer("failed", score.failed)
            json.integer("passed", score.passed)
            json.integer("passedWithWaiver", score.passedWithWaiver)
        }
    }

    static func counts(_ counts: FindingCounts, _ json: inout JSONStream) {
        json.object { json in
            json.integer("baselined", counts.baselined)
            json.integer("errors", counts.errors)
            json.integer("info", counts.info)
            json.integer("waived", counts.waived)
            json.integer("warnings", counts.warnings)
        }
    }

    static func group(_ group: ConformanceGroup, _ json: inout JSONStream) {
        json.object { json in
            json.key("checks")
            checks(group.score, &json)
            json.integer("elements", group.elements)
            json.key("findings")
            counts(group.findings, &json)
            json.tenths("score", group.score.tenthsOfPercent)
            json.string("verdict", group.verdict.rawValue)
        }
    }

    /// A name as the model writes it: one string, or a string per language.
    static func text(_ text: LocalizedText, _ json: inout JSONStream) {
        switch text {
        case .plain(let plain):
            json.string(plain)
        case .translations(let map):
            json.object { json in
                for entry in map { json.string(entry.language, entry.text) }
            }
        }
    }

    static func location(_ location: SourceLocation, _ json: inout JSONStream) {
        json.object { json in
            json.integer("column", location.column)
            json.string("file", location.file)
            json.integer("line", location.line)
        }
    }

    /// A finding as `eaf validate --format json` writes it.
    static func finding(_ finding: Finding, _ json: inout JSONStream) {
        json.object { json in
            json.string("elementID", finding.elementID)
            json.string("fingerprint", finding.fingerprint)
            json.string("layer", finding.layer.rawValue)
            json.key("location")
            location(finding.location, &json)
            json.string("message", finding.message)
            json.key("related")
            json.array(finding.related) { json, related in
                json.object { json in
                    json.key("location")
                    location(related.location, &json)
                    json.string("message", related.message)
                }
            }
            json.string("ruleID", finding.ruleID)
            json.string("severity", finding.severity.rawValue)
            json.string("status", finding.status.rawValue)
            json.string("waiver", finding.waiver)
        }
    }

    static func organisation(_ organisation: OrganisationConformance, _ json: inout JSONStream) {
        let profile = organisation.profile
        json.object { json in
            json.key("checks")
            checks(organisation.score, &json)
            json.integer("elements", organisation.group.elements)
            json.key("findings")
            counts(organisation.group.findings, &json)
            if let gcio = profile.gcio {
                json.key("gcio")
                json.object { json in
                    json.string("email", gcio.email)
                    json.string("name", gcio.name)
                    json.string("position", gcio.position)
                }
            }
            json.string("id", profile.id)
            json.key("name")
            text(profile.name, &json)
            json.key("reference")
            json.boolean(profile.isReference)
            json.tenths("score", organisation.score.tenthsOfPercent)
            json.key("systems")
            json.array(organisation.systems) { json, system in
                json.object { json in
                    json.key("checks")
                    checks(system.score, &json)
                    json.integer("elements", system.group.elements)
                    json.key("findings")
                    counts(system.group.findings, &json)
                    json.string("id", system.id)
                    json.string("lifecycle", system.lifecycle)
                    json.key("name")
                    text(system.name, &json)
                    json.tenths("score", system.score.tenthsOfPercent)
                    json.string("verdict", system.verdict.rawValue)
                }
            }
            json.string("type", profile.type)
            json.string("verdict", organisation.verdict.rawValue)
        }
    }
}
