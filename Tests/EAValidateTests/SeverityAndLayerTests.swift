@testable import EAValidate
import Testing

/// Severities and layers hash and compare by their case, which must agree with their
/// names, and order as declared: reports group and sort by them.
@Suite struct SeverityAndLayerTests {
    @Test func severitiesFollowTheirNames() {
        for a in Severity.allCases {
            for b in Severity.allCases {
                #expect((a == b) == (a.rawValue == b.rawValue), "\(a) and \(b)")
            }
        }
        #expect(Set(Severity.allCases).count == Severity.allCases.count)
        #expect(Severity.allCases.sorted() == [.info, .warning, .error])
    }

    @Test func layersFollowTheirNames() {
        for a in RuleLayer.allCases {
            for b in RuleLayer.allCases {
                #expect((a == b) == (a.rawValue == b.rawValue), "\(a) and \(b)")
            }
        }
        #expect(Set(RuleLayer.allCases).count == RuleLayer.allCases.count)
        #expect(RuleLayer.allCases.shuffled().sorted() == [.integrity, .legal, .organisational, .semantic, .technical])
        var tally: [RuleLayer: Int] = [:]
        for layer in RuleLayer.allCases + [.semantic, .legal, .semantic] { tally[layer, default: 0] += 1 }
        #expect(tally == [.integrity: 1, .legal: 2, .organisational: 1, .semantic: 3, .technical: 1])
    }
}
