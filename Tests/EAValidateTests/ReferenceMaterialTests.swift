import EAModel
@testable import EAValidate
import Testing

/// Reference material (`reference:` in eaf.yaml) is read so that references resolve, but
/// never reported on: when a problem involves it, the rules report where the model is.
@Suite struct ReferenceMaterialTests {
    static let reference = """
        id: grs
        kind: Organisation
        name: State Registration Service
        gcio: {name: GCIO}
        ---
        id: grs.population-register
        kind: InformationSystem
        name: Population register
        owner: grs
        holds: [{entity: core.person, role: master}]
        dependsOn: [sf.pension-system]
        ---
        id: core.person
        kind: DataEntity
        name: Person
        authoritativeSource: grs.population-register
        ---
        id: grs.person-api
        kind: Interface
        name: Person lookup
        provider: grs.population-register
        ---
        id: agr.grs-sf
        kind: Agreement
        name: Agreement between GRS and the Social Fund
        parties: [grs, sf]
        validUntil: 2025-12-31
        """

    static let model = """
        id: sf
        kind: Organisation
        name: Social Fund
        gcio: {name: GCIO}
        ---
        id: sf.pension-system
        kind: InformationSystem
        name: Pension system
        owner: sf
        holds: [{entity: core.person, role: master}]
        dependsOn: [grs.population-register]
        ---
        id: sf.person-lookup
        kind: Exchange
        name: Pension system reads persons
        consumer: sf.pension-system
        interface: grs.person-api
        agreement: agr.grs-sf
        """

    private func findings() throws -> [Finding] {
        let repository = try ScratchRepository([
            "eaf.yaml": "model: [model/]\nreference: [ref/]\n",
            "ref/national.yaml": Self.reference,
            "model/sf.yaml": Self.model,
        ])
        return try repository.validate()
    }

    @Test func nothingIsReportedInReferenceFiles() throws {
        let found = try findings()
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location.file == "model/sf.yaml" }, "\(found.summary)")
    }

    @Test func aSecondMasterOfAReferenceEntityIsReportedAtTheModelSystem() throws {
        let found = try findings().of("SEM002")
        #expect(found.map(\.location) == [SourceLocation(file: "model/sf.yaml", line: 10, column: 18)], "\(found.summary)")
        #expect(found.first?.elementID == "sf.pension-system")
        #expect(found.first?.message.contains("so does 'grs.population-register'") == true)
    }

    @Test func aCycleThroughReferenceSystemsStartsAtTheModelSystem() throws {
        let found = try findings().of("TEC007")
        #expect(found.map(\.location) == [SourceLocation(file: "model/sf.yaml", line: 11, column: 13)], "\(found.summary)")
        #expect(found.first?.message.contains("sf.pension-system → grs.population-register → sf.pension-system") == true)
    }

    @Test func anExpiredReferenceAgreementIsReportedWhereTheExchangeNamesIt() throws {
        let found = try findings().of("ORG004")
        #expect(found.map(\.location) == [SourceLocation(file: "model/sf.yaml", line: 18, column: 12)], "\(found.summary)")
        #expect(found.first?.elementID == "sf.person-lookup")
    }

    @Test func aReferenceInterfaceOffThePlatformIsReportedWhereTheExchangeUsesIt() throws {
        let found = try findings().of("TEC003")
        #expect(found.map(\.location) == [SourceLocation(file: "model/sf.yaml", line: 17, column: 12)], "\(found.summary)")
    }
}
