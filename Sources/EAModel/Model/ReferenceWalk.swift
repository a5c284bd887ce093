/// Where a field type can hold references, and nothing else: the reference fields, and the
/// lists and records on the way to them, worked out once per kind from the metamodel.
///
/// `Model` walks every element's fields along it to collect the references. Walking the
/// field types themselves asked, at every list and every record of every element, which of
/// their types could hold a reference, and copied each type as it went.
indirect enum ReferenceWalk: Sendable {
    /// A reference (or a reference-or-URI) to an element of one of these kinds.
    case reference([Kind])
    /// A list whose items are walked so.
    case list(ReferenceWalk)
    /// A record whose named members are walked so, in the metamodel's order.
    case record([Member])

    struct Member: Sendable {
        let name: String
        let walk: ReferenceWalk
    }

    /// The walk through a value of `type`; nil when it can hold no reference. A dictionary's
    /// values are not walked: its keys are free text, and the model keeps no reference in one.
    init?(_ type: FieldType) {
        switch type {
        case .reference(let kinds), .referenceOrURI(let kinds):
            self = .reference(kinds)
        case .list(let item):
            guard let walk = ReferenceWalk(item) else { return nil }
            self = .list(walk)
        case .record(let specs):
            let members = Self.members(specs)
            guard !members.isEmpty else { return nil }
            self = .record(members)
        default:
            return nil
        }
    }

    /// The members of `specs` that can hold a reference, each with its walk.
    static func members(_ specs: [FieldSpec]) -> [Member] {
        specs.compactMap { spec in ReferenceWalk(spec.type).map { Member(name: spec.name, walk: $0) } }
    }

    /// Each kind's top-level fields that can hold a reference.
    static let byKind = KindTable { members(Metamodel.fields(of: $0)) }
}
