/// A directed graph over element ids (or any hashable nodes) with linear-time
/// algorithms; rules (TEC007's cycle search), the graph views and impact analysis share it.
///
/// Edges are numbered in insertion order and indexed both ways (out of and into each
/// vertex), so a caller can keep a parallel array of edge payloads and walk the graph in
/// either direction at a cost proportional to the part it visits.
public struct DirectedGraph<Vertex: Hashable & Comparable & Sendable>: Sendable {
    /// One edge by vertex numbers.
    public struct Edge: Sendable, Hashable {
        public var source: Int
        public var target: Int
    }

    /// Which way a traversal follows edges.
    public enum Direction: Sendable {
        /// From source to target.
        case forward
        /// From target to source.
        case backward
        /// Both ways, as if undirected.
        case both
    }

    /// A vertex reached by a breadth-first search: how far from the start, and the edge
    /// it was first reached through (nil for the start).
    public struct Visit: Sendable, Hashable {
        public var vertex: Vertex
        public var depth: Int
        public var edge: Int?
    }

    /// Vertices in insertion order.
    public private(set) var vertices: [Vertex] = []
    /// Edges in insertion order; an edge's number is its position here.
    public private(set) var edges: [Edge] = []
    private var index: [Vertex: Int] = [:]
    private var outgoing: [[Int]] = []
    private var incoming: [[Int]] = []

    public init() {}

    /// Adds a vertex if new; returns its number.
    @discardableResult
    public mutating func add(_ vertex: Vertex) -> Int {
        if let existing = index[vertex] { return existing }
        index[vertex] = vertices.count
        vertices.append(vertex)
        outgoing.append([])
        incoming.append([])
        return vertices.count - 1
    }

    /// Adds an edge (and its vertices if new); returns the edge's number.
    @discardableResult
    public mutating func addEdge(from source: Vertex, to target: Vertex) -> Int {
        let from = add(source)
        let to = add(target)
        edges.append(Edge(source: from, target: to))
        outgoing[from].append(edges.count - 1)
        incoming[to].append(edges.count - 1)
        return edges.count - 1
    }

    /// Adds an edge between two vertices already in the graph, by their numbers.
    @discardableResult
    public mutating func addEdge(fromNumber source: Int, toNumber target: Int) -> Int {
        edges.append(Edge(source: source, target: target))
        outgoing[source].append(edges.count - 1)
        incoming[target].append(edges.count - 1)
        return edges.count - 1
    }

    /// The number of a vertex, if it is in the graph.
    public func number(of vertex: Vertex) -> Int? { index[vertex] }

    public func contains(_ vertex: Vertex) -> Bool { index[vertex] != nil }

    /// Numbers of the edges that leave `vertex`, in insertion order.
    public func edges(from vertex: Vertex) -> [Int] {
        index[vertex].map { outgoing[$0] } ?? []
    }

    /// Numbers of the edges that enter `vertex`, in insertion order.
    public func edges(to vertex: Vertex) -> [Int] {
        index[vertex].map { incoming[$0] } ?? []
    }

    public func source(of edge: Int) -> Vertex { vertices[edges[edge].source] }
    public func target(of edge: Int) -> Vertex { vertices[edges[edge].target] }

    public func successors(of vertex: Vertex) -> [Vertex] {
        edges(from: vertex).map(target(of:))
    }

    public func predecessors(of vertex: Vertex) -> [Vertex] {
        edges(to: vertex).map(source(of:))
    }

