import Foundation
import Testing

@Suite struct InitCommandTests {
    private func temporaryFolder(_ name: String = "agency") -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("eaf-init-\(UUID().uuidString)").appendingPathComponent(name).path
    }

    private func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { !FileManager.default.isDirectoryPath(folder + "/" + $0) }.sorted()
    }

    @Test func aNewRepositoryValidatesCleanAtOnce() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let created = try EAFProcess.run(["init", folder, "--organisation", "test-agency"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("created an eaf repository for 'test-agency'"))
        let validate = try EAFProcess.run(["validate", folder, "--fail-on", "info"])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("0 errors, 0 warnings, 0 info · 12 elements"))

        let written = files(under: folder)
        for expected in ["eaf.yaml", "README.md", "model/organisation/test-agency.yaml", "model/systems/test-agency.systems.yaml",
                         "model/interfaces/test-agency.application-api.yaml", "messages/application.xsd",
                         "messages/application-response.xml", "national/platforms.yaml", "schemas/egeaf-model-1.schema.json",
                         ".vscode/settings.json", ".github/workflows/eaf.yml", ".gitlab-ci.yml"] {
            #expect(written.contains(expected), "\(expected) missing from \(written)")
        }
        // One element of each main kind, owned by the agency.
        let list = try EAFProcess.run(["list", folder, "--format", "json"])
        let elements = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let kinds = Set(elements.compactMap { $0["kind"] as? String })
        #expect(kinds == ["Organisation", "LegalAct", "PublicService", "BusinessProcess", "DataEntity", "CodeList",
                          "InformationSystem", "Interface", "Exchange", "Agreement", "Project"])
        for element in elements where !["Organisation", "Agreement", "Exchange"].contains(element["kind"] as? String) {
            #expect(element["owner"] as? String == "test-agency", "\(element["id"] ?? "?") has no owner")
        }
    }

    @Test func itsFilesAreWhatOtherToolsExpect() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        #expect(try EAFProcess.run(["init", folder, "--organisation", "sf"]).status == 0)
        let check = try OutsideTool.run("python3", ["-c", """
            import json, os, sys, yaml, jsonschema
            root = sys.argv[1]
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                              for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            validator = jsonschema.Draft202012Validator(json.load(open(os.path.join(root, 'schemas/egeaf-model-1.schema.json'))))
            count = 0
            for folder in ('model', 'national'):
                for dirpath, _, names in os.walk(os.path.join(root, folder)):
                    for name in names:
                        for document in yaml.load_all(open(os.path.join(dirpath, name), encoding='utf-8'), Loader=Loader):
                            validator.validate(json.loads(json.dumps(document)))
                            count += 1
            assert count == 23, count
            for ci in ('.github/workflows/eaf.yml', '.gitlab-ci.yml'):
                assert isinstance(yaml.safe_load(open(os.path.join(root, ci))), dict), ci
            json.load(open(os.path.join(root, '.vscode/settings.json')))
            """, folder])
        #expect(check.status == 0, "\(check.stderr)")
        for example in ["application-request.xml", "application-response.xml"] {
            let xmllint = try OutsideTool.run("xmllint", ["--nonet", "--noout", "--schema", folder + "/messages/application.xsd", folder + "/messages/" + example])
            #expect(xmllint.status == 0, "\(xmllint.stderr)")
        }
    }

    @Test func neverOverwritesAndTakesTheIdFromTheFolder() throws {
        let folder = temporaryFolder("Min Justice")
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let first = try EAFProcess.run(["init", folder])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("created an eaf repository for 'min-justice'"))
        try "edited\n".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        let second = try EAFProcess.run(["init", folder, "--organisation", "other"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("exist already and would be overwritten"))
        #expect(try String(contentsOfFile: folder + "/README.md", encoding: .utf8) == "edited\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/model/organisation/other.yaml"))

        let bad = try EAFProcess.run(["init", temporaryFolder(), "--organisation", "Not An Id"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'Not An Id' is not an id"))
    }
}

extension FileManager {
    func isDirectoryPath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
