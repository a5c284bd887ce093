/// Graphviz DOT: one `subgraph cluster_…` per owner organisation, nodes shaped by kind
/// and filled by layer, lifecycle shown by the outline. Every id and label is quoted
/// and escaped, so names with quotes, backslashes, `<`, `&`, newlines or Cyrillic text
/// come out as written.
public struct DOTRenderer: GraphRenderer {
    public init() {}

    public func render(_ view: GraphView) -> String {
        var out = "digraph \(Self.quote(graphName(view))) {\n"
        // newrank: Graphviz 2.43 (Debian 12) fails with "trouble in init_rank" on large
        // views whose edges cross many clusters unless ranking is done globally.
        out += "  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\", fontsize=11, nodesep=0.3, ranksep=0.6];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", color=\"#333333\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#444444\"];\n"
        for group in view.nodesByCluster {
            var indent = "  "
            if let cluster = group.cluster {
                out += "\n  subgraph \(Self.quote("cluster_" + cluster.id)) {\n"
                out += "    label=\(Self.quote(cluster.label));\n"
                out += "    style=\"rounded\";\n    color=\"#888888\";\n"
                indent = "    "
            } else {
                out += "\n"
            }
            for node in group.nodes { out += indent + nodeLine(node) + "\n" }
            if group.cluster != nil { out += "  }\n" }
        }
        if !view.edges.isEmpty { out += "\n" }
        for edge in view.edges { out += "  " + edgeLine(edge) + "\n" }
        out += "}\n"
        return out
    }

    private func graphName(_ view: GraphView) -> String {
        view.focus.map { "\(view.viewpoint.rawValue) around \($0.id)" } ?? view.viewpoint.rawValue
    }

    private func nodeLine(_ node: GraphNode) -> String {
        var attributes = [
            ("label", Self.quote(Self.wrap(node.label))),
            ("tooltip", Self.quote("\(node.kind.rawValue) \(node.id)")),
            ("shape", Self.shape(node.kind)),
            ("fillcolor", Self.quote(GraphStyle.fill(node))),
        ]
        switch node.lifecycleStyle {
        case .normal:
            if node.kind == .publicService { attributes.append(("style", Self.quote("filled,rounded"))) }
        case .fading:
            attributes += [("style", Self.quote("filled,dashed")), ("color", Self.quote(GraphStyle.fadedLine)),
                           ("fontcolor", Self.quote(GraphStyle.fadedLine))]
        case .planned:
            attributes.append(("style", Self.quote("filled,dotted")))
        }
        return "\(Self.quote(node.id)) [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
    }

    private func edgeLine(_ edge: GraphEdge) -> String {
        var attributes: [(String, String)] = []
        if !edge.label.isEmpty { attributes.append(("label", Self.quote(Self.wrap(edge.label)))) }
        if let colour = GraphStyle.edgeColour(edge.kind) {
            attributes += [("color", Self.quote(colour)), ("fontcolor", Self.quote(colour))]
        }
        if edge.kind == .hosting { attributes.append(("style", "dashed")) }
        if edge.weight > 1 { attributes.append(("penwidth", String(GraphStyle.penWidth(edge.weight)))) }
        let list = attributes.isEmpty ? "" : " [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "]"
        return "\(Self.quote(edge.source)) -> \(Self.quote(edge.target))\(list);"
    }

    /// Breaks a long label between words into lines of about `width` characters:
    /// Graphviz never wraps, and official names ("Ministry of Digital Development and
    /// Innovative Technologies of the Kyrgyz Republic") would otherwise stretch the layout
    /// across the page. A newline the name itself holds is kept.
    static func wrap(_ label: String, width: Int = 28) -> String {
        // Most labels are short: no more bytes than the width means no more characters.
        if label.utf8.count <= width, !label.utf8.contains(UInt8(ascii: "\n")) { return label }
        return label.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = []
            var current = ""
            var length = 0  // current.count, kept as words are added rather than recounted
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let wordLength = word.count
                if !current.isEmpty && length + 1 + wordLength > width {
                    lines.append(current)
                    current = String(word)
                    length = wordLength
                } else if current.isEmpty {
                    current = String(word)
                    length = wordLength
                } else {
                    current += " " + word
                    length += 1 + wordLength
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func shape(_ kind: Kind) -> String {
        switch kind {
        case .organisation: "house"
        case .publicService: "box"
        case .businessProcess: "cds"
        case .agreement: "note"
        case .legalAct: "tab"
        case .dataEntity, .codeList: "cylinder"
        case .informationSystem: "component"
        case .interface: "ellipse"
        case .exchange: "diamond"
        case .standard: "folder"
        case .platform: "box3d"
        case .project: "parallelogram"
        }
    }

    /// A DOT double-quoted string. Backslash and quote are escaped; a newline becomes
    /// DOT's `\n` line break; `&` becomes `&amp;` because Graphviz reads HTML entities in
    /// labels (so `&amp;` written in a name stays `&amp;`); other control characters,
    /// which no label means to hold, are dropped.
    static func quote(_ text: String) -> String {
        // Most texts have nothing to escape; finding that out byte by byte is cheap.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "&")
        }
        if plain { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            case "\t": out += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
