import EAModel
@testable import EAValidate
import Foundation
import Testing

/// Baselines: accepted findings by fingerprint; fingerprints survive moving elements.
@Suite struct BaselineTests {
    static let organisation = Fragment.organisation("cec")

    @Test func aBaselineHidesOldFindingsAndStillFailsOnANewOne() throws {
        let repository = try ScratchRepository([
            "model/org.yaml": Self.organisation,
            "model/systems.yaml": Fragment.unhostedSystem("cec.voter-register", owner: "cec"),
        ])
        let before = try repository.validate()
        #expect(before.of("TEC009").count == 1, "\(before.summary)")
        let baseline = Baseline(findings: before)

        // Unchanged repository: everything baselined, nothing fails even on info.
        let again = baseline.apply(to: try repository.validate())
        #expect(again.allSatisfy { $0.status == .baselined })
        #expect(!FindingReport(repository: try repository.load(), findings: again, asOf: ScratchRepository.asOf).fails(at: .info))

        // A new problem: a system without owner (ORG001, an error) and without hosting.
        try repository.write(["model/new.yaml": """
            id: cec.results
            kind: InformationSystem
            name: Results portal
            lifecycle: production
            """])
        let after = baseline.apply(to: try repository.validate())
        let open = after.filter { $0.status == .open }
        #expect(open.map(\.elementID) == ["cec.results", "cec.results"], "\(after.summary)")
        #expect(Set(open.map(\.ruleID)) == ["ORG001", "TEC009"])
        #expect(after.filter { $0.status == .baselined }.map(\.elementID) == ["cec.voter-register"])
        #expect(FindingReport(repository: try repository.load(), findings: after, asOf: ScratchRepository.asOf).fails(at: .error))
    }

    @Test func fingerprintsSurviveMovingAnElementToAnotherFileAndLine() throws {
        let system = Fragment.unhostedSystem("cec.voter-register", owner: "cec") + "dependsOn: [cec.missing]\nholds: [{entity: cec.voter, role: copy}]\n"
        let entity = "id: cec.voter\nkind: DataEntity\nname: Voter\nowner: cec\n"
        let first = try ScratchRepository([
            "model/a.yaml": Self.organisation + Fragment.separator + system + Fragment.separator + entity,
        ])
        let second = try ScratchRepository([
            "model/a.yaml": Self.organisation,
            "model/deeper/b.yaml": "# moved here\n\n" + entity + Fragment.separator + system,
        ])
        let before = try first.validate()
        let after = try second.validate()
        #expect(before.count >= 3, "\(before.summary)")
        #expect(Set(before.map(\.location)) != Set(after.map(\.location)))
        #expect(Set(before.map(\.fingerprint)) == Set(after.map(\.fingerprint)), "before: \(before.summary)\nafter: \(after.summary)")
        let baselined = Baseline(findings: before).apply(to: after)
        #expect(baselined.allSatisfy { $0.status == .baselined }, "\(baselined.summary)")
    }

    @Test func theFileIsSortedJSONAndReadsBack() throws {
        let repository = try ScratchRepository([
            "model/a.yaml": Fragment.unhostedSystem("cec.b", owner: "cec") + Fragment.separator + Fragment.unhostedSystem("cec.a", owner: "cec")
                + Fragment.separator + Self.organisation,
        ])
        let baseline = Baseline(findings: try repository.validate())
        #expect(baseline.version == 1)
        #expect(baseline.findings.map(\.element) == ["cec.a", "cec.b"])
        #expect(baseline.json.hasPrefix("{\n  \"findings\": [\n    {\n      \"element\": \"cec.a\",\n      \"fingerprint\": "))
        #expect(try Baseline.parse(Array(baseline.json.utf8), file: "b.json") == baseline)
    }

    @Test func waivedFindingsAreNotWritten() throws {
        let repository = try ScratchRepository([
            "eaf.yaml": "waivers:\n  - {rule: TEC009, element: cec.a, reason: r, approvedBy: scitc, expires: 2030-01-01}\n",
            "model/a.yaml": Self.organisation + Fragment.separator + Fragment.unhostedSystem("cec.a", owner: "cec"),
        ])
        #expect(Baseline(findings: try repository.validate()).findings.isEmpty)
    }

    @Test func aMissingOrMalformedFileIsAClearError() throws {
        let folder = try ScratchRepository(["bad.json": "{\"version\": 1, \"findings\": [{\"rule\": \"TEC009\"}]}", "notjson.json": "baseline", "v2.json": "{\"version\": 2, \"findings\": []}"])
        #expect(throws: BaselineError.missing(folder.folder + "/none.json")) { try Baseline.read(folder.folder + "/none.json") }
        #expect(throws: BaselineError.malformed(folder.folder + "/bad.json", "\"fingerprint\" is missing at findings[0]")) {
            try Baseline.read(folder.folder + "/bad.json")
        }
        #expect(throws: BaselineError.malformed(folder.folder + "/notjson.json", "it is not JSON")) { try Baseline.read(folder.folder + "/notjson.json") }
        #expect(throws: BaselineError.unsupportedVersion(folder.folder + "/v2.json", 2)) { try Baseline.read(folder.folder + "/v2.json") }
        #expect(BaselineError.missing("b.json").description == "b.json: no such baseline file; write one with `eaf validate --write-baseline b.json`")
    }
}
