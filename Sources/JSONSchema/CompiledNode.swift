/// JSON types as a bit set, for the `type` keyword.
struct TypeMask: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let null = TypeMask(rawValue: 1)
    static let boolean = TypeMask(rawValue: 2)
    static let object = TypeMask(rawValue: 4)
    static let array = TypeMask(rawValue: 8)
    static let number = TypeMask(rawValue: 16)
    static let string = TypeMask(rawValue: 32)
    static let integer = TypeMask(rawValue: 64)

    static let names: [(String, TypeMask)] = [
        ("null", .null), ("boolean", .boolean), ("object", .object), ("array", .array),
        ("number", .number), ("string", .string), ("integer", .integer),
    ]

    var names: [String] { TypeMask.names.filter { contains($0.1) }.map(\.0) }
}

/// A subschema compiled to the list of operations its keywords perform.
///
/// Nodes live in one array and refer to each other by index, so references (including
/// cyclic ones) are plain integers and the whole program is immutable and `Sendable`.
struct Node: Sendable {
    /// `true`/`false` for boolean schemas (and objects with no assertions are not
    /// folded: they still have a location for error messages).
    var constant: Bool?
    var ops: [Op]
    /// The schema resource the node belongs to, for `$dynamicRef` scope.
    var resource: Int
    /// `uri#/pointer` of the node within its resource.
    var location: String
    /// Has `unevaluatedProperties` or `unevaluatedItems`, so evaluation of its other
    /// keywords must record which members and items they evaluated.
    var tracksEvaluation: Bool
}

/// One keyword's compiled form, with the keyword's name for error paths.
struct Op: Sendable {
    var keyword: String
    var kind: OpKind
}

/// A member name → subschema table for `properties`, searched linearly when small.
struct PropertyTable: Sendable {
    let names: [String]
    let nodes: [Int]
    let index: [String: Int]?

    init(_ pairs: [(String, Int)]) {
        names = pairs.map(\.0)
        nodes = pairs.map(\.1)
        if pairs.count > 8 {
            var d = [String: Int](minimumCapacity: pairs.count)
            for (k, p) in pairs.enumerated() where d[p.0] == nil { d[p.0] = k }
            index = d
        } else {
            index = nil
        }
    }

    @inline(__always) func lookup(_ key: String) -> Int? {
        if let index {
            guard let k = index[key] else { return nil }
            return nodes[k]
        }
        for k in names.indices where names[k] == key { return nodes[k] }
        return nil
    }

    var isEmpty: Bool { names.isEmpty }
}

enum OpKind: Sendable {
    case type(TypeMask)
    case enumeration([JSONValue])
    case constant(JSONValue)
    case multipleOf(JSONNumber)
    case maximum(JSONNumber)
    case exclusiveMaximum(JSONNumber)
    case minimum(JSONNumber)
    case exclusiveMinimum(JSONNumber)
    case maxLength(Int)
    case minLength(Int)
    /// Index into the program's regexes.
    case pattern(Int)
    case format(Format)
    case prefixItems([Int])
    /// Applies to the items from `start` on (after `prefixItems` or draft-07 array `items`).
    case items(node: Int, start: Int)
    case contains(node: Int, min: Int, max: Int?)
    case uniqueItems
    case maxItems(Int)
    case minItems(Int)
    case properties(PropertyTable)
    /// (regex index, node)
    case patternProperties([(Int, Int)])
    case additionalProperties(node: Int, known: PropertyTable, patterns: [Int])
    case propertyNames(Int)
    case required([String])
    case dependentRequired([(String, [String])])
    case dependentSchemas([(String, Int)])
    case maxProperties(Int)
    case minProperties(Int)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case conditional(condition: Int, then: Int?, else: Int?)
    case unevaluatedProperties(Int)
    case unevaluatedItems(Int)
    case ref(Int)
    /// `anchor` is set when the reference is dynamic (its static target has a
    /// `$dynamicAnchor` of that name); otherwise it behaves as `$ref`.
    case dynamicRef(node: Int, anchor: String?)
}
