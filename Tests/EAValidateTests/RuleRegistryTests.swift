@testable import EAValidate
import Testing

@Suite struct RuleRegistryTests {
    @Test func idsAreUniqueAndWellFormed() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count, "duplicate rule ids: \(ids)")
        for id in ids {
            #expect(id.range(of: #"^(INT|LEG|ORG|SEM|TEC)\d{3}$"#, options: .regularExpression) != nil, "bad rule id \(id)")
        }
        let slugs = RuleRegistry.all.map { $0.description.slug }
        #expect(Set(slugs).count == slugs.count, "duplicate slugs: \(slugs)")
    }

    @Test func everyRuleHasBothKindsOfExample() {
        for rule in RuleRegistry.all.map({ $0.description }) {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no passing example")
            #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty, "\(rule.id) lacks a summary or rationale")
        }
    }

    @Test func layerPrefixMatchesLayer() {
        let prefixes: [RuleLayer: String] = [.integrity: "INT", .legal: "LEG", .organisational: "ORG", .semantic: "SEM", .technical: "TEC"]
        for rule in RuleRegistry.all.map({ $0.description }) {
            #expect(rule.id.hasPrefix(prefixes[rule.layer]!), "\(rule.id) is in layer \(rule.layer)")
        }
    }

    /// The validator plans by these flags, not by casting: each must agree with the
    /// protocol the rule adopts.
    @Test func planningFlagsMatchTheProtocols() {
        var readers: [String] = []
        var judges: [String] = []
        for rule in RuleRegistry.all {
            let id = rule.description.id
            #expect(rule.readsMessageSchemas == (rule.init() is any MessageSchemaRule), "\(id)")
            #expect(rule.judgesFindings == (rule.init() is any FindingsRule), "\(id)")
            if rule.readsMessageSchemas { readers.append(id) }
            if rule.judgesFindings { judges.append(id) }
        }
        #expect(readers.sorted() == ["SEM007", "TEC004", "TEC005"])
        #expect(judges == ["INT008"])
    }
}
