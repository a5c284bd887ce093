/// A directed graph over element ids (or any hashable nodes) with linear-time
/// algorithms; rules (TEC007's cycle search) and the graph views share it.
public struct DirectedGraph<Vertex: Hashable & Comparable & Sendable>: Sendable {
    /// Vertices in insertion order.
    public private(set) var vertices: [Vertex] = []
    private var index: [Vertex: Int] = [:]
    private var successors: [[Int]] = []

    public init() {}

    /// Adds a vertex if new; returns its number.
    @discardableResult
    public mutating func add(_ vertex: Vertex) -> Int {
        if let existing = index[vertex] { return existing }
        index[vertex] = vertices.count
        vertices.append(vertex)
        successors.append([])
        return vertices.count - 1
    }

    public mutating func addEdge(from source: Vertex, to target: Vertex) {
        let from = add(source)
        let to = add(target)
        successors[from].append(to)
    }

    public func successors(of vertex: Vertex) -> [Vertex] {
        guard let number = index[vertex] else { return [] }
        return successors[number].map { vertices[$0] }
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
            // Each frame: a vertex and how many of its successors have been visited.
            var frames: [(vertex: Int, next: Int)] = [(start, 0)]
            order[start] = counter
            lowLink[start] = counter
            counter += 1
            stack.append(start)
            onStack[start] = true
            while let frame = frames.last {
                let vertex = frame.vertex
                if frame.next < successors[vertex].count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[vertex][frame.next]
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
                    if component.count > 1 || successors[vertex].contains(vertex) {
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