    /// Breadth-first search from `start`, following edges in `direction`, at most
    /// `maxDepth` edges away (unbounded when nil). Returns the vertices reached in the
    /// order they were reached, the start first; empty when `start` is not in the graph.
    /// Each vertex is reached through the first edge, in insertion order, from the
    /// earliest-reached vertex, so callers that insert edges in a sorted order get
    /// deterministic shortest paths. Costs O(vertices reached + their edges): it never
    /// looks at the rest of the graph.
    public func breadthFirst(from start: Vertex, direction: Direction, maxDepth: Int? = nil) -> [Visit] {
        guard let first = index[start] else { return [] }
        var reached: [Int: Int] = [first: 0]  // vertex number → position in `visits`
        var visits = [Visit(vertex: start, depth: 0, edge: nil)]
        var numbers = [first]
        var head = 0
        while head < visits.count {
            let vertex = numbers[head]
            let depth = visits[head].depth
            head += 1
            if let maxDepth, depth >= maxDepth { continue }
            func follow(_ edge: Int, to next: Int) {
                guard reached[next] == nil else { return }
                reached[next] = visits.count
                visits.append(Visit(vertex: vertices[next], depth: depth + 1, edge: edge))
                numbers.append(next)
            }
            if direction != .backward {
                for edge in outgoing[vertex] { follow(edge, to: edges[edge].target) }
            }
            if direction != .forward {
                for edge in incoming[vertex] { follow(edge, to: edges[edge].source) }
            }
        }
        return visits
    }

    /// Numbers of the edges whose both ends are in `kept`, in increasing order. Costs
    /// O(kept vertices' outgoing edges), not the whole graph.
    public func edges(among kept: Set<Vertex>) -> [Int] {
        var found: [Int] = []
        for vertex in kept {
            guard let number = index[vertex] else { continue }
            for edge in outgoing[number] where kept.contains(vertices[edges[edge].target]) {
                found.append(edge)
            }
        }
        return found.sorted()
    }

    /// Strongly connected components with more than one vertex, or with a self-loop:
    /// exactly the sets of vertices that lie on a cycle. Tarjan's algorithm, iterative so
    /// deep graphs cannot overflow the stack; O(V + E). Each component is sorted, and the
    /// components are sorted by their first vertex.
    public func cyclicComponents() -> [[Vertex]] {
        let count = vertices.count
        var order = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var counter = 0
        var components: [[Vertex]] = []

        for start in 0..<count where order[start] == -1 {
            // Each frame: a vertex and how many of its outgoing edges have been followed.
            var frames: [(vertex: Int, next: Int)] = [(start, 0)]
            order[start] = counter
            lowLink[start] = counter
            counter += 1
            stack.append(start)
            onStack[start] = true
            while let frame = frames.last {
                let vertex = frame.vertex
                if frame.next < outgoing[vertex].count {
                    frames[frames.count - 1].next += 1
                    let successor = edges[outgoing[vertex][frame.next]].target
                    if order[successor] == -1 {
                        order[successor] = counter
                        lowLink[successor] = counter
                        counter += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[vertex] = min(lowLink[vertex], order[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last {
                    lowLink[parent.vertex] = min(lowLink[parent.vertex], lowLink[vertex])
                }
                if lowLink[vertex] == order[vertex] {
                    var component: [Int] = []
                    while let top = stack.popLast() {
                        onStack[top] = false
                        component.append(top)
                        if top == vertex { break }
                    }
                    if component.count > 1 || outgoing[vertex].contains(where: { edges[$0].target == vertex }) {
                        components.append(component.map { vertices[$0] }.sorted())
                    }
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    /// One cycle through the component's smallest vertex, staying inside the component:
    /// a shortest path back to the start found by breadth-first search, O(V + E) in the
    /// component. The cycle starts and ends at that vertex (`a → b → a`).
    public func cycle(in component: [Vertex]) -> [Vertex] {
        guard let start = component.first else { return [] }
        let members = Set(component)
        var previous: [Vertex: Vertex] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for successor in successors(of: vertex).sorted() where members.contains(successor) {
                if successor == start {
                    var chain: [Vertex] = []
                    var cursor = vertex
                    while cursor != start {
                        chain.append(cursor)
                        cursor = previous[cursor]!
                    }
                    return [start] + chain.reversed() + [start]
                }
                if previous[successor] == nil && successor != start {
                    previous[successor] = vertex
                    queue.append(successor)
                }
            }
        }
        return [start]
    }
}
