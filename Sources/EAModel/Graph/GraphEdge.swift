/// One edge of a graph view.
public struct GraphEdge: Sendable, Hashable {
    /// `e1`, `e2`, … in the order of the full view's sorted edges; a focused view keeps
    /// the numbers, so an edge has the same id in both.
    public var id: String
    public var source: String
    public var target: String
    public var kind: GraphEdgeKind
    /// What the edge means in words (entities carried, "depends on"); may hold newlines.
    public var label: String
    /// How many model relations the edge stands for (exchanges between two agencies,
    /// references written twice).
    public var weight: Int
    /// Further facts by name (`exchange`, `interface`, `platform`, `entities`), for
    /// formats that carry data (GraphML, JSON).
    public var attributes: [String: String]

    public init(id: String, source: String, target: String, kind: GraphEdgeKind, label: String,
                weight: Int = 1, attributes: [String: String] = [:]) {
        self.id = id
        self.source = source
        self.target = target
        self.kind = kind
        self.label = label
        self.weight = weight
        self.attributes = attributes
    }
}

/// What an edge stands for: a derived relation (`dataFlow`) or, in the `all` view, the
/// field a reference is written in (`holds.entity`).
public struct GraphEdgeKind: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public static let dependsOn: GraphEdgeKind = "dependsOn"
    public static let hosting: GraphEdgeKind = "hosting"
    public static let dataFlow: GraphEdgeKind = "dataFlow"
    public static let realizedBy: GraphEdgeKind = "realizedBy"
    public static let supportedBy: GraphEdgeKind = "supportedBy"

    public static func < (lhs: GraphEdgeKind, rhs: GraphEdgeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
