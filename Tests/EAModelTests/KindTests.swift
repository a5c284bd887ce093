@testable import EAModel
import Foundation
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

    /// `init?(rawValue:)` is written out (by length first); it must find exactly what the
    /// synthesised one did: each name, and nothing that differs in case, length or a letter.
    @Test func namesFindTheirKindsAndNothingElse() throws {
        for kind in Kind.allCases {
            #expect(Kind(rawValue: kind.rawValue) == kind)
            #expect(Kind(rawValue: kind.rawValue.lowercased()) == nil)
            #expect(Kind(rawValue: kind.rawValue + "s") == nil)
            #expect(Kind(rawValue: String(kind.rawValue.dropLast())) == nil)
        }
        for name in ["", "OrganisatioN", "Interfaces", "Exchange ", "Ехchange", "organisation"] {
            #expect(Kind(rawValue: name) == nil, "\(name)")
        }
        let decoded = try JSONDecoder().decode([Kind].self, from: Data(#"["Platform","Exchange"]"#.utf8))
        #expect(decoded == [.platform, .exchange])
    }

    /// `KindTable` reads a kind's value at its `place`, which must be its place among
    /// `allCases`: each kind then gets the value made for it, and the metamodel's tables
    /// give every kind its own fields.
    @Test func aKindTableGivesEachKindItsOwnValue() {
        #expect(Kind.allCases.map(\.place) == Array(Kind.allCases.indices))
        let names = KindTable { $0.rawValue }
        for kind in Kind.allCases {
            #expect(names[kind] == kind.rawValue)
            #expect(Metamodel.fields(of: kind).map(\.name).contains("id"))
        }
        #expect(Metamodel.fields(of: .exchange).contains { $0.name == "interface" })
        #expect(!Metamodel.fields(of: .organisation).contains { $0.name == "interface" })
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
