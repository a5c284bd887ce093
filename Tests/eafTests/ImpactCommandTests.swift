import Testing

@Suite struct ImpactCommandTests {
    @Test(arguments: [("text", "txt"), ("json", "json"), ("markdown", "md")])
    func printsTheImpactInTheFormat(_ format: String, _ fileExtension: String) throws {
        let result = try EAFProcess.run(["impact", "grs.population-register", CLI.graphRepo, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("graph-repo/impact-grs.population-register.\(fileExtension)")))
    }

    @Test func unknownIDSaysWhichWasMeant() throws {
        let result = try EAFProcess.run(["impact", "grs.populaton-register", CLI.graphRepo])
        #expect(result.status == 1)
        #expect(result.stderr == "eaf: no element has id 'grs.populaton-register'; did you mean 'grs.population-register'?\n")
    }

    @Test func helpExplainsWhatDependsOnMeans() throws {
        let result = try EAFProcess.run(["impact", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("A depends on B when"))
        #expect(result.stdout.contains("Not dependencies: ownership"))
    }
}
