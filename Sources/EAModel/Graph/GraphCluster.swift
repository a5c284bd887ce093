/// A group of nodes drawn together: the elements one Organisation owns (or operates).
public struct GraphCluster: Sendable, Hashable {
    /// The Organisation's id.
    public var id: String
    /// Its name in the view's language (the id when the Organisation is not in the model).
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
