/// Where a kind's fields can hold values of one sort (references, paths), and nothing else:
/// those fields, and the lists and records on the way to them, worked out once per kind
/// from the metamodel. Each place found holds a `Leaf`: what the walker needs there.
///
/// `Model` walks every element's fields along `references` to collect the references, and
/// `Element.paths` along `paths`. Walking the field types themselves asked, at every list
/// and every record of every element, which of their types could hold what was sought, and
/// copied each type as it went.
indirect enum FieldWalk<Leaf: Sendable>: Sendable {
    /// A field of a sought type.
    case leaf(Leaf)
    /// A list whose items are walked so.
    case list(FieldWalk)
    /// A record whose named members are walked so, in the metamodel's order.
    case record([Member])

    struct Member: Sendable {
        let name: String
        let walk: FieldWalk
    }

    /// The walk through a value of `type`, written in the top-level field `top` under the
    /// name `name`, to the places `sought` gives a leaf for; nil when it can hold none. A
    /// dictionary's values are not walked: its keys are free text, and the model keeps
    /// neither references nor paths in one.
    init?(_ type: FieldType, top: String, name: String, seeking sought: (FieldType, _ top: String, _ name: String) -> Leaf?) {
        if let leaf = sought(type, top, name) {
            self = .leaf(leaf)
            return
        }
        switch type {
        case .list(let item):
            guard let walk = FieldWalk(item, top: top, name: name, seeking: sought) else { return nil }
            self = .list(walk)
        case .record(let specs):
            let members = Self.members(specs, top: top, seeking: sought)
            guard !members.isEmpty else { return nil }
            self = .record(members)
        default:
            return nil
        }
    }

    /// The members of `specs` that can hold a sought type, each with its walk; `top` is
    /// nil for a kind's own fields, each then the top of its own walk.
    static func members(_ specs: [FieldSpec], top: String? = nil,
                        seeking sought: (FieldType, _ top: String, _ name: String) -> Leaf?) -> [Member] {
        specs.compactMap { spec in
            FieldWalk(spec.type, top: top ?? spec.name, name: spec.name, seeking: sought).map { Member(name: spec.name, walk: $0) }
        }
    }
}

extension FieldWalk where Leaf == Int {
    /// Each kind's top-level fields that can hold a reference to an element; each
    /// reference's place is its site's number in `referenceSites`.
    static let references = referenceWalks().walks

    /// Every place in the metamodel where a reference is written, numbered in the order of
    /// the kinds and their fields.
    static let referenceSites = referenceWalks().sites

    /// Each site's accepted kinds as bits (`ReferenceSite.acceptedPlaces`), by site number:
    /// read without copying the site, its strings and its list, for each reference asked.
    static let acceptedPlaces = referenceSites.map(\.acceptedPlaces)

    /// Worked out the same way, in the same order, for both tables.
    private static func referenceWalks() -> (walks: KindTable<[Member]>, sites: [ReferenceSite]) {
        var sites: [ReferenceSite] = []
        let walks = KindTable { kind in
            members(Metamodel.fields(of: kind)) { type, top, name in
                switch type {
                case .reference(let kinds), .referenceOrURI(let kinds):
                    sites.append(ReferenceSite(field: top, leafField: name, accepted: kinds))
                    return sites.count - 1
                default:
                    return nil
                }
            }
        }
        return (walks, sites)
    }
}

extension FieldWalk where Leaf == Void {
    /// Each kind's top-level fields that can hold a path to a file; most kinds have none.
    static let paths = KindTable { kind in
        members(Metamodel.fields(of: kind)) { type, _, _ in
            if case .path = type { () } else { nil }
        }
    }
}

extension Metamodel {
    /// The kinds whose fields can hold a path to a file (`Element.paths`), in the order of
    /// `Kind.allCases`: a rule about paths reads their elements and no others.
    public static let kindsWithPaths = Kind.allCases.filter { !FieldWalk.paths[$0].isEmpty }
}
