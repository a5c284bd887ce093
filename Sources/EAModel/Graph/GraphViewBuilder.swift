/// Turns the model into the graph view of a viewpoint.
///
/// Cost: each view makes one pass over the elements, references or data flows it reads,
/// merging parallel relations through a dictionary, then one pass over the edges it
/// made to decide which nodes appear: O(elements + references). The only step above
/// linear is the final sort of nodes and edges (O(n log n)), which same-input,
/// same-bytes output needs.
///
/// Which nodes appear: the repository's own elements of the kinds the view is about
/// (its seeds), and any element an edge of the view connects to one of the repository's
/// own elements, or that an Exchange of the repository connects. So an element read from
/// a reference folder appears only when something in the view links to it, and a
/// reference platform that nothing uses stays out.
public struct GraphViewBuilder: Sendable {
    public let model: Model
    /// The languages labels are taken in, in order of preference (`LocalizedText.best`).
    public let languages: [String]

    public init(model: Model, languages: [String] = []) {
        self.model = model
        self.languages = languages
    }

    public func build(_ viewpoint: Viewpoint) -> GraphView {
        var assembly = Assembly(model: model)
        switch viewpoint {
        case .systems: systems(into: &assembly)
        case .dataFlow: dataFlow(into: &assembly)
        case .organisations: organisations(into: &assembly)
        case .services: services(into: &assembly)
        case .all: all(into: &assembly)
        }
        return assembly.view(viewpoint, languages: languages)
    }

    // The kinds an edge's ends may be, made once: a set literal at each relation made a
    // set, 17,000 of them for the systems view at 20,000 elements.
    private static let systems: Set<Kind> = [.informationSystem]
    private static let platforms: Set<Kind> = [.platform]
    private static let systemsAndPlatforms: Set<Kind> = [.informationSystem, .platform]
    private static let organisations: Set<Kind> = [.organisation]
    private static let processes: Set<Kind> = [.businessProcess]

    // MARK: Views

    private func systems(into assembly: inout Assembly) {
        assembly.seed(kinds: [.informationSystem, .platform])
        let (systems, flows) = (model.elements(of: .informationSystem), model.dataFlows)
        assembly.reserveCapacity(flows.count + 2 * systems.count)
        for system in systems {
            for target in system.references("dependsOn") {
                assembly.relate(system.id, target.id, .dependsOn, label: "depends on", writer: system,
                                targetKinds: Self.systemsAndPlatforms)
            }
            if let platform = system.reference("hosting") {
                assembly.relate(system.id, platform.id, .hosting, label: "hosted on", writer: system, targetKinds: Self.platforms)
            }
        }
        for flow in flows {
            guard let exchange = model[flow.exchange] else { continue }
            // One edge per provider–consumer pair: the labels of everything it carries.
            assembly.relate(flow.provider, flow.consumer, .dataFlow, labels: flow.entities.map(label(of:)), writer: exchange,
                            sourceKinds: Self.systems, targetKinds: Self.systems,
                            attributes: ["exchanges": [flow.exchange], "entities": flow.entities])
        }
    }

    private func dataFlow(into assembly: inout Assembly) {
        for flow in model.dataFlows {
            guard let exchange = model[flow.exchange] else { continue }
            var via = "via " + label(of: flow.interface)
            if let platform = flow.platform { via += " on " + label(of: platform) }
            let entities = flow.entities.map(label(of:)).joined(separator: ", ")
            var attributes = ["exchange": [flow.exchange], "interface": [flow.interface], "entities": flow.entities]
            if let platform = flow.platform { attributes["platform"] = [platform] }
            if let frequency = exchange.string("frequency") { attributes["frequency"] = [frequency] }
            assembly.relate(flow.provider, flow.consumer, .dataFlow, distinctBy: flow.exchange,
                            labels: [entities.isEmpty ? via : entities + "\n" + via], writer: exchange,
                            sourceKinds: Self.systems, targetKinds: Self.systems, attributes: attributes)
        }
    }

    private func organisations(into assembly: inout Assembly) {
        assembly.seed(kinds: [.organisation])
        for flow in model.dataFlows {
            guard let exchange = model[flow.exchange],
                  let provider = model[flow.provider]?.organisationInCharge,
                  let consumer = model[flow.consumer]?.organisationInCharge,
                  provider != consumer else { continue }
            assembly.relate(provider, consumer, .dataFlow, labels: flow.entities.map(label(of:)), writer: exchange,
                            sourceKinds: Self.organisations, targetKinds: Self.organisations,
                            attributes: ["exchanges": [flow.exchange], "entities": flow.entities])
        }
    }

