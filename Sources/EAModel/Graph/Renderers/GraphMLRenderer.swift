/// GraphML for yEd and Gephi: `key` declarations for the node data (label, kind, layer,
/// owner, lifecycle, cluster and its label, reference) and edge data (kind, label, weight and each further
/// attribute the view's edges carry), then one flat, directed graph. Text is XML-escaped;
/// characters XML 1.0 cannot hold are dropped.
public struct GraphMLRenderer: GraphRenderer {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    public init() {}

    public func render(_ view: GraphView) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"\(Self.namespace)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"\(Self.namespace) \(Self.namespace)/1.0/graphml.xsd\">\n"
        let nodeKeys = ["label", "kind", "layer", "owner", "lifecycle", "cluster", "clusterLabel"]
        for key in nodeKeys {
            out += "  <key id=\"\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n"
        }
        out += "  <key id=\"reference\" for=\"node\" attr.name=\"reference\" attr.type=\"boolean\"><default>false</default></key>\n"
        out += "  <key id=\"edge-kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        out += "  <key id=\"edge-label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
        out += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"><default>1</default></key>\n"
        let attributeNames = Set(view.edges.flatMap(\.attributes.keys)).sorted(by: ByteOrder.precedes)
        for name in attributeNames {
            out += "  <key id=\"\(Self.escape("edge-" + name))\" for=\"edge\" attr.name=\"\(Self.escape(name))\" attr.type=\"string\"/>\n"
        }
        out += "  <graph id=\"\(Self.escape(view.viewpoint.rawValue))\" edgedefault=\"directed\">\n"
        if let focus = view.focus {
            out += "    <desc>\(Self.escape("\(view.viewpoint.rawValue) view around \(focus.id), depth \(focus.depth)"))</desc>\n"
        }
        let clusterLabels = Dictionary(uniqueKeysWithValues: view.clusters.map { ($0.id, $0.label) })
        for node in view.nodes {
            out += "    <node id=\"\(Self.escape(node.id))\">\n"
            out += data("label", node.label)
            out += data("kind", node.kind.rawValue)
            out += data("layer", node.kind.layer)
            if let owner = node.owner { out += data("owner", owner) }
            if let lifecycle = node.lifecycle { out += data("lifecycle", lifecycle) }
            if let cluster = node.cluster {
                out += data("cluster", cluster)
                out += data("clusterLabel", clusterLabels[cluster] ?? cluster)
            }
            if node.isReference { out += data("reference", "true") }
            out += "    </node>\n"
        }
        for edge in view.edges {
            out += "    <edge id=\"\(Self.escape(edge.id))\" source=\"\(Self.escape(edge.source))\" target=\"\(Self.escape(edge.target))\">\n"
            out += data("edge-kind", edge.kind.rawValue)
            if !edge.label.isEmpty { out += data("edge-label", edge.label) }
            if edge.weight != 1 { out += data("weight", String(edge.weight)) }
            for name in edge.attributes.keys.sorted(by: ByteOrder.precedes) {
                out += data("edge-" + name, edge.attributes[name]!)
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(Self.escape(key))\">\(Self.escape(value))</data>\n"
    }

    /// Text for XML content and attribute values. Newlines are written as `&#10;` so
    /// they survive in attributes too, and `\r` as `&#13;`, which parsers would otherwise
    /// turn into `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
