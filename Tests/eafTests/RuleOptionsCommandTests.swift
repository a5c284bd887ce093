import Foundation
import Testing

/// `eaf validate` with --rule, --layer, waivers, --as-of and baselines; `eaf rules` and
/// `eaf explain` for every rule. The CLI run as a process, as CI runs it.
@Suite struct RuleOptionsCommandTests {
    /// An organisation with a GCIO, a production system without hosting (TEC009, a
    /// warning) and a planned system without owner (ORG001, an error).
    static let model = """
        id: cec
        kind: Organisation
        name: Central Election Commission
        gcio: {name: GCIO}
        ---
        id: cec.voter-register
        kind: InformationSystem
        name: Voter register
        owner: cec
        lifecycle: production
        ---
        id: cec.results
        kind: InformationSystem
        name: Results portal
        lifecycle: planned

        """

    private func lines(_ output: String, containing rule: String) -> [Substring] {
        output.split(separator: "\n").filter { $0.contains(" \(rule) ") }
    }

    @Test func ruleRunsOnlyTheNamedRules() throws {
        let repository = try TemporaryRepository(["model/cec.yaml": Self.model])
        let all = try EAFProcess.run(["validate", repository.path, "--as-of", "2026-12-01"])
        #expect(all.status == 1)
        #expect(lines(all.stdout, containing: "TEC009").count == 1 && lines(all.stdout, containing: "ORG001").count == 1, "\(all.stdout)")

        let one = try EAFProcess.run(["validate", repository.path, "--rule", "tec009"])
        #expect(one.status == 0, "a warning does not fail at the default level")
        #expect(lines(one.stdout, containing: "TEC009").count == 1)
        #expect(lines(one.stdout, containing: "ORG001").isEmpty, "\(one.stdout)")

        let two = try EAFProcess.run(["validate", repository.path, "--rule", "TEC009", "--rule", "ORG001"])
        #expect(two.status == 1)
        #expect(lines(two.stdout, containing: "ORG001").count == 1)
    }

    @Test func layerRunsOnlyThatLayer() throws {
        let repository = try TemporaryRepository(["model/cec.yaml": Self.model])
        let technical = try EAFProcess.run(["validate", repository.path, "--layer", "technical", "--format", "json"])
        #expect(technical.stdout.contains("\"ruleID\": \"TEC009\""))
        #expect(!technical.stdout.contains("\"ruleID\": \"ORG001\""))
        let organisational = try EAFProcess.run(["validate", repository.path, "--layer", "organisational"])
        #expect(organisational.status == 1)
        #expect(lines(organisational.stdout, containing: "ORG001").count == 1)
        #expect(lines(organisational.stdout, containing: "TEC009").isEmpty)
    }

    @Test func unknownRuleOrLayerIsAUsageError() throws {
        let rule = try EAFProcess.run(["validate", ".", "--rule", "TEC99"])
        #expect(rule.status == 64)
        #expect(rule.stderr.contains("unknown rule 'TEC99'"), "\(rule.stderr)")
        let layer = try EAFProcess.run(["validate", ".", "--layer", "semantics"])
        #expect(layer.status == 64)
        #expect(layer.stderr.contains("unknown layer 'semantics'"), "\(layer.stderr)")
    }

    @Test func anActiveWaiverKeepsTheRunGreen() throws {
        let repository = try TemporaryRepository([
            "eaf.yaml": "waivers:\n  - {rule: ORG001, element: cec.results, reason: Owner decided by the ICT Council in 2027, approvedBy: scitc, expires: 2027-06-30}\n",
            "model/cec.yaml": Self.model,
        ])
        let result = try EAFProcess.run(["validate", repository.path, "--as-of", "2026-12-01"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(": waived  ORG001 "), "\(result.stdout)")
        #expect(result.stdout.contains("waived: Owner decided by the ICT Council in 2027 (approved by scitc, expires 2027-06-30)"))
        #expect(result.stdout.contains("1 waived"))

        // The day after it expires, the finding fails again and the waiver is reported.
        let expired = try EAFProcess.run(["validate", repository.path, "--as-of", "2027-07-01"])
        #expect(expired.status == 1)
        #expect(lines(expired.stdout, containing: "INT008").first?.contains("eaf.yaml:2:5: warning INT008 waiver for ORG001 on 'cec.results' expired on 2027-06-30") == true,
                "\(expired.stdout)")
    }

