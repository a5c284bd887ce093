/// One interoperability layer's record: the checks of every rule of the layer.
public struct LayerConformance: Sendable {
    public let layer: RuleLayer
    /// Rules of the layer that ran.
    public let rules: Int
    public let group: ConformanceGroup

    public init(layer: RuleLayer, rules: Int, group: ConformanceGroup) {
        self.layer = layer
        self.rules = rules
        self.group = group
    }

    public var score: ConformanceScore { group.score }
}
