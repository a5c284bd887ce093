/// How nodes and edges look, shared by the formats that draw (DOT, Mermaid): a fill per
/// kind after the ArchiMate layer colours, so a reader who knows ArchiMate sees the
/// layers; lifecycle shown by the line (dashed and grey on the way out, dotted planned).
enum GraphStyle {
    static func fill(_ kind: Kind) -> String {
        switch kind {
        case .organisation, .publicService, .businessProcess, .agreement: "#ffffb5"
        case .legalAct: "#ccccff"
        case .dataEntity, .codeList: "#e0f4ff"
        case .informationSystem, .interface: "#b5ffff"
        case .exchange: "#ffffff"
        case .platform: "#c9e7b7"
        case .standard: "#eeeeee"
        case .project: "#ffe0e0"
        }
    }

    /// The fill of a node, greyed when it is deprecated or retired.
    static func fill(_ node: GraphNode) -> String {
        node.lifecycleStyle == .fading ? fadedFill : fill(node.kind)
    }

    static let fadedFill = "#eeeeee"
    static let fadedLine = "#999999"

    static func edgeColour(_ kind: GraphEdgeKind) -> String? {
        switch kind {
        case .dataFlow: "#1f5fa8"
        case .hosting: "#4f7f3f"
        case .realizedBy, .supportedBy: "#8a6d00"
        default: nil
        }
    }

    /// Wider lines for edges that stand for several relations, up to five.
    static func penWidth(_ weight: Int) -> Int {
        min(max(weight, 1), 5)
    }
}
