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
            let (nodes, margin) = (group.nodes, indent)
            Self.appendLines(nodes.count, to: &out) { margin + nodeLine(nodes[$0]) + "\n" }
            if group.cluster != nil { out += "  }\n" }
        }
        if !view.edges.isEmpty { out += "\n" }
        let edges = view.edges
        Self.appendLines(edges.count, to: &out) { "  " + edgeLine(edges[$0]) + "\n" }
        out += "}\n"
        return out
    }

    /// Appends lines `0..<count`, in order. They are written in chunks on all cores (a
    /// national view has a hundred thousand nodes and edges, each quoted and wrapped on its
    /// own), and each chunk is let go once copied, so the graph is not held twice.
    private static func appendLines(_ count: Int, to out: inout String, _ line: @escaping @Sendable (Int) -> String) {
        let size = 1024
        var chunks = Parallel.map((count + size - 1) / size) { chunk in
            var text = ""
            for index in chunk * size..<min(count, (chunk + 1) * size) { text += line(index) }
            return text
        }
        out.reserveCapacity(out.utf8.count + chunks.reduce(0) { $0 + $1.utf8.count })
        for index in chunks.indices {
            out += chunks[index]
            chunks[index] = ""
        }
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
    ///
    /// Works on UTF-8 bytes and counts characters as Unicode scalars (names are written
    /// in precomposed letters): as `String` work it cost over 100,000 instructions a label.
    static func wrap(_ label: String, width: Int = 28) -> String {
        let bytes = Array(label.utf8)
        // Most labels are short: no more bytes than the width means no more characters.
        if bytes.count <= width, !bytes.contains(UInt8(ascii: "\n")) { return label }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append(UInt8(ascii: "\n")) }
            var current: [UInt8] = []
            var length = 0
            for word in line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) {
                let wordLength = word.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                if !current.isEmpty && length + 1 + wordLength > width {
                    out.append(contentsOf: current)
                    out.append(UInt8(ascii: "\n"))
                    current = Array(word)
                    length = wordLength
                } else if current.isEmpty {
                    current = Array(word)
                    length = wordLength
                } else {
                    current.append(UInt8(ascii: " "))
                    current.append(contentsOf: word)
                    length += 1 + wordLength
                }
            }
            out.append(contentsOf: current)
        }
        return String(decoding: out, as: UTF8.self)
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
        // Most texts (every id) have nothing to escape; finding that out is cheap.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "&") }) {
            return "\"" + text + "\""
        }
        // Every character escaped or dropped is ASCII, so bytes can be copied as they come.
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
            case 0x00..<0x20, 0x7F: break
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
