import EAModel
@testable import EAValidate
import Testing

/// `rules:` in eaf.yaml: a severity or `off` per rule id and per layer, nearest scope wins.
@Suite struct RuleSettingsTests {
    /// One TEC009 finding (technical, warning by default) and one SEM004 (semantic, warning).
    static let model = Fragment.organisation("cec") + Fragment.separator + Fragment.unhostedSystem("cec.voter-register", owner: "cec") + """
        holds: [{entity: cec.voter, role: master}]
        ---
        id: cec.voter
        kind: DataEntity
        name: Voter
        owner: cec
        attributes:
          - {name: district, type: code}
        """

    private func findings(_ config: String) throws -> [Finding] {
        let repository = try ScratchRepository(["eaf.yaml": config, "model/cec.yaml": Self.model])
        return try repository.validate()
    }

    @Test func defaultsApplyWithoutSettings() throws {
        let found = try findings("name: test\n")
        #expect(found.map(\.ruleID) == ["TEC009", "SEM004"], "\(found.summary)")
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func severityByRuleID() throws {
        let found = try findings("rules: {TEC009: error}\n")
        #expect(found.of("TEC009").map(\.severity) == [.error])
        #expect(found.of("SEM004").map(\.severity) == [.warning])
    }

    @Test func ruleIDsAreCaseInsensitive() throws {
        let found = try findings("rules: {tec009: info}\n")
        #expect(found.of("TEC009").map(\.severity) == [.info])
    }

    @Test func severityByLayer() throws {
        let found = try findings("rules: {technical: error, semantic: info}\n")
        #expect(found.of("TEC009").map(\.severity) == [.error])
        #expect(found.of("SEM004").map(\.severity) == [.info])
    }

    @Test(arguments: ["rules: {technical: error, TEC009: info}\n", "rules: {TEC009: info, technical: error}\n"])
    func ruleIDBeatsLayerWhateverTheOrder(config: String) throws {
        let found = try findings(config)
        #expect(found.of("TEC009").map(\.severity) == [.info], "\(found.summary)")
    }

    @Test func offTurnsARuleOff() throws {
        let found = try findings("rules: {TEC009: off}\n")
        #expect(found.of("TEC009").isEmpty)
        #expect(found.of("SEM004").count == 1)
    }

    @Test func offTurnsALayerOffButARuleSettingWins() throws {
        let off = try findings("rules: {semantic: off}\n")
        #expect(off.filter { $0.layer == .semantic }.isEmpty)
        let back = try findings("rules: {semantic: off, SEM004: error}\n")
        #expect(back.of("SEM004").map(\.severity) == [.error])
    }

    @Test func unknownRuleIDIsAnINT002Finding() throws {
        let found = try findings("name: test\nrules:\n  TEC099: off\n")
        let problems = found.of("INT002")
        #expect(problems.count == 1, "\(found.summary)")
        #expect(problems.first?.location == SourceLocation(file: "eaf.yaml", line: 3, column: 3))
        #expect(problems.first?.message.contains("unknown rule or layer 'TEC099'") == true)
        #expect(problems.first?.message.contains("did you mean 'TEC009'?") == true)
        // The rest of the settings still apply.
        #expect(found.of("TEC009").count == 1)
    }

    @Test func unknownLevelIsAnINT002Finding() throws {
        let found = try findings("rules: {TEC009: loud}\n")
        #expect(found.of("INT002").first?.message.contains("must be error, warning, info or off") == true, "\(found.summary)")
        #expect(found.of("TEC009").map(\.severity) == [.warning])
    }

    /// A configured level caps the severities a rule chooses itself: TEC002 reports a
    /// retired standard as an error and a deprecated one as a warning.
    @Test func configuredLevelCapsARulesOwnSeverities() throws {
        let model = """
            id: std.old
            kind: Standard
            name: Old
            status: retired
            ---
            id: std.older
            kind: Standard
            name: Older
            status: deprecated
            ---
            id: cec
            kind: Organisation
            name: cec
            ---
            id: cec.portal
            kind: InformationSystem
            name: Portal
            owner: cec
            standards: [std.old, std.older]
            """
        func severities(_ config: String) throws -> [Severity] {
            let repository = try ScratchRepository(["eaf.yaml": config, "model/m.yaml": model])
            return try repository.validate().of("TEC002").map(\.severity)
        }
        #expect(try severities("name: t\n") == [.error, .warning])
        #expect(try severities("rules: {TEC002: info}\n") == [.info, .info])
        #expect(try severities("rules: {TEC002: warning}\n") == [.warning, .warning])
        #expect(try severities("rules: {technical: error}\n") == [.error, .warning])
    }

    @Test func settingsResolveAgainstTheRegistry() throws {
        let config = try #require(RepositoryConfig.parse(Array("rules: {organisational: info, ORG007: off}\n".utf8)).config)
        let settings = RuleSettings(config, rules: RuleRegistry.descriptions)
        #expect(settings.severity(of: "ORG001") == .info)
        #expect(settings.severity(of: "ORG007") == nil)
        #expect(settings.severity(of: "LEG002") == .error)
        #expect(settings.problems.isEmpty)
    }
}
