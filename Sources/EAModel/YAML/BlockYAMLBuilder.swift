/// Why `BlockYAMLReader` or its builder gave up on a file; the caller then reads it the
/// general way (libyaml's event parser, or nodes and `ElementDecoder`).
struct YAMLDecline: Error {}

/// A scalar as `BlockYAMLReader` read it: its text, whether it was quoted (or a block
/// scalar), and where it starts. Mapping keys are handed over in this form.
struct BlockYAMLScalar {
    var text: String
    var quoted: Bool
    var position: TextPosition

    /// Whether this is a plain YAML null (`~`, `null`, or nothing), as `Node.isNull`.
    var isNull: Bool { !quoted && Node.isNullText(text) }
}

/// What `BlockYAMLReader` makes of what it reads. The reader knows YAML's grammar and
/// positions; a builder decides what each scalar, mapping and sequence becomes, told what
/// its parent expects there. `NodeBuilder` makes the node tree libyaml's reader makes;
/// `ElementBuilder` makes model elements straight away, without the tree in between.
/// Either may throw `YAMLDecline` to give the file back to its caller.
protocol BlockYAMLBuilder {
    associatedtype Value
    /// What a parent expects of a child: nothing for nodes, a field's type for elements.
    associatedtype Expectation
    associatedtype Mapping
    associatedtype List

    /// What each document is expected to be.
    var document: Expectation { get }
    /// Whether `mapping(at:expecting:keys:)` uses the count of a document's keys, which
    /// costs the reader a pass over the document's lines.
    static var countsKeys: Bool { get }

    func scalar(_ scalar: consuming BlockYAMLScalar, expecting: Expectation) throws(YAMLDecline) -> Value

    /// `keys` is how many keys the mapping will have when the builder `countsKeys` and the
    /// reader can tell (a document's mapping at the left margin), else 0.
    func mapping(at position: TextPosition, expecting: Expectation, keys: Int) throws(YAMLDecline) -> Mapping
    /// What the value of `key` is expected to be; called before the value is read.
    func expectation(for key: BlockYAMLScalar, in mapping: inout Mapping) throws(YAMLDecline) -> Expectation
    func add(_ key: consuming BlockYAMLScalar, _ value: consuming Value, to mapping: inout Mapping) throws(YAMLDecline)
    func end(_ mapping: consuming Mapping) throws(YAMLDecline) -> Value

    func sequence(at position: TextPosition, expecting: Expectation) throws(YAMLDecline) -> List
    func itemExpectation(in list: List) -> Expectation
    func append(_ value: consuming Value, to list: inout List) throws(YAMLDecline)
    func end(_ list: consuming List) throws(YAMLDecline) -> Value
}

/// Builds the node tree, exactly as `YAMLReader` builds it from libyaml's events.
struct NodeBuilder: BlockYAMLBuilder {
    struct Mapping {
        var position: TextPosition
        var entries: [MappingEntry] = []
        /// Keys seen so far, built only once a mapping is large enough for a linear scan
        /// to cost more than hashing.
        var keys: Set<String>?
    }

    struct List {
        var position: TextPosition
        var items: [Node] = []
    }

    var document: Void { () }
    static var countsKeys: Bool { false }

    func scalar(_ scalar: consuming BlockYAMLScalar, expecting: Void) -> Node {
        let position = scalar.position
        return Node(.scalar(scalar.text, quoted: scalar.quoted), at: position)
    }

    func mapping(at position: TextPosition, expecting: Void, keys: Int) -> Mapping {
        var mapping = Mapping(position: position)
        // Room for a typical element's fields up front: growing one entry at a time
        // copied the entries four times over (1.4 % of validation).
        mapping.entries.reserveCapacity(8)
        return mapping
    }

    func expectation(for key: BlockYAMLScalar, in mapping: inout Mapping) throws(YAMLDecline) {
        // A repeated key is reported by libyaml's path, which keeps the first.
        if mapping.entries.count < 16 {
            // Keys compared in place: `scalar` would copy each one out.
            for index in mapping.entries.indices {
                if case .scalar(let other, _) = mapping.entries[index].key.content, other == key.text { throw YAMLDecline() }
            }
        } else {
            if mapping.keys == nil { mapping.keys = Set(mapping.entries.compactMap(\.key.scalar)) }
            guard mapping.keys?.insert(key.text).inserted == true else { throw YAMLDecline() }
        }
    }

    func add(_ key: consuming BlockYAMLScalar, _ value: consuming Node, to mapping: inout Mapping) {
        // Key and value move into the entry: copying them cost a reference count each.
        mapping.entries.append(MappingEntry(key: scalar(key, expecting: ()), value: value))
    }

    func end(_ mapping: consuming Mapping) -> Node {
        let position = mapping.position
        return Node(.mapping(mapping.entries), at: position)
    }

    func sequence(at position: TextPosition, expecting: Void) -> List {
        var list = List(position: position)
        list.items.reserveCapacity(4)
        return list
    }

    func itemExpectation(in list: List) {}

    func append(_ value: consuming Node, to list: inout List) {
        list.items.append(value)
    }

    func end(_ list: consuming List) -> Node {
        let position = list.position
        return Node(.sequence(list.items), at: position)
    }
}
