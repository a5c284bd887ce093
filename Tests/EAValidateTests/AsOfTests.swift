import EAModel
@testable import EAValidate
import Testing

/// `--as-of` fixes "today": the same repository gives ORG004 no finding, a warning or an
/// error depending on the date.
@Suite struct AsOfTests {
    static let model = """
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
        validFrom: 2025-01-01
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
        lifecycle: production
        """

    private func verdict(asOf: LocalDate) throws -> [Finding] {
        let repository = try ScratchRepository(["model/m.yaml": Self.model])
        return try repository.validate(asOf: asOf, rules: ["ORG004"])
    }

    @Test func inForceLongEnough() throws {
        #expect(try verdict(asOf: LocalDate(year: 2026, month: 12, day: 1)).isEmpty)
        #expect(try verdict(asOf: LocalDate(year: 2027, month: 3, day: 31)).isEmpty)
    }

    @Test func endsWithinNinetyDays() throws {
        for asOf in [LocalDate(year: 2027, month: 4, day: 1), LocalDate(year: 2027, month: 6, day: 30)] {
            let found = try verdict(asOf: asOf)
            #expect(found.map(\.severity) == [.warning], "as of \(asOf): \(found.summary)")
            #expect(found.first?.location == SourceLocation(file: "model/m.yaml", line: 14, column: 13))
        }
        #expect(try verdict(asOf: LocalDate(year: 2027, month: 4, day: 1)).first?.message.contains("in 90 days") == true)
    }

    @Test func expired() throws {
        let found = try verdict(asOf: LocalDate(year: 2027, month: 7, day: 1))
        #expect(found.map(\.severity) == [.error], "\(found.summary)")
        #expect(found.first?.message.contains("ended on 2027-06-30 (as of 2027-07-01)") == true)
        #expect(found.first?.related.map(\.message) == ["'sf.person-lookup' relies on it"])
    }

    @Test func notYetInForce() throws {
        let found = try verdict(asOf: LocalDate(year: 2024, month: 12, day: 31))
        #expect(found.map(\.severity) == [.error], "\(found.summary)")
        #expect(found.first?.location == SourceLocation(file: "model/m.yaml", line: 13, column: 12))
    }

    @Test func theWarningAndTheErrorHaveDifferentFingerprints() throws {
        let warning = try verdict(asOf: LocalDate(year: 2027, month: 6, day: 1))
        let error = try verdict(asOf: LocalDate(year: 2027, month: 7, day: 1))
        #expect(warning.first?.fingerprint != error.first?.fingerprint)
    }
}
