@testable import EAModel
import Testing

/// Escaping in every format, on a view built by hand with the names that break
/// formats: quotes, backslashes, `<`, `>`, `&`, newlines, `#`, Cyrillic.
@Suite struct GraphRendererTests {
    static let awkward = "Tax \"office\" <A&B>\nline2"
    static let backslashed = #"C:\old\ #1"#
    static let cyrillic = "Салык кызматы"

    static let view = GraphView(
        viewpoint: .systems,
        nodes: [
            GraphNode(id: "end", kind: .informationSystem, label: backslashed, lifecycle: "retired", cluster: "sti"),
            GraphNode(id: "sti", kind: .organisation, label: awkward),
            GraphNode(id: "sti.tax", kind: .informationSystem, label: cyrillic, owner: "sti", lifecycle: "planned", cluster: "sti"),
            GraphNode(id: "sti_tax", kind: .platform, label: "x", isReference: true),
        ],
        edges: [
            GraphEdge(id: "e1", source: "sti.tax", target: "end", kind: .dataFlow, label: awkward, weight: 3,
                      attributes: ["entities": "a & <b>"]),
            GraphEdge(id: "e2", source: "sti.tax", target: "sti_tax", kind: .hosting, label: ""),
            GraphEdge(id: "e3", source: "sti.tax", target: "nowhere", kind: .dependsOn, label: "dropped"),
        ],
        clusterLabels: ["sti": awkward])

    @Test func viewDropsEdgesToNodesItLacks() {
        #expect(Self.view.edges.map(\.id) == ["e1", "e2"])
    }

    @Test func dotEscapesQuotesBackslashesAmpersandsAndNewlines() {
        #expect(DOTRenderer.quote(Self.awkward) == #""Tax \"office\" <A&amp;B>\nline2""#)
        #expect(DOTRenderer.quote(Self.backslashed) == #""C:\\old\\ #1""#)
        #expect(DOTRenderer.quote(Self.cyrillic) == "\"Салык кызматы\"")
        #expect(DOTRenderer.quote("bell\u{7}\ttab\r") == "\"bell tab\"")
        let dot = DOTRenderer().render(Self.view)
        #expect(dot.contains(#"subgraph "cluster_sti" {"#))
        #expect(dot.contains(#"label="Tax \"office\" <A&amp;B>\nline2";"#))
        #expect(dot.contains(#""sti.tax" -> "end" [label="Tax \"office\" <A&amp;B>\nline2""#))
        #expect(dot.contains("penwidth=3"))
        #expect(dot.contains(#"style="filled,dashed""#))
        #expect(dot.contains(#"style="filled,dotted""#))
        #expect(!dot.contains("nowhere"))
    }

    /// For a graph too large for labels, what an edge means is its tooltip: whole (not
    /// wrapped into lines), escaped as a label is; nodes keep their labels.
    @Test func dotCanGiveEdgesTooltipsForLabels() {
        let long = "Household book entry, social passport of the family, land plot register"
        let view = GraphView(viewpoint: .organisations,
                             nodes: [GraphNode(id: "a", kind: .organisation, label: "A"), GraphNode(id: "b", kind: .organisation, label: "B")],
                             edges: [GraphEdge(id: "e1", source: "a", target: "b", kind: .dataFlow, label: long),
                                     GraphEdge(id: "e2", source: "b", target: "a", kind: .dataFlow, label: Self.awkward)])
        let labelled = DOTRenderer().render(view)
        #expect(labelled.contains(#""a" -> "b" [label="Household book entry, social\npassport of the family, land\nplot register""#))
        let tooltips = DOTRenderer(edgeLabelsAsTooltips: true).render(view)
        #expect(tooltips.contains(#""a" -> "b" [tooltip="\#(long)", color="#))
        #expect(tooltips.contains(#""b" -> "a" [tooltip="Tax \"office\" <A&amp;B>\nline2", color="#))
        #expect(tooltips.contains(#""a" [label="A""#))
        #expect(!tooltips.contains("-> \"b\" [label"))
    }

