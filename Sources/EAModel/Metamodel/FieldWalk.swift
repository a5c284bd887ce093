/// Where a kind's fields can hold values of one sort (references, paths), and nothing else:
/// those fields, and the lists and records on the way to them, worked out once per kind
/// from the metamodel.
///
/// `Model` walks every element's fields along `references` to collect the references, and
/// `Element.paths` along `paths`. Walking the field types themselves asked, at every list
/// and every record of every element, which of their types could hold what was sought, and
/// copied each type as it went.
indirect enum FieldWalk: Sendable {
    /// A field of a sought type.
    case leaf(FieldType)
    /// A list whose items are walked so.
    case list(FieldWalk)
    /// A record whose named members are walked so, in the metamodel's order.
    case record([Member])

    struct Member: Sendable {
        let name: String
        let walk: FieldWalk
    }

    /// The walk through a value of `type` to the types that pass `sought`; nil when it
    /// can hold none. A dictionary's values are not walked: its keys are free text, and
    /// the model keeps neither references nor paths in one.
    init?(_ type: FieldType, seeking sought: (FieldType) -> Bool) {
        if sought(type) {
            self = .leaf(type)
            return
        }
        switch type {
        case .list(let item):
            guard let walk = FieldWalk(item, seeking: sought) else { return nil }
            self = .list(walk)
        case .record(let specs):
            let members = Self.members(specs, seeking: sought)
            guard !members.isEmpty else { return nil }
            self = .record(members)
        default:
            return nil
        }
    }

    /// The members of `specs` that can hold a sought type, each with its walk.
    static func members(_ specs: [FieldSpec], seeking sought: (FieldType) -> Bool) -> [Member] {
        specs.compactMap { spec in FieldWalk(spec.type, seeking: sought).map { Member(name: spec.name, walk: $0) } }
    }

    /// Each kind's top-level fields that can hold a reference to an element.
    static let references = KindTable { kind in
        members(Metamodel.fields(of: kind)) { type in
            switch type {
            case .reference, .referenceOrURI: true
            default: false
            }
        }
    }

    /// Each kind's top-level fields that can hold a path to a file; most kinds have none.
    static let paths = KindTable { kind in
        members(Metamodel.fields(of: kind)) { type in
            if case .path = type { true } else { false }
        }
    }
}
