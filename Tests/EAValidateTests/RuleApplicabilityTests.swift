import EAModel
@testable import EAValidate
import Foundation
import Testing

/// Every rule declares the kinds it checks (`appliesTo`), and conformance scores count one
/// check per element of those kinds. A declaration that misses a kind the rule reports on
/// would leave findings out of the scores; these tests hold each declaration to what the
/// rule really does.
@Suite struct RuleApplicabilityTests {
    static let asOf = LocalDate(year: 2026, month: 12, day: 1)

    @Test func onlyRepositoryRulesDeclareNoKind() {
        let repositoryLevel = RuleRegistry.descriptions.filter(\.isRepositoryLevel).map(\.id)
        #expect(repositoryLevel == ["INT001", "INT008"], "rules about files and eaf.yaml only: \(repositoryLevel)")
        for rule in RuleRegistry.descriptions {
            #expect(Set(rule.appliesTo).count == rule.appliesTo.count, "\(rule.id) declares a kind twice")
        }
    }

    /// Integrity rules about any element's fields and ids check every kind.
    @Test func elementIntegrityRulesCheckEveryKind() {
        for id in ["INT002", "INT003", "INT004", "INT005", "INT007"] {
            let rule = RuleRegistry.rule(id)!.description
            #expect(Set(rule.appliesTo) == Set(Kind.allCases), "\(id) checks \(rule.appliesTo)")
        }
    }

    /// Rules about what a reference names check exactly the kinds whose fields can name it.
    @Test func referenceRulesCheckTheKindsThatCanReferToTheirTarget() {
        #expect(Set(RuleRegistry.rule("LEG003")!.description.appliesTo) == Self.kinds(referringTo: .legalAct))
        #expect(Set(RuleRegistry.rule("TEC002")!.description.appliesTo)
                == Self.kinds(referringTo: .standard, except: ["supersededBy"]))
        #expect(Set(RuleRegistry.rule("INT006")!.description.appliesTo) == Self.kindsWithPaths())
        // INT006 reads the elements of these kinds alone.
        #expect(Set(Metamodel.kindsWithPaths) == Self.kindsWithPaths())
    }

    @Test(arguments: ["examples/broken", "examples/kyrgyz-egov", "examples/minimal"])
    func findingsLandOnKindsTheirRuleDeclares(example: String) throws {
        let repository = try RepositoryLoader(threads: 1).load(TestPaths.inPackage(example))
        let findings = Validator().validate(repository, options: .init(asOf: Self.asOf))
        try Self.expectDeclared(findings, in: repository, context: example)
        if example == "examples/broken" {
            // Every element-level rule has a case there whose finding names an element.
            let reported = Set(findings.filter { $0.elementID.flatMap { repository.model[$0] } != nil }.map(\.ruleID))
            let expected = Set(RuleRegistry.descriptions.filter { !$0.isRepositoryLevel }.map(\.id)).subtracting(["INT007"])
            #expect(expected.isSubset(of: reported), "no finding on an element for \(expected.subtracting(reported).sorted())")
        }
    }

    @Test(arguments: RuleRegistry.all.map { $0.description.id })
    func triggeringExamplesLandOnDeclaredKinds(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(ruleID)).description
        for example in rule.triggeringExamples {
            let (folder, _) = try ExampleRepository.write(example)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let repository = try RepositoryLoader(threads: 1).load(folder)
            let findings = Validator().validate(repository, options: .init(asOf: Self.asOf)).filter { $0.ruleID == ruleID }
            try Self.expectDeclared(findings, in: repository, context: "\(example.declaredIn):\(example.declaredAt)")
        }
    }

    static func expectDeclared(_ findings: [Finding], in repository: Repository, context: String) throws {
        for finding in findings {
            let rule = try #require(RuleRegistry.rule(finding.ruleID)).description
            guard !rule.isRepositoryLevel, let id = finding.elementID, let element = repository.model[id] else { continue }
            #expect(rule.applies(to: element.kind),
                    "\(rule.id) reported on \(element.kind.rawValue) '\(id)' (\(context)) but declares only \(rule.appliesTo.map(\.rawValue))")
        }
    }

    /// Kinds with a field (at any depth) that can name an element of `target`.
    static func kinds(referringTo target: Kind, except excluded: Set<String> = []) -> Set<Kind> {
        Set(Kind.allCases.filter { kind in
            Metamodel.fields(of: kind).contains { !excluded.contains($0.name) && refers($0.type, to: target) }
        })
    }

    static func kindsWithPaths() -> Set<Kind> {
        func hasPath(_ type: FieldType) -> Bool {
            switch type {
            case .path: true
            case .list(let item), .dictionary(let item): hasPath(item)
            case .record(let fields): fields.contains { hasPath($0.type) }
            default: false
            }
        }
        return Set(Kind.allCases.filter { Metamodel.fields(of: $0).contains { hasPath($0.type) } })
    }

    private static func refers(_ type: FieldType, to target: Kind) -> Bool {
        switch type {
        case .reference(let kinds), .referenceOrURI(let kinds): kinds.contains(target)
        case .list(let item), .dictionary(let item): refers(item, to: target)
        case .record(let fields): fields.contains { refers($0.type, to: target) }
        default: false
        }
    }
}