    /// Wrapping as it was written first, word by word into arrays: the reference the
    /// faster `wrap` must match.
    static func wrappedWordByWord(_ label: String, width: Int) -> String {
        let bytes = Array(label.utf8)
        if bytes.count <= width, !bytes.contains(UInt8(ascii: "\n")) { return label }
        var out: [UInt8] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append(UInt8(ascii: "\n")) }
            var current: [UInt8] = []
            var length = 0
            for word in line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) {
                let wordLength = word.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                if !current.isEmpty && length + 1 + wordLength > width {
                    out += current + [UInt8(ascii: "\n")]
                    (current, length) = (Array(word), wordLength)
                } else if current.isEmpty {
                    (current, length) = (Array(word), wordLength)
                } else {
                    current += [UInt8(ascii: " ")] + word
                    length += 1 + wordLength
                }
            }
            out += current
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Labels of words, Cyrillic and Latin, with single, double, leading and trailing
    /// spaces and newlines, at widths from 1 to 40: wrapped as the reference wraps them.
    @Test func wrapsLabelsAsWordByWordWrappingDid() {
        let pieces = ["Министрлик", "of", "Digital", "Development", "ж", "Айыл өкмөтү", "a", "", " ", "\n", "  ", "Innovative", "Ысык-Көл"]
        var state: UInt64 = 2_026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var checked = 0
        for _ in 0..<3_000 {
            let label = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined(separator: next(4) == 0 ? "" : " ")
            let width = 1 + next(40)
            #expect(DOTRenderer.wrap(label, width: width) == Self.wrappedWordByWord(label, width: width), "\(label.debugDescription) at \(width)")
            checked += 1
        }
        #expect(DOTRenderer.wrap("Ministry of Digital Development and Innovative Technologies") ==
                "Ministry of Digital\nDevelopment and Innovative\nTechnologies")
        #expect(DOTRenderer.wrap(" Айыл өкмөтү") == " Айыл өкмөтү", "22 bytes: as it is")
        #expect(DOTRenderer.wrap(" Айыл өкмөтүнүн кеңсеси") == "Айыл өкмөтүнүн кеңсеси", "43 bytes: the leading space dropped")
        #expect(checked == 3_000)
    }

    /// DOT lines are written in chunks on several threads: a view larger than one chunk
    /// must still come out with every node and edge once, in view order.
    @Test func dotKeepsViewOrderAcrossChunks() {
        let ids = (0..<2_600).map { "n\(String($0 + 10_000))" }
        let nodes = ids.enumerated().map { index, id in
            GraphNode(id: id, kind: .informationSystem, label: "System \(index)", cluster: index < 1_500 ? nil : "c\(index % 3)")
        }
        let edges = (0..<2_599).map { GraphEdge(id: "e\($0 + 1)", source: ids[$0 + 1], target: ids[$0], kind: .dependsOn, label: "") }
        let view = GraphView(viewpoint: .systems, nodes: nodes, edges: edges)
        let lines = DOTRenderer().render(view).split(separator: "\n").map(String.init)
        let nodeLines = lines.filter { $0.contains(" [label=\"System ") }
        let expected = view.nodesByCluster.flatMap { $0.nodes.map(\.id) }
        #expect(nodeLines.count == 2_600)
        #expect(nodeLines.map { $0.trimmingPrefix(while: { $0 == " " }).split(separator: " ")[0] } == expected.map { "\"\($0)\"" })
        let edgeLines = lines.filter { $0.contains(" -> ") }
        #expect(edgeLines == edges.map { "  \"\($0.source)\" -> \"\($0.target)\";" })
    }

    @Test func mermaidUsesEntityCodesAndSafeIdentifiers() {
        #expect(MermaidRenderer.text(Self.awkward) == "Tax #quot;office#quot; #lt;A#amp;B#gt;<br>line2")
        #expect(MermaidRenderer.text(Self.backslashed) == "C:#92;old#92; #35;1")
        #expect(MermaidRenderer.text(Self.cyrillic) == Self.cyrillic)
        #expect(MermaidRenderer.sanitise("grs.population-register") == "grs_population_register")
        #expect(MermaidRenderer.sanitise("end") == "n_end")
        #expect(MermaidRenderer.sanitise("2fa.service") == "n_2fa_service")
        let mermaid = MermaidRenderer().render(Self.view)
        #expect(mermaid.hasPrefix("flowchart LR\n"))
        // `sti.tax` and `sti_tax` map to the same identifier: the second is numbered.
        #expect(mermaid.contains("    sti_tax[\"Салык кызматы\"]\n"))
        #expect(mermaid.contains("  sti_tax_2[[\"x\"]]\n"))
        #expect(mermaid.contains("  subgraph cluster_sti [\"Tax #quot;office#quot; #lt;A#amp;B#gt;<br>line2\"]\n"))
        #expect(mermaid.contains("    n_end[\"C:#92;old#92; #35;1\"]\n"))
        #expect(mermaid.contains("  sti_tax ==>|\"Tax #quot;office#quot; #lt;A#amp;B#gt;<br>line2\"| n_end\n"))
        #expect(mermaid.contains("  sti_tax -.-> sti_tax_2\n"))
        #expect(mermaid.contains("  class n_end fading\n"))
        #expect(mermaid.contains("  class sti_tax planned\n"))
        // No raw character a Mermaid parser or HTML label would read as syntax.
        for line in mermaid.split(separator: "\n") where line.contains("[\"") {
            let inside = line.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
            #expect(!inside.contains("<A") && !inside.contains("&") && !inside.contains("\\"), "\(line)")
        }
    }

    @Test func graphMLEscapesForXML() {
        #expect(GraphMLRenderer.escape(Self.awkward) == "Tax &quot;office&quot; &lt;A&amp;B&gt;&#10;line2")
        #expect(GraphMLRenderer.escape("a\u{1}b\rc") == "ab&#13;c")
        let graphml = GraphMLRenderer().render(Self.view)
        #expect(graphml.contains("<data key=\"label\">Салык кызматы</data>"))
        #expect(graphml.contains("<data key=\"edge-entities\">a &amp; &lt;b&gt;</data>"))
        #expect(graphml.contains("<key id=\"edge-entities\" for=\"edge\" attr.name=\"entities\" attr.type=\"string\"/>"))
        #expect(graphml.contains("<data key=\"weight\">3</data>"))
        #expect(graphml.contains("<data key=\"reference\">true</data>"))
    }

    @Test func jsonKeepsNamesExactly() throws {
        let json = GraphJSONRenderer().render(Self.view)
        #expect(json.contains(#""label": "Tax \"office\" <A&B>\nline2""#))
        #expect(json.contains(#""label": "Салык кызматы""#))
        #expect(json.contains(#""label": "C:\\old\\ #1""#))
    }
}
