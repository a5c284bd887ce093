extension GraphView {
    /// The neighbourhood of one node: every node at most `depth` edges away, following
    /// edges both ways, with all the view's edges between the nodes kept. Costs only the
    /// neighbourhood (the nodes reached and their edges), never a pass over the view.
    public func focused(on id: String, depth: Int) throws(GraphFocusError) -> GraphView {
        guard graph.contains(id) else {
            throw .notInView(id: id, kind: nil, viewpoint: viewpoint, suggestion: Suggestion.nearest(to: id, in: nodes.map(\.id)))
        }
        let visits = graph.breadthFirst(from: id, direction: .both, maxDepth: max(0, depth))
        let kept = Set(visits.map(\.vertex))
        let keptNodes = visits.compactMap { graph.number(of: $0.vertex) }.sorted().map { nodes[$0] }
        return GraphView(viewpoint: viewpoint, nodes: keptNodes, edges: graph.edges(among: kept).map { edges[$0] },
                         clusterLabels: clusterLabels, focus: Focus(id: id, depth: depth))
    }
}

extension GraphViewBuilder {
    /// The view, focused on `focus` when given. An id the view does not hold gives an
    /// error that says whether the element exists at all, and which id was meant.
    public func build(_ viewpoint: Viewpoint, focus: GraphView.Focus?) throws(GraphFocusError) -> GraphView {
        let view = build(viewpoint)
        guard let focus else { return view }
        do {
            return try view.focused(on: focus.id, depth: focus.depth)
        } catch {
            if let element = model[focus.id] {
                throw .notInView(id: focus.id, kind: element.kind, viewpoint: viewpoint, suggestion: nil)
            }
            let suggestion = error.suggestion ?? Suggestion.nearest(to: focus.id, in: model.ids)
            throw .notInView(id: focus.id, kind: nil, viewpoint: viewpoint, suggestion: suggestion)
        }
    }
}

/// Why a view cannot be focused on an element.
public enum GraphFocusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The view has no node `id`: the element exists with `kind` but the viewpoint does
    /// not show it, or (kind nil) no element has the id; `suggestion` is the id likely meant.
    case notInView(id: String, kind: Kind?, viewpoint: Viewpoint, suggestion: String?)

    public var suggestion: String? {
        switch self {
        case .notInView(_, _, _, let suggestion): suggestion
        }
    }

    public var description: String {
        switch self {
        case .notInView(let id, let kind?, let viewpoint, _):
            "'\(id)' (\(kind.rawValue)) is not in the \(viewpoint.rawValue) view; choose a view that shows it (--view all shows every element)"
        case .notInView(let id, nil, _, let suggestion?):
            "no element has id '\(id)'; did you mean '\(suggestion)'?"
        case .notInView(let id, nil, _, nil):
            "no element has id '\(id)'; `eaf list` shows the ids"
        }
    }
}
