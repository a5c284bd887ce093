/// One node of a graph view: a model element with what renderers need to draw it.
public struct GraphNode: Sendable, Hashable {
    /// The element id (unique in the view).
    public var id: String
    public var kind: Kind
    /// The element's name in the language asked for (the id when it has none).
    public var label: String
    /// The owner Organisation's id, as written.
    public var owner: String?
    /// `planned`, `development`, `production`, `deprecated` or `retired`, as written.
    public var lifecycle: String?
    /// The id of the Organisation whose cluster the node is drawn in: its owner, or for
    /// systems and platforms without one, their operator.
    public var cluster: String?
    /// Whether the element comes from a reference folder.
    public var isReference: Bool

    public init(id: String, kind: Kind, label: String, owner: String? = nil, lifecycle: String? = nil,
                cluster: String? = nil, isReference: Bool = false) {
        self.id = id
        self.kind = kind
        self.label = label
        self.owner = owner
        self.lifecycle = lifecycle
        self.cluster = cluster
        self.isReference = isReference
    }

    /// How a node looks by its lifecycle: things on their way out are drawn dashed and
    /// grey, things not built yet dotted.
    public var lifecycleStyle: LifecycleStyle {
        switch lifecycle {
        case "deprecated", "retired": .fading
        case "planned": .planned
        default: .normal
        }
    }
}

/// The three looks a node can have by lifecycle.
public enum LifecycleStyle: String, Sendable, Hashable {
    case normal
    /// Deprecated or retired: dashed and grey.
    case fading
    /// Planned: dotted.
    case planned
}
