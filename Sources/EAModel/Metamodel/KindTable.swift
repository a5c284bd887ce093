/// A value for every kind, read by the kind's place among `Kind.allCases`: a dictionary
/// keyed by kind hashed the kind at every read, some 200 instructions, and the loader, the
/// model and the path walk read one for every element.
public struct KindTable<Value: Sendable>: Sendable {
    private let values: [Value]

    /// The table holding `make(kind)` for every kind.
    public init(_ make: (Kind) throws -> Value) rethrows {
        values = try Kind.allCases.map(make)
    }

    public subscript(kind: Kind) -> Value { values[kind.place] }
}
