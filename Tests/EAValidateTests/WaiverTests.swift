import EAModel
@testable import EAValidate
import Testing

/// Waivers in eaf.yaml: matching findings are waived (shown, counted, never failing);
/// expired and unused waivers are INT008 findings at the waiver.
@Suite struct WaiverTests {
    static let model = Fragment.organisation("cec") + Fragment.separator + Fragment.unhostedSystem("cec.voter-register", owner: "cec")

    private func run(_ config: String, asOf: LocalDate = ScratchRepository.asOf, rules: Set<String>? = nil) throws -> FindingReport {
        let repository = try ScratchRepository(["eaf.yaml": config, "model/cec.yaml": Self.model])
        let loaded = try repository.load()
        let findings = Validator().validate(loaded, options: .init(asOf: asOf, onlyRules: rules))
        return FindingReport(repository: loaded, findings: findings, asOf: asOf)
    }

    private func waiver(_ rule: String = "TEC009", element: String = "cec.voter-register", expires: String = "2027-06-30") -> String {
        "waivers:\n  - {rule: \(rule), element: \(element), reason: Moves to the cloud, approvedBy: scitc, expires: \(expires)}\n"
    }

    @Test func anActiveWaiverWaivesTheFindingAndNothingFails() throws {
        let report = try run(waiver())
        let finding = try #require(report.findings.of("TEC009").first)
        #expect(finding.status == .waived)
        #expect(finding.waiver == "Moves to the cloud (approved by scitc, expires 2027-06-30)")
        #expect(report.waivedCount == 1)
        #expect(report.openFindings.isEmpty, "\(report.findings.summary)")
        #expect(!report.fails(at: .info))
        #expect(report.findings.of("INT008").isEmpty)
    }

    @Test func aWaiverStillAppliesOnItsLastDay() throws {
        let report = try run(waiver(expires: "2026-12-01"))
        #expect(report.findings.of("TEC009").first?.status == .waived)
        #expect(report.findings.of("INT008").isEmpty)
    }

    @Test func aWaiverWithoutExpiryNeverExpires() throws {
        let report = try run("waivers:\n  - {rule: TEC009, element: cec.voter-register, reason: r, approvedBy: scitc}\n")
        #expect(report.findings.of("TEC009").first?.status == .waived)
        #expect(report.findings.of("TEC009").first?.waiver == "r (approved by scitc)")
    }

    @Test func ruleIDsInWaiversAreCaseInsensitive() throws {
        let report = try run(waiver("tec009"))
        #expect(report.findings.of("TEC009").first?.status == .waived)
        #expect(report.findings.of("INT008").isEmpty)
    }

    @Test func anExpiredWaiverAppliesNoMoreAndIsReported() throws {
        let report = try run(waiver(expires: "2026-11-30"))
        #expect(report.findings.of("TEC009").first?.status == .open)
        let stale = try #require(report.findings.of("INT008").first)
        #expect(stale.location == SourceLocation(file: "eaf.yaml", line: 2, column: 5))
        #expect(stale.severity == .warning)
        #expect(stale.elementID == "cec.voter-register")
        #expect(stale.message.contains("expired on 2026-11-30"), "\(stale.message)")
        #expect(report.fails(at: .warning))
    }

    @Test func anUnusedWaiverIsReported() throws {
        let report = try run(waiver("TEC001"))
        let stale = try #require(report.findings.of("INT008").first, "\(report.findings.summary)")
        #expect(stale.message.contains("matches no finding: 'cec.voter-register' has no TEC001 finding"), "\(stale.message)")
        #expect(report.findings.of("TEC009").first?.status == .open)
    }

    @Test func aWaiverForAnUnknownElementSaysSo() throws {
        let report = try run(waiver(element: "cec.voter-registr"))
        let stale = try #require(report.findings.of("INT008").first)
        #expect(stale.message.contains("no element has the id 'cec.voter-registr'; did you mean 'cec.voter-register'?"), "\(stale.message)")
    }

    @Test func aWaiverForAnUnknownRuleSaysSo() throws {
        let report = try run(waiver("TEC099"))
        let stale = try #require(report.findings.of("INT008").first)
        #expect(stale.message.contains("names no rule; did you mean 'TEC009'?"), "\(stale.message)")
    }

    /// A waiver cannot match when its rule did not run; that is not the waiver's fault.
    @Test func aWaiverForARuleThatDidNotRunIsNotUnused() throws {
        #expect(try run("rules: {TEC001: off}\n" + waiver("TEC001")).findings.of("INT008").isEmpty)
        #expect(try run(waiver("TEC001"), rules: ["TEC009", "INT008"]).findings.of("INT008").isEmpty)
    }

    @Test func onlyTheMatchingElementIsWaived() throws {
        let repository = try ScratchRepository([
            "eaf.yaml": waiver(),
            "model/cec.yaml": Self.model + Fragment.separator + Fragment.unhostedSystem("cec.results", owner: "cec"),
        ])
        let findings = try repository.validate().of("TEC009")
        #expect(findings.map(\.elementID) == ["cec.voter-register", "cec.results"])
        #expect(findings.map(\.status) == [.waived, .open])
    }

    @Test func int008CanBeConfiguredLikeAnyRule() throws {
        let report = try run("rules: {INT008: error}\n" + waiver(expires: "2020-01-01"))
        #expect(report.findings.of("INT008").map(\.severity) == [.error])
        let off = try run("rules: {integrity: off}\n" + waiver(expires: "2020-01-01"))
        #expect(off.findings.of("INT008").isEmpty)
    }
}
