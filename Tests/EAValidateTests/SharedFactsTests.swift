import EAModel
@testable import EAValidate
import Testing

/// The facts rules share are the ones each rule would have worked out alone.
@Suite struct SharedFactsTests {
    /// Two exchanges written with one id connect different systems: each is judged by its
    /// own ends, not by the ends of whichever was resolved first under that id.
    @Test func exchangesSharingAnIdKeepTheirOwnEnds() throws {
        let repository = try ScratchRepository(["model/m.yaml": """
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: sf
            kind: Organisation
            name: Social Fund
            ---
            id: grs.register
            kind: InformationSystem
            name: Population register
            owner: grs
            ---
            id: grs.archive
            kind: InformationSystem
            name: Archive
            owner: grs
            ---
            id: sf.pensions
            kind: InformationSystem
            name: Pension system
            owner: sf
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.register
            ---
            id: person-lookup
            kind: Exchange
            name: Archive reads persons
            consumer: grs.archive
            interface: grs.person-api
            ---
            id: person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pensions
            interface: grs.person-api
            """])
        let findings = try repository.validate(rules: ["ORG003"])
        // Only the second crosses owners; its id is on line 35.
        #expect(findings.map { "\($0.location.file):\($0.location.line)" } == ["model/m.yaml:35"])
        #expect(findings.first?.message.contains("to 'sf.pensions'") == true)
    }
}
