/// Graphviz DOT: one `subgraph cluster_…` per owner organisation, nodes shaped by kind
/// and filled by layer, lifecycle shown by the outline. Every id and label is quoted
/// and escaped, so names with quotes, backslashes, `<`, `&`, newlines or Cyrillic text
/// come out as written.
public struct DOTRenderer: GraphRenderer {
    /// Whether what an edge means is its tooltip rather than its label: Graphviz lays out
    /// a label as a node of its own, and on a graph of hundreds of edges the labels took
    /// it ten times as long, and more, to draw a picture no one could read.
    public var edgeLabelsAsTooltips: Bool

    public init(edgeLabelsAsTooltips: Bool = false) {
        self.edgeLabelsAsTooltips = edgeLabelsAsTooltips
    }

    public func render(_ view: GraphView) -> String {
        String(decoding: bytes(view), as: UTF8.self)
    }

    public func output(_ view: GraphView) -> RenderedOutput { .pieces([bytes(view)]) }

    private func bytes(_ view: GraphView) -> [UInt8] {
        // Written as bytes: as Strings, quoting, joining and interpolating cost 9,000
        // instructions an edge, a third of `eaf graph --view all`.
        var out: [UInt8] = []
        out.reserveCapacity(256 + view.nodes.count * 160 + view.edges.count * 80)
        out.append(contentsOf: "digraph ".utf8)
        Self.appendQuoted(graphName(view), to: &out)
        out.append(contentsOf: " {\n".utf8)
        // newrank: Graphviz 2.43 (Debian 12) fails with "trouble in init_rank" on large
        // views whose edges cross many clusters unless ranking is done globally.
        out.append(contentsOf: "  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\", fontsize=11, nodesep=0.3, ranksep=0.6];\n".utf8)
        out.append(contentsOf: "  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", color=\"#333333\"];\n".utf8)
        out.append(contentsOf: "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#444444\"];\n".utf8)
        for group in view.nodesByCluster {
            var indent = "  "
            if let cluster = group.cluster {
                out.append(contentsOf: "\n  subgraph ".utf8)
                Self.appendQuoted("cluster_" + cluster.id, to: &out)
                out.append(contentsOf: " {\n    label=".utf8)
                Self.appendQuoted(cluster.label, to: &out)
                out.append(contentsOf: ";\n    style=\"rounded\";\n    color=\"#888888\";\n".utf8)
                indent = "    "
            } else {
                out.append(0x0A)
            }
            let (nodes, margin) = (group.nodes, indent)
            Self.appendLines(nodes.count, to: &out) { index, line in
                line.append(contentsOf: margin.utf8)
                nodeLine(nodes[index], to: &line)
                line.append(0x0A)
            }
            if group.cluster != nil { out.append(contentsOf: "  }\n".utf8) }
        }
        if !view.edges.isEmpty { out.append(0x0A) }
        let edges = view.edges
        Self.appendLines(edges.count, to: &out) { index, line in
            line.append(contentsOf: "  ".utf8)
            edgeLine(edges[index], to: &line)
            line.append(0x0A)
        }
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// Appends lines `0..<count`, in order. They are written in chunks on all cores (a
    /// national view has a hundred thousand nodes and edges, each quoted and wrapped on its
    /// own), and each chunk is let go once copied, so the graph is not held twice.
    private static func appendLines(_ count: Int, to out: inout [UInt8], _ line: @escaping @Sendable (Int, inout [UInt8]) -> Void) {
        let size = 1024
        var chunks = Parallel.map((count + size - 1) / size) { chunk in
            var text: [UInt8] = []
            text.reserveCapacity(size * 96)
            for index in chunk * size..<min(count, (chunk + 1) * size) { line(index, &text) }
            return text
        }
        out.reserveCapacity(out.count + chunks.reduce(0) { $0 + $1.count })
        for index in chunks.indices {
            out.append(contentsOf: chunks[index])
            chunks[index] = []
        }
    }

    private func graphName(_ view: GraphView) -> String {
        view.focus.map { "\(view.viewpoint.rawValue) around \($0.id)" } ?? view.viewpoint.rawValue
    }

    /// `"id" [label="…", tooltip="Kind id", shape=…, fillcolor="…"(, style, colours)];`
    private func nodeLine(_ node: GraphNode, to out: inout [UInt8]) {
        Self.appendQuoted(node.id, to: &out)
        out.append(contentsOf: " [label=".utf8)
        Self.appendQuoted(Self.wrap(node.label), to: &out)
        out.append(contentsOf: ", tooltip=".utf8)
        Self.appendQuoted(node.kind.rawValue + " " + node.id, to: &out)
        out.append(contentsOf: ", shape=".utf8)
        out.append(contentsOf: Self.shape(node.kind).utf8)
        out.append(contentsOf: ", fillcolor=".utf8)
        Self.appendQuoted(GraphStyle.fill(node), to: &out)
        switch node.lifecycleStyle {
        case .normal:
            if node.kind == .publicService { out.append(contentsOf: ", style=\"filled,rounded\"".utf8) }
        case .fading:
            out.append(contentsOf: ", style=\"filled,dashed\", color=".utf8)
            Self.appendQuoted(GraphStyle.fadedLine, to: &out)
            out.append(contentsOf: ", fontcolor=".utf8)
            Self.appendQuoted(GraphStyle.fadedLine, to: &out)
        case .planned:
            out.append(contentsOf: ", style=\"filled,dotted\"".utf8)
        }
        out.append(contentsOf: "];".utf8)
    }

    /// `"source" -> "target" [label="…", color="…", fontcolor="…", style=dashed, penwidth=…];`
    /// (`tooltip` for `label` when labels are tooltips), the list left out when empty.
    private func edgeLine(_ edge: GraphEdge, to out: inout [UInt8]) {
        Self.appendQuoted(edge.source, to: &out)
        out.append(contentsOf: " -> ".utf8)
        Self.appendQuoted(edge.target, to: &out)
        var separator = " ["
        func attribute(_ name: String) {
            out.append(contentsOf: separator.utf8)
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: "="))
            separator = ", "
        }
        if !edge.label.isEmpty {
            attribute(edgeLabelsAsTooltips ? "tooltip" : "label")
            Self.appendQuoted(edgeLabelsAsTooltips ? edge.label : Self.wrap(edge.label), to: &out)
        }
        if let colour = GraphStyle.edgeColour(edge.kind) {
            attribute("color")
            Self.appendQuoted(colour, to: &out)
            attribute("fontcolor")
            Self.appendQuoted(colour, to: &out)
        }
        if edge.kind == .hosting {
            attribute("style")
            out.append(contentsOf: "dashed".utf8)
        }
        if edge.weight > 1 {
            attribute("penwidth")
            out.append(contentsOf: String(GraphStyle.penWidth(edge.weight)).utf8)
        }
        if separator == ", " { out.append(UInt8(ascii: "]")) }
        out.append(UInt8(ascii: ";"))
    }

    /// Breaks a long label between words into lines of about `width` characters:
    /// Graphviz never wraps, and official names ("Ministry of Digital Development and
    /// Innovative Technologies of the Kyrgyz Republic") would otherwise stretch the layout
    /// across the page. A newline the name itself holds is kept; a line's leading spaces
    /// are dropped, and spaces between words kept.
    ///
    /// Works on UTF-8 bytes and counts characters as Unicode scalars (names are written
    /// in precomposed letters): as `String` work it cost over 100,000 instructions a label.
    /// A line being filled is a stretch of the label's own bytes (words are split at single
    /// spaces), so nothing is copied but into the result; a label of `width` characters
    /// or fewer is returned as it is.
    static func wrap(_ label: String, width: Int = 28) -> String {
        var label = label
        let wrapped: [UInt8]? = label.withUTF8 { bytes in
            var characters = 0
            for byte in bytes {
                if byte == UInt8(ascii: "\n") { characters = width + 1; break }
                if byte & 0xC0 != 0x80 { characters += 1 }
            }
            // Wrapping drops a line's leading spaces, so a short label starting with one is
            // wrapped too when its bytes are more than the width (as it always was).
            guard characters > width || (bytes.first == UInt8(ascii: " ") && bytes.count > width) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if lineStart > 0 { out.append(UInt8(ascii: "\n")) }
                // The line being filled: bytes[current] and its length in characters.
                var current = lineStart..<lineStart
                var length = 0
                var wordStart = lineStart
                while wordStart <= lineEnd {
                    let wordEnd = bytes[wordStart..<lineEnd].firstIndex(of: UInt8(ascii: " ")) ?? lineEnd
                    var wordLength = 0
                    for byte in bytes[wordStart..<wordEnd] where byte & 0xC0 != 0x80 { wordLength += 1 }
                    if !current.isEmpty && length + 1 + wordLength > width {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[current]))
                        out.append(UInt8(ascii: "\n"))
                        (current, length) = (wordStart..<wordEnd, wordLength)
                    } else if current.isEmpty {
                        (current, length) = (wordStart..<wordEnd, wordLength)
                    } else {
                        current = current.lowerBound..<wordEnd
                        length += 1 + wordLength
                    }
                    wordStart = wordEnd + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[current]))
                lineStart = lineEnd + 1
            }
            return out
        }
        return wrapped.map { String(decoding: $0, as: UTF8.self) } ?? label
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
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as `quote(_:)` writes it.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most texts (every id) have nothing to escape: copied whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }
        }
        if let plain, plain {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        // Every character escaped or dropped is ASCII, so bytes can be copied as they come.
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
            case 0x00..<0x20, 0x7F: break
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
