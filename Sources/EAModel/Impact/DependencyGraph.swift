/// The model's dependencies as a graph, dependent → dependency, built once in one pass
/// over the references and the data flows (see `DependencyRelation` for what counts).
/// Edges are inserted sorted, so searches over it pick the same paths on every run.
public struct DependencyGraph: Sendable {
    /// One dependency: `dependent` depends on `dependency` through `relation`.
    public struct Link: Sendable, Hashable {
        public var dependent: String
        public var dependency: String
        public var relation: DependencyRelation
    }

    let graph: DirectedGraph<String>
    /// Links by edge number.
    let links: [Link]

    public init(model: Model) {
        var links: [Link] = []
        for reference in model.references {
            guard let source = reference.sourceElement, reference.targetElement != nil,
                  DependencyRelation.dependencyFields[source.kind]?.contains(reference.fieldPath) == true else { continue }
            links.append(Link(dependent: reference.source, dependency: reference.target, relation: .field(reference.fieldPath)))
        }
        for flow in model.dataFlows {
            links.append(Link(dependent: flow.consumer, dependency: flow.exchange, relation: .consumes))
            links.append(Link(dependent: flow.consumer, dependency: flow.provider,
                              relation: .dataFlow(exchange: flow.exchange, interface: flow.interface)))
        }
        // A field that names the same element twice (two messages carrying one entity) is one link.
        links = Array(Set(links)).sorted { lhs, rhs in
            if lhs.dependency != rhs.dependency { return ByteOrder.precedes(lhs.dependency, rhs.dependency) }
            if lhs.dependent != rhs.dependent { return ByteOrder.precedes(lhs.dependent, rhs.dependent) }
            return lhs.relation < rhs.relation
        }
        var graph = DirectedGraph<String>()
        for link in links { graph.addEdge(from: link.dependent, to: link.dependency) }
        self.graph = graph
        self.links = links
    }

    /// What `id` depends on directly.
    public func dependencies(of id: String) -> [Link] {
        graph.edges(from: id).map { links[$0] }
    }

    /// What depends on `id` directly.
    public func dependents(of id: String) -> [Link] {
        graph.edges(to: id).map { links[$0] }
    }
}
