import EAModel
@testable import EAValidate
import Testing

/// A problem the integrity rules report (a dangling reference, an unreadable value) is
/// not reported again by the layer rules as a missing field.
@Suite struct IntegrityOverlapTests {
    @Test func danglingAndUnreadableValuesAreReportedOnce() throws {
        let repository = try ScratchRepository(["model/m.yaml": """
            id: cec
            kind: Organisation
            name: Central Election Commission
            gcio: {name: GCIO}
            ---
            id: partner
            kind: Organisation
            name: Partner
            gcio: {name: GCIO}
            ---
            id: cec.voter-register
            kind: InformationSystem
            name: Voter register
            owner: cec
            lifecycle: production
            hosting: platform.gov-clod
            ---
            id: partner.system
            kind: InformationSystem
            name: Partner system
            owner: partner
            ---
            id: cec.api
            kind: Interface
            name: Voter lookup
            provider: cec.voter-register
            via: platform.tunduc
            ---
            id: partner.lookup
            kind: Exchange
            name: Partner reads voters
            consumer: partner.system
            interface: cec.api
            agreement: agr.missing
            ---
            id: cec.registration
            kind: PublicService
            name: {ky: Шайлоочуну каттоо, ru: Регистрация избирателя}
            owner: Cec
            lifecycle: production
            legalBasis: [Law-On-Elections]
            realizedBy: [cec.proc.missing]
            ---
            id: cec.project
            kind: Project
            name: Voter register upgrade
            owner: cec
            status: runnin
            funding: [{source: state-budget, amount: lots}]
            delivers: [cec.voter-register]
            """])
        let found = try repository.validate()
        let layered = found.filter { $0.layer != .integrity }
        // The service's owner, legal basis and process, the project's status and amount, the
        // hosting, platform and agreement are all written but wrong: INT002 or INT004 says so,
        // and ORG001, LEG002, ORG005, ORG006, TEC009, TEC003 and ORG003 keep silent.
        #expect(layered.isEmpty, "\(layered.summary)")
        #expect(Set(found.map(\.ruleID)) == ["INT002", "INT004"], "\(found.summary)")
    }
}
