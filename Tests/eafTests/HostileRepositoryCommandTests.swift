import Foundation
import Testing

/// `eaf validate` on a repository full of hostile files, as CI would run it: it ends with
/// status 1, a finding for each hostile file, the good files checked, within bounds of
/// time and memory (README, Security).
@Suite struct HostileRepositoryCommandTests {
    @Test func validateReportsEveryHostileFileWithinBounds() throws {
        let outside = try TemporaryRepository(["secret.yaml": "id: secret\nkind: Organisation\nname: Secret\n"])
        let depth = 10_000
        let repository = try TemporaryRepository([
            "eaf.yaml": "name: Hostile\nmodel: [model]\n",
            "model/good.yaml": "id: good\nkind: Organisation\nname: Good\ngcio: {name: G}\n",
            "model/deep.yaml": "id: deep\nkind: Organisation\nname: D\nproperties: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n",
            "model/bomb.yaml": (0...9).map { level in
                level == 0 ? "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" : "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]"
            }.joined(separator: "\n") + "\n",
            "model/doctype.xml": "<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><model xmlns=\"urn:egeaf:model:1\"><organisation id=\"x\"><name>&x;</name></organisation></model>",
            "model/api.yaml": "id: api\nkind: Interface\nname: API\nowner: good\nprovider: sys\nmessages:\n  - {name: M, direction: request, schema: ../../etc/passwd.xsd, examples: [../../../etc/passwd]}\n---\nid: sys\nkind: InformationSystem\nname: S\nowner: good\n",
            "model/long.yaml": "id: long\nkind: Organisation\nname: " + String(repeating: "я", count: 512 * 1024) + "\n",
            "model/huge.yaml": "",
        ])
        #expect(truncate(repository.path + "/model/huge.yaml", 200 * 1024 * 1024) == 0)
        #expect(mkfifo(repository.path + "/model/pipe.yaml", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/secret.yaml", withDestinationPath: outside.path + "/secret.yaml")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/model/loop", withDestinationPath: "..")

        let start = Date()
        let result = try EAFProcess.run(["validate", repository.path, "--format", "json", "--as-of", "2026-12-01"])
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(elapsed < 30, "eaf took \(elapsed) s")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        func rules(in file: String) -> Set<String> {
            Set(findings.filter { ($0["location"] as? [String: Any])?["file"] as? String == file }.compactMap { $0["ruleID"] as? String })
        }
        for file in ["model/deep.yaml", "model/bomb.yaml", "model/doctype.xml", "model/huge.yaml", "model/pipe.yaml", "model/secret.yaml"] {
            #expect(rules(in: file) == ["INT001"], "\(file): \(rules(in: file))")
        }
        #expect(rules(in: "model/api.yaml").contains("INT006"))
        #expect(!result.stdout.contains("root:x:0:0"), "nothing outside the repository is read")
        #expect(!result.stdout.contains("\"secret\""))
        // Every element of the good files was read and checked.
        #expect((document["summary"] as? [String: Any])?["elements"] as? Int == 4, "\(document["summary"] ?? "")")

        // The largest child this test process has waited for used less than 1 GiB: an upper
        // bound for this eaf run (ru_maxrss is in KiB on Linux).
        var usage = rusage()
        #expect(getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage) == 0)
        #expect(usage.ru_maxrss < 1024 * 1024, "peak memory of a child: \(usage.ru_maxrss) KiB")
    }
}
