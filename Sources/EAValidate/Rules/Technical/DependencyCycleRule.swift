import EAModel

/// TEC007: information systems that depend on each other in a circle.
public struct DependencyCycleRule: Rule {
    public static let description = RuleDescription(
        id: "TEC007", slug: "dependency-cycle", layer: .technical, defaultSeverity: .error,
        appliesTo: [.informationSystem],
        summary: "Information systems form a cycle through `dependsOn`.",
        rationale: """
        Reusability and loose coupling: building blocks that need each other to run can only be started, \
        upgraded, moved to the government cloud or replaced together, and an outage in one takes the whole \
        circle down. An error; the message names the whole cycle so it can be broken, usually by having one \
        side read the other's data through an Exchange instead, and lands on the `dependsOn` entry of the \
        cycle's first system (by id). Exchanges are not dependencies: two \
        registers sending data to each other is normal and is not a cycle.
        """,
        triggeringExamples: [
            RuleExample("""
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            dependsOn: [grs.civil-status]
            ---
            id: grs.civil-status
            kind: InformationSystem
            name: Civil status register
            dependsOn: [grs.address-register]
            ---
            id: grs.address-register
            kind: InformationSystem
            name: Address register
            dependsOn: [platform.gov-cloud, ↓grs.population-register]
            ---
            id: platform.gov-cloud
            kind: Platform
            name: Government cloud
            type: cloud
            """),
        ],
        nonTriggeringExamples: [
            // Data flowing both ways between two registers is not a dependency cycle.
            RuleExample("""
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            dependsOn: [platform.gov-cloud]
            ---
            id: grs.address-register
            kind: InformationSystem
            name: Address register
            dependsOn: [platform.gov-cloud]
            ---
            id: platform.gov-cloud
            kind: Platform
            name: Government cloud
            type: cloud
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: grs.address-api
            kind: Interface
            name: Address lookup
            provider: grs.address-register
            ---
            id: grs.addresses-to-population
            kind: Exchange
            name: Population register reads addresses
            consumer: grs.population-register
            interface: grs.address-api
            ---
            id: grs.population-to-addresses
            kind: Exchange
            name: Address register reads residents
            consumer: grs.address-register
            interface: grs.person-api
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        var graph = DirectedGraph<String>()
        var edges: [String: SourceLocation] = [:]
        for system in model.elements(of: .informationSystem) where model[system.id]?.location == system.location {
            graph.add(system.id)
            for reference in system.references("dependsOn") {
                // Only system-to-system edges; platforms, and unresolved ids (INT004's), are not systems.
                guard let target = model[reference.id], target.kind == .informationSystem else { continue }
                graph.addEdge(from: system.id, to: target.id)
                edges[system.id + "\u{1F}" + target.id] = edges[system.id + "\u{1F}" + target.id] ?? reference.location
            }
        }
        return graph.cyclicComponents().compactMap { component -> Finding? in
            // Start the cycle at the first system of this repository; a cycle wholly in
            // reference material is not reported here.
            guard let start = component.first(where: { model[$0]?.isReference == false }) else { return nil }
            let cycle = Self.rotate(graph.cycle(in: component), toStartAt: start, in: graph, component: component)
            guard cycle.count >= 2, let first = model[cycle[0]] else { return nil }
            let hops = zip(cycle, cycle.dropFirst()).map { ($0, $1) }
            let location = edges[hops[0].0 + "\u{1F}" + hops[0].1] ?? first.location
            let related = hops.dropFirst().compactMap { hop -> Finding.Related? in
                edges[hop.0 + "\u{1F}" + hop.1].map { .init($0, "'\(hop.0)' depends on '\(hop.1)'") }
            }
            let others = component.count > cycle.count - 1
                ? " (\(component.count) systems are caught in this circle of dependencies in all: \(Phrase.list(component)))" : ""
            return context.finding(
                "information systems depend on each other in a cycle: \(cycle.joined(separator: " → "))\(others); break it by removing one `dependsOn`, for example by reading the data through an Exchange instead",
                element: first.id, at: location, related: related, subject: "cycle=" + component.joined(separator: ","))
        }
    }

    /// The cycle through `start`: `DirectedGraph.cycle(in:)` starts at the component's
    /// smallest vertex, so the search is repeated from `start` when that vertex is another.
    static func rotate(_ cycle: [String], toStartAt start: String, in graph: DirectedGraph<String>, component: [String]) -> [String] {
        guard cycle.first != start else { return cycle }
        if let index = cycle.dropLast().firstIndex(of: start) {
            let body = Array(cycle.dropLast())
            let rotated = Array(body[index...] + body[..<index])
            return rotated + [start]
        }
        // `start` is in the component but not on this cycle: search from it.
        return graph.cycle(in: [start] + component.filter { $0 != start })
    }
}
