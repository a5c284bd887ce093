/// A typed view graph of the model: the nodes and edges one viewpoint shows, with the
/// clusters nodes are drawn in. Built once by `GraphViewBuilder`; indexed both ways (by
/// a `DirectedGraph` whose vertex and edge numbers are positions in `nodes` and `edges`),
/// so focusing on a neighbourhood costs only the part visited. Renderers read it.
public struct GraphView: Sendable {
    public let viewpoint: Viewpoint
    /// Nodes in the order given (the builder gives them sorted by id).
    public let nodes: [GraphNode]
    /// Edges in the order given (the builder gives them sorted by source, target, kind
    /// and label).
    public let edges: [GraphEdge]
    /// The clusters the nodes are drawn in, sorted by id.
    public let clusters: [GraphCluster]
    /// The element the view was focused on, and how many hops around it were kept.
    public let focus: Focus?
    let graph: DirectedGraph<String>
    /// Cluster labels by Organisation id, handed on to focused views.
    let clusterLabels: [String: String]

    /// Where a focused view is centred.
    public struct Focus: Sendable, Hashable {
        public var id: String
        public var depth: Int

        public init(id: String, depth: Int) {
            self.id = id
            self.depth = depth
        }
    }

    /// A view from parts. Edges whose ends are not among the nodes are dropped; a
    /// cluster's label is looked up in `clusterLabels` (the id when missing there).
    public init(viewpoint: Viewpoint, nodes: [GraphNode], edges: [GraphEdge], clusterLabels: [String: String] = [:],
                focus: Focus? = nil) {
        var graph = DirectedGraph<String>()
        for node in nodes { graph.add(node.id) }
        var kept: [GraphEdge] = []
        kept.reserveCapacity(edges.count)
        for edge in edges {
            guard let source = graph.number(of: edge.source), let target = graph.number(of: edge.target) else { continue }
            kept.append(edge)
            graph.addEdge(fromNumber: source, toNumber: target)
        }
        self.init(viewpoint: viewpoint, nodes: nodes, edges: kept, graph: graph, clusterLabels: clusterLabels, focus: focus)
    }

    /// A view whose edges' ends are given by their places in `nodes`, as the builder has
    /// them: no look-up by id for each edge. Node ids must not repeat.
    init(viewpoint: Viewpoint, nodes: [GraphNode], edges: [GraphEdge], ends: [(source: Int, target: Int)],
         clusterLabels: [String: String]) {
        var graph = DirectedGraph<String>()
        for (place, node) in nodes.enumerated() {
            let number = graph.add(node.id)
            assert(number == place, "node id '\(node.id)' repeats")
        }
        for end in ends { graph.addEdge(fromNumber: end.source, toNumber: end.target) }
        self.init(viewpoint: viewpoint, nodes: nodes, edges: edges, graph: graph, clusterLabels: clusterLabels, focus: nil)
    }

    private init(viewpoint: Viewpoint, nodes: [GraphNode], edges: [GraphEdge], graph: DirectedGraph<String>,
                 clusterLabels: [String: String], focus: Focus?) {
        self.viewpoint = viewpoint
        self.focus = focus
        self.nodes = nodes
        self.edges = edges
        self.graph = graph
        self.clusterLabels = clusterLabels
        let clusterIDs = Set(nodes.compactMap(\.cluster)).sorted(by: ByteOrder.precedes)
        clusters = clusterIDs.map { GraphCluster(id: $0, label: clusterLabels[$0] ?? $0) }
    }

    /// The node with this id, if it is in the view.
    public func node(_ id: String) -> GraphNode? {
        graph.number(of: id).map { nodes[$0] }
    }

    /// Edges leaving the node, in view order.
    public func edges(from id: String) -> [GraphEdge] {
        graph.edges(from: id).map { edges[$0] }
    }

    /// Edges entering the node, in view order.
    public func edges(to id: String) -> [GraphEdge] {
        graph.edges(to: id).map { edges[$0] }
    }

    /// The nodes grouped for drawing: first those in no cluster, then each cluster's, in
    /// cluster order; within a group, in view order.
    public var nodesByCluster: [(cluster: GraphCluster?, nodes: [GraphNode])] {
        var members: [String: [GraphNode]] = [:]
        var loose: [GraphNode] = []
        for node in nodes {
            if let cluster = node.cluster { members[cluster, default: []].append(node) } else { loose.append(node) }
        }
        var groups: [(cluster: GraphCluster?, nodes: [GraphNode])] = []
        if !loose.isEmpty { groups.append((nil, loose)) }
        for cluster in clusters { groups.append((cluster, members[cluster.id] ?? [])) }
        return groups
    }
}