    private func services(into assembly: inout Assembly) {
        assembly.seed(kinds: [.publicService, .businessProcess])
        for service in model.elements(of: .publicService) {
            for process in service.references("realizedBy") {
                assembly.relate(service.id, process.id, .realizedBy, label: "realised by", writer: service, targetKinds: Self.processes)
            }
        }
        for process in model.elements(of: .businessProcess) {
            for system in process.references("supportedBy") {
                assembly.relate(process.id, system.id, .supportedBy, label: "supported by", writer: process,
                                targetKinds: Self.systems)
            }
        }
        // Platforms only under systems the chain reached, not under every system.
        for system in assembly.resolveNodes() where system.kind == .informationSystem {
            if let platform = system.reference("hosting") {
                assembly.relate(system.id, platform.id, .hosting, label: "hosted on", writer: system, targetKinds: Self.platforms)
            }
        }
    }

    private func all(into assembly: inout Assembly) {
        assembly.seed(kinds: Set(Kind.allCases))
        assembly.reserveCapacity(model.references.count)
        for reference in model.references {
            guard let source = reference.sourceElement else { continue }
            let field = reference.fieldPath
            assembly.relate(reference.source, reference.target, GraphEdgeKind(rawValue: field), label: field, writer: source,
                            from: reference.sourceElement, to: reference.targetElement)
        }
    }

    private func label(of id: String) -> String {
        model[id]?.label(languages) ?? id
    }
}

/// The nodes and edges of a view while it is being built.
private struct Assembly {
    struct Draft {
        var source: String
        var target: String
        var kind: GraphEdgeKind
        var discriminator: String
        var labels: EdgeLabels
        var weight: Int
        /// Every value given, in the order given, repeats included: sorted and made
        /// distinct once, when the view is made (a set for each value of each relation
        /// cost more than the rest of building the edge).
        var attributes: [String: [String]]
        /// Written by, or touching, one of the repository's own elements.
        var anchored: Bool
    }

    struct Key: Hashable {
        var source: String
        var target: String
        var kind: GraphEdgeKind
        var discriminator: String
    }

    let model: Model
    private var seeds: [Element] = []
    private var drafts: [Draft] = []
    private var index: [Key: Int] = [:]

    init(model: Model) {
        self.model = model
    }

    /// Room for this many edges, so a national view does not rehash its index as it grows.
    mutating func reserveCapacity(_ count: Int) {
        drafts.reserveCapacity(count)
        index.reserveCapacity(count)
    }

    /// The repository's own elements of these kinds appear whether linked or not.
    mutating func seed(kinds: Set<Kind>) {
        for kind in kinds.sorted() {
            seeds += model.elements(of: kind).filter { !$0.isReference && model[$0.id]?.location == $0.location }
        }
    }

    /// `from` and `to`: the elements `source` and `target` name, when already known (a
    /// reference carries them), so that they are not looked up again.
    mutating func relate(_ source: String, _ target: String, _ kind: GraphEdgeKind, distinctBy discriminator: String = "",
                         label: String, writer: Element, sourceKinds: Set<Kind>? = nil, targetKinds: Set<Kind>? = nil,
                         attributes: [String: [String]] = [:], from: Element? = nil, to: Element? = nil) {
        relate(source, target, kind, distinctBy: discriminator, labels: EdgeLabels(label), writer: writer, sourceKinds: sourceKinds,
               targetKinds: targetKinds, attributes: attributes, from: from, to: to)
    }

    mutating func relate(_ source: String, _ target: String, _ kind: GraphEdgeKind, distinctBy discriminator: String = "",
                         labels: [String], writer: Element, sourceKinds: Set<Kind>? = nil, targetKinds: Set<Kind>? = nil,
                         attributes: [String: [String]] = [:]) {
        var edgeLabels = EdgeLabels()
        for label in labels { edgeLabels.insert(label) }
        relate(source, target, kind, distinctBy: discriminator, labels: edgeLabels, writer: writer, sourceKinds: sourceKinds,
               targetKinds: targetKinds, attributes: attributes)
    }

    /// Adds a relation, merging it into the edge already there for the same ends, kind
    /// and discriminator. Relations to elements that do not exist, or of a kind the view
    /// does not draw there, are left out (`eaf validate` reports them).
    private mutating func relate(_ source: String, _ target: String, _ kind: GraphEdgeKind, distinctBy discriminator: String,
                                 labels: EdgeLabels, writer: Element, sourceKinds: Set<Kind>?, targetKinds: Set<Kind>?,
                                 attributes: [String: [String]], from known: Element? = nil, to knownTarget: Element? = nil) {
        guard let from = known ?? model[source], let to = knownTarget ?? model[target],
              sourceKinds?.contains(from.kind) ?? true, targetKinds?.contains(to.kind) ?? true else { return }
        let anchored = !writer.isReference || !from.isReference || !to.isReference
        let key = Key(source: source, target: target, kind: kind, discriminator: discriminator)
        if let position = index[key] {
            drafts[position].weight += 1
            drafts[position].labels.formUnion(labels)
            drafts[position].anchored = drafts[position].anchored || anchored
            for (name, values) in attributes { drafts[position].attributes[name, default: []].append(contentsOf: values) }
        } else {
            index[key] = drafts.count
            drafts.append(Draft(source: source, target: target, kind: kind, discriminator: discriminator, labels: labels,
                                weight: 1, attributes: attributes, anchored: anchored))
        }
    }

