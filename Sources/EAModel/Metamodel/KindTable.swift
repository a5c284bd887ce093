/// A value for every kind, read by the kind's place among `Kind.allCases`: a dictionary
/// keyed by kind hashed the kind at every read, some 200 instructions, and the loader, the
/// model and the path walk read one for every element.
public struct KindTable<Value: Sendable>: Sendable {
    private let values: [Value]

    /// The table holding `make(kind)` for every kind.
    public init(_ make: (Kind) throws -> Value) rethrows {
        values = try Kind.allCases.map(make)
    }

    public subscript(kind: Kind) -> Value { values[kind.ordinal] }
}

extension Kind {
    /// The kind's place among `allCases`, in the order the cases are declared.
    var ordinal: Int {
        switch self {
        case .organisation: 0
        case .publicService: 1
        case .businessProcess: 2
        case .agreement: 3
        case .legalAct: 4
        case .dataEntity: 5
        case .codeList: 6
        case .informationSystem: 7
        case .interface: 8
        case .exchange: 9
        case .standard: 10
        case .platform: 11
        case .project: 12
        }
    }
}
