/// The view as JSON: the viewpoint, the focus if any, clusters, nodes and edges with all
/// their attributes. Keys are sorted (`JSONText`), nodes and edges in view order.
public struct GraphJSONRenderer: GraphRenderer {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        var formatVersion: Int
        var view: String
        var focus: Focus?
        var clusters: [Cluster]
        var nodes: [Node]
        var edges: [Edge]
    }

    struct Focus: Encodable {
        var id: String
        var depth: Int
    }

    struct Cluster: Encodable {
        var id: String
        var label: String
    }

    struct Node: Encodable {
        var id: String
        var kind: String
        var layer: String
        var label: String
        var owner: String?
        var lifecycle: String?
        var cluster: String?
        var reference: Bool
    }

    struct Edge: Encodable {
        var id: String
        var source: String
        var target: String
        var kind: String
        var label: String
        var weight: Int
        var attributes: [String: String]
    }

    public func render(_ view: GraphView) -> String {
        JSONText.encode(Document(
            formatVersion: Self.formatVersion,
            view: view.viewpoint.rawValue,
            focus: view.focus.map { Focus(id: $0.id, depth: $0.depth) },
            clusters: view.clusters.map { Cluster(id: $0.id, label: $0.label) },
            nodes: view.nodes.map {
                Node(id: $0.id, kind: $0.kind.rawValue, layer: $0.kind.layer, label: $0.label, owner: $0.owner,
                     lifecycle: $0.lifecycle, cluster: $0.cluster, reference: $0.isReference)
            },
            edges: view.edges.map {
                Edge(id: $0.id, source: $0.source, target: $0.target, kind: $0.kind.rawValue, label: $0.label,
                     weight: $0.weight, attributes: $0.attributes)
            }))
    }
}
