import EAGenerate
@testable import EAModel
import Testing

/// The benchmark's repositories are read by `BlockYAMLReader`, not by libyaml: every
/// generated YAML file but the planted malformed ones must be taken, with libyaml's nodes.
@Suite struct GeneratedYAMLTests {
    @Test func everyGeneratedYAMLFileIsReadWithoutLibYAML() throws {
        let generated = try RepositoryGenerator(.init(elements: 2000, seed: 7, xmlShare: 0.1, violationsPerRule: 2)).generate()
        let yaml = generated.files.filter { $0.path.hasSuffix(".yaml") }
        #expect(yaml.count > 500)
        var declined: [String] = []
        for file in yaml {
            let bytes = Array(file.text.utf8)
            let reference = YAMLReader().readWithLibYAML(bytes, file: file.path)
            guard let documents = bytes.withUnsafeBufferPointer({ BlockYAMLReader.read($0, maxDepth: 256) }) else {
                declined.append(file.path)
                #expect(!reference.issues.isEmpty, "\(file.path) is well-formed but went to libyaml")
                continue
            }
            #expect(reference.issues.isEmpty && reference.documents == documents, "\(file.path)")
        }
        // The planted malformed files and repeated keys (two of each here) are libyaml's to report.
        #expect(declined.count <= 4, "\(declined)")
    }
}
