@testable import EAModel
import Testing

@Suite struct ImpactTests {
    static let analysis = ImpactAnalysis(model: Fixtures.graphRepo.model)

    static func report(_ id: String) throws -> ImpactReport {
        try analysis.impact(of: id, languages: Fixtures.graphRepo.config.languages)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var repository: GoldenRepository
        var id: String
        var format: ImpactFormat

        var goldenName: String {
            "\(repository.name)/impact-\(id).\(format == .markdown ? "md" : format == .json ? "json" : "txt")"
        }
        var testDescription: String { goldenName }

        static let all: [Case] = GoldenRepository.all.flatMap { repository in
            repository.impactOf.flatMap { id in ImpactFormat.allCases.map { Case(repository: repository, id: id, format: $0) } }
        }
    }

    @Test(arguments: Case.all)
    func impactMatchesGolden(_ test: Case) throws {
        let repository = test.repository.repository
        let report = try ImpactAnalysis(model: repository.model).impact(of: test.id, languages: repository.config.languages)
        Golden.check(test.format.renderer.render(report), named: test.goldenName)
    }

    /// The chain from the brief: a provider's data reaches a service through an exchange,
    /// the consumer system, the process it supports and the service that process realises.
    @Test func chainRunsFromProviderToService() throws {
        let report = try Self.report("grs.population-register")
        let service = try #require(report.groups.flatMap(\.dependents).first { $0.element.id == "sf.pension-assignment" })
        #expect(service.path.map(\.id) == ["sf.pension-system", "sf.assign-pension", "sf.pension-assignment"])
        #expect(service.path.map(\.relation) == [.dataFlow(exchange: "grs-to-sf", interface: "grs.person-api"),
                                                 .field("supportedBy"), .field("realizedBy")])
        #expect(ImpactTextRenderer().render(report).contains(
            "grs.population-register ← exchange grs-to-sf (interface grs.person-api) ← system sf.pension-system ← process sf.assign-pension ← service sf.pension-assignment"))
    }

    @Test func dependentsAreGroupedByOrganisationAndSorted() throws {
        let report = try Self.report("grs.population-register")
        #expect(report.groups.map(\.organisation) == ["grs", "sf", "sti"])
        for group in report.groups {
            let ids = group.dependents.map(\.element.id)
            #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
        // Exchanges have no owner here: they go with their consumer's organisation.
        let sf = try #require(report.groups.first { $0.organisation == "sf" })
        #expect(sf.dependents.map(\.element.id).contains("grs-to-sf"))
        #expect(!report.groups.flatMap(\.dependents).map(\.element.id).contains("grs.population-register"))
    }

    /// A platform reaches the systems hosted on it, the interfaces published via it,
    /// and through those the exchanges and their consumers.
    @Test func platformReachesHostedSystemsAndInterfaces() throws {
        let ids = Set(try Self.report("platform.tunduk").groups.flatMap(\.dependents).map(\.element.id))
        #expect(ids.isSuperset(of: ["grs.person-api", "sti.income-api", "grs-to-sf", "sf.pension-system", "sf.pension-assignment"]))
        let cloud = Set(try Self.report("platform.gov-cloud").groups.flatMap(\.dependents).map(\.element.id))
        #expect(cloud.isSuperset(of: ["grs.population-register", "sti.tax-register", "sf.pension-system"]))
    }

    /// Ownership is not dependency; neither is an entity's authoritative source.
    @Test func ownershipIsNotADependency() throws {
        let grs = try Self.report("grs")
        #expect(grs.count == 0)
        #expect(ImpactTextRenderer().render(grs).hasSuffix("Nothing depends on it.\n"))
        let person = Set(try Self.report("core.person").groups.flatMap(\.dependents).map(\.element.id))
        #expect(person.contains("grs.population-register"))  // it holds the entity
        #expect(!person.contains("grs"))
    }

    @Test func deprecatedSystemReachesItsDependents() throws {
        let ids = try Self.report("sti.legacy-billing").groups.flatMap(\.dependents).map(\.element.id)
        #expect(ids.contains("sti.tax-register"))
        #expect(ids.contains("sf.pension-system"))  // receives income data from the tax register
    }

    @Test func unknownIDSuggestsTheNearest() {
        #expect(throws: ImpactError.unknownElement(id: "grs.populaton-register", suggestion: "grs.population-register")) {
            try Self.report("grs.populaton-register")
        }
        let message = ImpactError.unknownElement(id: "x", suggestion: "y").description
        #expect(message == "no element has id 'x'; did you mean 'y'?")
    }

    @Test func markdownEscapesNames() {
        #expect(ImpactMarkdownRenderer.escape("Tax \"office\" <A&B>\nline2 | x") == "Tax \"office\" &lt;A&amp;B&gt;<br>line2 \\| x")
        #expect(ImpactMarkdownRenderer.escape("a\nb", lineBreak: " ") == "a b")
        #expect(ImpactMarkdownRenderer.escape("Салык кызматы") == "Салык кызматы")
    }
}
