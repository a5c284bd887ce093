import EAGenerate
import EAModel
import EAValidate
import Foundation
import Testing

/// The generator knows the answer: a repository it writes with planted violations must
/// give exactly the planted findings, and a clean one none at all.
@Suite struct RepositoryGeneratorTests {
    static let asOf = RepositoryGenerator.referenceDate

    /// Generates, writes to a temporary folder, loads and validates as of the reference date.
    private func validate(_ options: RepositoryGenerator.Options, threads: Int = 2)
        throws -> (generated: GeneratedRepository, findings: [Finding], folder: TemporaryRepository) {
        let generated = try RepositoryGenerator(options).generate()
        let folder = try TemporaryRepository()
        try generated.write(to: folder.path)
        let repository = try RepositoryLoader(threads: threads).load(folder.path)
        let findings = Validator().validate(repository, options: .init(asOf: Self.asOf))
        return (generated, findings, folder)
    }

    struct Pair: Hashable, CustomStringConvertible {
        let rule: String
        let element: String?
        var description: String { "\(rule) \(element ?? "-")" }
    }

    @Test func plantedViolationsAreFoundAndNothingElse() throws {
        let (generated, findings, folder) = try validate(.init(elements: 2000, seed: 7, xmlShare: 0.1, violationsPerRule: 2))

        // The (rule, element) pairs the rules report are exactly the planted ones …
        let found = Set(findings.map { Pair(rule: $0.ruleID, element: $0.elementID) })
        let planted = Set(generated.expected.map { Pair(rule: $0.rule, element: $0.element) })
        #expect(found == planted, "not found: \(planted.subtracting(found).sorted { $0.description < $1.description }); not planted: \(found.subtracting(planted).sorted { $0.description < $1.description })")

        // … each at the file the answer names.
        let foundInFiles = Set(findings.map { ExpectedFinding(rule: $0.ruleID, element: $0.elementID, file: $0.location.file) })
        #expect(foundInFiles == Set(generated.expected), "\(foundInFiles.symmetricDifference(Set(generated.expected)).sorted())")

        // Two cases of every rule that can be planted, and every rule of the registry can be.
        var perRule: [String: Int] = [:]
        for finding in generated.expected { perRule[finding.rule, default: 0] += 1 }
        for rule in RepositoryGenerator.plantableRules {
            #expect(perRule[rule] == 2, "\(rule): \(perRule[rule] ?? 0) cases planted")
        }

        // The answer file on disk says the same as the library.
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + RepositoryGenerator.answerFile))
        let answer = try JSONDecoder().decode(Answer.self, from: data)
        #expect(Set(answer.findings.map { ExpectedFinding(rule: $0.rule, element: $0.element, file: $0.file) }) == Set(generated.expected))
        #expect(answer.elements == 2000 && answer.violationsPerRule == 2 && answer.asOf == "2026-12-01")
    }

    @Test func cleanRepositoryHasNoFindings() throws {
        let (generated, findings, _) = try validate(.init(elements: 1500, seed: 3, xmlShare: 0.25))
        #expect(generated.expected.isEmpty)
        #expect(findings.isEmpty, "\(findings.prefix(20).map { "\($0.location) \($0.ruleID) \($0.message)" })")
        #expect(generated.xmlFiles == Int((Double(generated.modelFiles) * 0.25).rounded()))
    }

    @Test func everyKindInProportion() throws {
        let generated = try RepositoryGenerator(.init(elements: 5000, seed: 11)).generate()
        let total = generated.counts.values.reduce(0, +)
        #expect(total == 5000)
        for kind in Kind.allCases {
            #expect((generated.counts[kind] ?? 0) > 0, "no \(kind.rawValue)")
        }
        // Organisations are about 5 %, and include municipalities.
        #expect(generated.counts[.organisation] == 250)
        // Municipalities come right after the national bodies, so they fill the rest.
        let municipalities = generated.files.reduce(0) { count, file in
            count + file.text.components(separatedBy: "\ntype: municipality\n").count - 1
                + file.text.components(separatedBy: " type=\"municipality\"").count - 1
        }
        #expect(municipalities > 200)
    }

    @Test func sameSeedWritesSameBytes() throws {
        let options = RepositoryGenerator.Options(elements: 1200, seed: 42, xmlShare: 0.2, violationsPerRule: 1)
        let first = try TemporaryRepository()
        let second = try TemporaryRepository()
        try RepositoryGenerator(options).generate().write(to: first.path)
        try RepositoryGenerator(options).generate().write(to: second.path)
        let firstFiles = try Self.contents(of: first.path)
        let secondFiles = try Self.contents(of: second.path)
        #expect(firstFiles.count > 500)
        #expect(firstFiles.keys.sorted() == secondFiles.keys.sorted())
        let differing = firstFiles.keys.filter { firstFiles[$0] != secondFiles[$0] }
        #expect(differing.isEmpty, "differ: \(differing.sorted().prefix(5))")

        var other = options
        other.seed = 43
        let changed = try RepositoryGenerator(other).generate()
        #expect(changed.files.map(\.text) != (try RepositoryGenerator(options).generate()).files.map(\.text))
    }

    @Test func everyRuleOfTheRegistryCanBePlanted() {
        let registry = Set(RuleRegistry.all.map { $0.description.id })
        let plantable = Set(RepositoryGenerator.plantableRules)
        #expect(registry.subtracting(plantable).isEmpty, "rules the generator cannot plant yet: \(registry.subtracting(plantable).sorted())")
        #expect(plantable.subtracting(registry).isEmpty, "planted rules no longer in the registry: \(plantable.subtracting(registry).sorted())")
    }

    @Test func refusesWhatItCannotDo() {
        #expect(throws: GeneratorError.tooSmall(10, minimum: RepositoryGenerator.minimumElements)) {
            try RepositoryGenerator(.init(elements: 10)).generate()
        }
        #expect(throws: GeneratorError.badShare(1.5)) {
            try RepositoryGenerator(.init(elements: 1000, xmlShare: 1.5)).generate()
        }
    }

    /// Every file under `root` by relative path, as bytes.
    static func contents(of root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    struct Answer: Decodable {
        struct Item: Decodable {
            let element: String?
            let file: String
            let rule: String
        }

        let asOf: String
        let elements: Int
        let findings: [Item]
        let violationsPerRule: Int
    }
}
