/// A Mermaid `flowchart LR`, as GitHub and GitLab render in Markdown: one subgraph per
/// owner organisation, node shapes by kind, classes for kind and lifecycle.
///
/// Mermaid identifiers allow only letters, digits and `_`, and some words (`end`,
/// `graph`, …) are keywords, so element ids are mapped to safe identifiers, made unique.
/// Labels are always quoted, with Mermaid's entity codes (`#quot;`, `#lt;`, `#35;`) for
/// the characters its parser or HTML labels would take as syntax, and `<br>` for newlines.
public struct MermaidRenderer: GraphRenderer {
    public init() {}

    public func render(_ view: GraphView) -> String {
        let names = Self.identifiers(for: view)
        var out = "flowchart LR\n"
        for group in view.nodesByCluster {
            var indent = "  "
            if let cluster = group.cluster {
                out += "  subgraph \(names.cluster[cluster.id]!) [\"\(Self.text(cluster.label))\"]\n"
                indent = "    "
            }
            for node in group.nodes {
                let (open, close) = Self.shape(node.kind)
                out += "\(indent)\(names.node[node.id]!)\(open)\"\(Self.text(node.label))\"\(close)\n"
            }
            if group.cluster != nil { out += "  end\n" }
        }
        for edge in view.edges {
            let arrow = switch edge.kind {
            case .dataFlow: "==>"
            case .hosting: "-.->"
            default: "-->"
            }
            let label = edge.label.isEmpty ? "" : "|\"\(Self.text(edge.label))\"|"
            out += "  \(names.node[edge.source]!) \(arrow)\(label) \(names.node[edge.target]!)\n"
        }
        // Classes: one per kind (fill), then lifecycle, which comes later so it wins.
        var byKind: [Kind: [String]] = [:]
        var byLifecycle: [LifecycleStyle: [String]] = [:]
        for node in view.nodes {
            byKind[node.kind, default: []].append(names.node[node.id]!)
            if node.lifecycleStyle != .normal { byLifecycle[node.lifecycleStyle, default: []].append(names.node[node.id]!) }
        }
        for kind in byKind.keys.sorted() {
            out += "  classDef \(kind.rawValue) fill:\(GraphStyle.fill(kind)),stroke:#333333\n"
        }
        if byLifecycle[.fading] != nil {
            out += "  classDef fading fill:\(GraphStyle.fadedFill),stroke:\(GraphStyle.fadedLine),color:\(GraphStyle.fadedLine),stroke-dasharray:5 5\n"
        }
        if byLifecycle[.planned] != nil { out += "  classDef planned stroke-dasharray:2 2\n" }
        for kind in byKind.keys.sorted() { out += "  class \(byKind[kind]!.joined(separator: ",")) \(kind.rawValue)\n" }
        for style in [LifecycleStyle.fading, .planned] {
            if let members = byLifecycle[style] { out += "  class \(members.joined(separator: ",")) \(style.rawValue)\n" }
        }
        return out
    }

    static func shape(_ kind: Kind) -> (String, String) {
        switch kind {
        case .organisation: ("{{", "}}")
        case .publicService: ("(", ")")
        case .businessProcess: (">", "]")
        case .dataEntity, .codeList: ("[(", ")]")
        case .interface: ("([", "])")
        case .exchange: ("{", "}")
        case .platform: ("[[", "]]")
        case .legalAct, .agreement, .standard: ("[/", "/]")
        case .informationSystem, .project: ("[", "]")
        }
    }

    /// Mermaid identifiers for clusters and nodes: the id with every character outside
    /// `[A-Za-z0-9_]` made `_`, prefixed when it would start with a digit or be a
    /// keyword, and numbered (`_2`, `_3`) when two ids map to the same identifier.
    static func identifiers(for view: GraphView) -> (cluster: [String: String], node: [String: String]) {
        var taken = Set<String>()
        func allocate(_ base: String) -> String {
            var name = base
            var number = 2
            while !taken.insert(name).inserted {
                name = "\(base)_\(number)"
                number += 1
            }
            return name
        }
        var clusters: [String: String] = [:]
        var nodes: [String: String] = [:]
        for node in view.nodes { nodes[node.id] = allocate(sanitise(node.id)) }
        for cluster in view.clusters { clusters[cluster.id] = allocate("cluster_" + sanitise(cluster.id)) }
        return (clusters, nodes)
    }

    static let keywords: Set<String> = ["end", "graph", "flowchart", "subgraph", "style", "classdef", "class", "click",
                                        "call", "href", "linkstyle", "default", "direction", "interpolate"]

    static func sanitise(_ id: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let safe = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            name.unicodeScalars.append(safe ? scalar : "_")
        }
        if name.isEmpty || name.first!.isNumber || name.first == "_" || keywords.contains(name.lowercased()) {
            name = "n_" + name
        }
        return name
    }

    /// Text inside a quoted Mermaid label.
    static func text(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\\": out += "#92;"
            case "|": out += "#124;"
            case "`": out += "#96;"
            case "\n": out += "<br>"
            case "\t": out += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