    @Test func asOfChangesTheAgreementVerdict() throws {
        let repository = try TemporaryRepository(["model/m.yaml": """
            id: grs
            kind: Organisation
            name: grs
            ---
            id: sf
            kind: Organisation
            name: sf
            ---
            id: agr.grs-sf
            kind: Agreement
            name: Agreement between GRS and the Social Fund
            parties: [grs, sf]
            validUntil: 2027-06-30
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            """])
        let arguments = ["validate", repository.path, "--rule", "ORG004", "--fail-on", "warning", "--as-of"]
        let early = try EAFProcess.run(arguments + ["2026-12-01"])
        #expect(early.status == 0, "\(early.stdout)")
        let soon = try EAFProcess.run(arguments + ["2027-05-01"])
        #expect(soon.status == 1)
        #expect(soon.stdout.contains("m.yaml:13:13: warning ORG004 agreement 'agr.grs-sf' ends on 2027-06-30, in 60 days"), "\(soon.stdout)")
        let late = try EAFProcess.run(arguments + ["2027-07-01"])
        #expect(late.stdout.contains("m.yaml:13:13: error   ORG004 agreement 'agr.grs-sf' ended on 2027-06-30"), "\(late.stdout)")
    }

    @Test func aBaselineAcceptsOldFindingsAndFailsOnNewOnes() throws {
        let repository = try TemporaryRepository(["model/cec.yaml": Self.model])
        let file = repository.path + "/baseline.json"
        let written = try EAFProcess.run(["validate", repository.path, "--write-baseline", file])
        #expect(written.status == 0, "the run that writes the baseline passes")
        #expect(written.stderr == "eaf: wrote 2 findings to the baseline \(file)\n")
        let baseline = try String(contentsOfFile: file, encoding: .utf8)
        #expect(baseline.hasPrefix("{\n  \"findings\": [\n    {\n      \"element\": \"cec.results\",\n"), "\(baseline)")
        #expect(baseline.hasSuffix("  \"version\": 1\n}\n"))

        let unchanged = try EAFProcess.run(["validate", repository.path, "--baseline", file, "--fail-on", "info"])
        #expect(unchanged.status == 0, "\(unchanged.stdout)")
        #expect(unchanged.stdout.contains("2 in baseline"))

        // Moving the systems to another file keeps them accepted; a new system fails.
        try FileManager.default.removeItem(atPath: repository.path + "/model/cec.yaml")
        try repository.write("model/moved/all.yaml", "# moved\n" + Self.model + """
            ---
            id: cec.archive
            kind: InformationSystem
            name: Archive
            lifecycle: planned
            """)
        let moved = try EAFProcess.run(["validate", repository.path, "--baseline", file])
        #expect(moved.status == 1)
        let open = moved.stdout.split(separator: "\n").filter { $0.contains(": error ") || $0.contains(": warning ") }
        #expect(open.count == 1 && open[0].contains("ORG001") && open[0].contains("[cec.archive]"), "\(moved.stdout)")
        #expect(moved.stdout.contains("2 in baseline"))
    }

    @Test func anUnusableBaselineStopsWithStatusTwo() throws {
        let repository = try TemporaryRepository(["model/cec.yaml": Self.model, "bad.json": "[1, 2]"])
        let missing = try EAFProcess.run(["validate", repository.path, "--baseline", repository.path + "/none.json"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("none.json: no such baseline file; write one with `eaf validate --write-baseline"), "\(missing.stderr)")
        let malformed = try EAFProcess.run(["validate", repository.path, "--baseline", repository.path + "/bad.json"])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("bad.json: not an eaf baseline"), "\(malformed.stderr)")
    }

    @Test func everyRuleIsListedAndExplained() throws {
        let listed = try EAFProcess.run(["rules", "--format", "json"])
        #expect(listed.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        let expected = ["INT001", "INT002", "INT003", "INT004", "INT005", "INT006", "INT007", "INT008",
                        "LEG001", "LEG002", "LEG003",
                        "ORG001", "ORG002", "ORG003", "ORG004", "ORG005", "ORG006", "ORG007",
                        "SEM001", "SEM002", "SEM003", "SEM004", "SEM005", "SEM006", "SEM007",
                        "TEC001", "TEC002", "TEC003", "TEC004", "TEC005", "TEC006", "TEC007", "TEC008", "TEC009"]
        #expect(ids == expected)
        for rule in rules {
            for key in ["slug", "layer", "defaultSeverity", "summary", "rationale"] {
                #expect((rule[key] as? String)?.isEmpty == false, "\(rule["id"] ?? "?") lacks \(key)")
            }
        }
        for id in ids {
            let explained = try EAFProcess.run(["explain", id.lowercased()])
            #expect(explained.status == 0, "\(id): \(explained.stderr)")
            #expect(explained.stdout.hasPrefix("\(id) "))
            #expect(explained.stdout.contains("Why: "))
            #expect(explained.stdout.contains("Fires on (↓ marks where) 1:"), "\(id)")
            #expect(explained.stdout.contains("↓"), "\(id)")
            #expect(explained.stdout.contains("Passes 1:"), "\(id)")
        }
        let text = try EAFProcess.run(["rules"])
        #expect(text.stdout.contains("  INT008  warning  expired-or-unused-waiver"), "\(text.stdout)")
        #expect(text.stdout.contains("legal\n  LEG001  error    personal-data-without-legal-basis"), "\(text.stdout)")
    }
}
