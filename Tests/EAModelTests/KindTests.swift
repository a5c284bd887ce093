@testable import EAModel
import Testing

/// Kinds hash and compare by their case, which must agree with their names: two kinds are
/// the same exactly when their names are, and each XML element name finds its kind.
@Suite struct KindTests {
    @Test func equalityAndHashingFollowTheNames() {
        for a in Kind.allCases {
            for b in Kind.allCases {
                #expect((a == b) == (a.rawValue == b.rawValue), "\(a) and \(b)")
            }
        }
        #expect(Set(Kind.allCases).count == Kind.allCases.count)
        #expect(Set(Kind.allCases.map(\.hashValue)).count == Kind.allCases.count)
    }

    @Test func xmlNamesFindTheirKinds() {
        for kind in Kind.allCases {
            #expect(Kind(xmlName: kind.xmlName) == kind)
        }
        #expect(Kind(xmlName: "informationsystem") == nil)
        #expect(Kind(xmlName: "InformationSystem") == nil)
        #expect(Kind.informationSystem.xmlName == "informationSystem")
    }
}