    /// The elements the view shows so far: the seeds and the ends of anchored edges,
    /// each once, in no particular order.
    func resolveNodes() -> [Element] {
        var seen = Set<String>()
        var elements: [Element] = []
        func include(_ id: String) {
            guard seen.insert(id).inserted, let element = model[id] else { return }
            elements.append(element)
        }
        for seed in seeds { include(seed.id) }
        for draft in drafts where draft.anchored {
            include(draft.source)
            include(draft.target)
        }
        return elements
    }

    func view(_ viewpoint: Viewpoint, languages: [String]) -> GraphView {
        let unsorted = resolveNodes()
        let elements = ByteOrder.sortedPlaces(of: unsorted.map(\.id)).map { unsorted[$0] }
        let nodes = elements.map { element in
            GraphNode(id: element.id, kind: element.kind, label: element.label(languages), owner: element.owner?.id,
                      lifecycle: element.lifecycle, cluster: element.kind == .organisation ? nil : element.organisationInCharge,
                      isReference: element.isReference)
        }
        var clusterLabels: [String: String] = [:]
        for cluster in Set(nodes.compactMap(\.cluster)) {
            clusterLabels[cluster] = model[cluster]?.label(languages) ?? cluster
        }
        // Each shown element's place in id order: edges sort on these integers first, so
        // the sort compares two strings only for parallel edges of one pair of ends.
        var rank: [String: Int] = [:]
        rank.reserveCapacity(elements.count)
        for (place, element) in elements.enumerated() { rank[element.id] = place }
        var kept: [(position: Int, source: Int, target: Int)] = []
        kept.reserveCapacity(drafts.count)
        for (position, draft) in drafts.enumerated() {
            guard let source = rank[draft.source], let target = rank[draft.target] else { continue }
            kept.append((position, source, target))
        }
        let labels = drafts.map(\.labels.joined)
        kept.sort { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            let (i, j) = (a.position, b.position)
            if drafts[i].kind != drafts[j].kind { return drafts[i].kind < drafts[j].kind }
            if labels[i] != labels[j] { return ByteOrder.precedes(labels[i], labels[j]) }
            return ByteOrder.precedes(drafts[i].discriminator, drafts[j].discriminator)
        }
        // Number only the edges the view keeps, so ids run e1, e2, … without gaps.
        var edges: [GraphEdge] = []
        edges.reserveCapacity(kept.count)
        for (number, entry) in kept.enumerated() {
            let p = entry.position
            edges.append(GraphEdge(
                id: "e\(number + 1)", source: drafts[p].source, target: drafts[p].target, kind: drafts[p].kind, label: labels[p],
                weight: drafts[p].weight,
                attributes: drafts[p].attributes.isEmpty ? [:] : drafts[p].attributes.mapValues(Self.distinct)))
        }
        return GraphView(viewpoint: viewpoint, nodes: nodes, edges: edges, ends: kept.map { ($0.source, $0.target) },
                         clusterLabels: clusterLabels)
    }
}

extension Assembly {
    /// An attribute's values in UTF-8 order, each once, separated by commas.
    static func distinct(_ values: [String]) -> String {
        var kept: [String] = []
        for value in values.sorted(by: ByteOrder.precedes) where !(kept.last?.utf8.elementsEqual(value.utf8) ?? false) {
            kept.append(value)
        }
        return kept.joined(separator: ", ")
    }
}

/// The distinct non-empty labels of an edge being built. The first is kept apart, so the
/// usual edge (one label) allocates nothing for them: a national view has hundreds of
/// thousands of edges.
private struct EdgeLabels {
    private var first: String?
    private var others: Set<String> = []

    init() {}

    init(_ label: String) {
        insert(label)
    }

    mutating func insert(_ label: String) {
        guard !label.isEmpty else { return }
        guard let first else {
            first = label
            return
        }
        if label != first { others.insert(label) }
    }

    mutating func formUnion(_ labels: EdgeLabels) {
        if let label = labels.first { insert(label) }
        for label in labels.others { insert(label) }
    }

    /// The labels in UTF-8 order, separated by commas.
    var joined: String {
        guard let first else { return "" }
        guard !others.isEmpty else { return first }
        return ([first] + others).sorted(by: ByteOrder.precedes).joined(separator: ", ")
    }
}
