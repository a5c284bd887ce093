import Foundation
import Testing

@Suite struct CatalogueCommandTests {
    @Test func rulesListsEveryRuleByLayer() throws {
        let result = try EAFProcess.run(["rules"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("integrity\n  INT001  error    malformed-file"))
        let json = try EAFProcess.run(["rules", "--format", "json"])
        let rules = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rules?.contains { $0["id"] as? String == "INT007" } == true)
    }

    @Test func explainPrintsRationaleAndExamples() throws {
        let result = try EAFProcess.run(["explain", "int004"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("INT004 dangling-reference\nlayer: integrity · default severity: error\n"))
        #expect(result.stdout.contains("Fires on (↓ marks where) 1:"))
        #expect(result.stdout.contains("  owner: ↓gsr"))
        #expect(result.stdout.contains("Passes 1:"))
        let unknown = try EAFProcess.run(["explain", "INT04"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'INT004'?"))
    }

    @Test func listFiltersByKindAndOwner() throws {
        let result = try EAFProcess.run(["list", "examples/broken", "--kind", "Platform"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.count == 11, "\(result.stdout)")
        #expect(lines.last == "9 elements")
        let owned = try EAFProcess.run(["list", "examples/broken", "--owner", "demo"])
        #expect(owned.stdout.contains("demo.int006-system"))
        #expect(!owned.stdout.contains("platform.int004"))
    }

    @Test func showPrintsFieldsAndRelations() throws {
        let result = try EAFProcess.run(["show", "demo", "examples/broken"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("demo  (Organisation)\n  defined at examples/broken/model/common.yaml:2:1\n"))
        #expect(result.stdout.contains("referred to by:\n"))
        #expect(result.stdout.contains("  demo.int006-system (InformationSystem) through owner\n"))
        let missing = try EAFProcess.run(["show", "dmeo", "examples/broken"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("did you mean 'demo'?"))
    }
}
