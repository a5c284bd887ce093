import CLibXML2
import EAModel
import Testing

/// The GraphML of every view parses as XML (libxml2), in the GraphML namespace, and
/// gives back every label exactly as the model wrote it.
@Suite struct GraphMLTests {
    @Test(arguments: Viewpoint.allCases)
    func graphMLIsWellFormedInTheGraphMLNamespace(_ viewpoint: Viewpoint) throws {
        let view = GraphViewBuilder(model: Fixtures.graphRepo.model, languages: Fixtures.graphRepo.config.languages).build(viewpoint)
        let text = GraphMLRenderer().render(view)
        let bytes = Array(text.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "view.graphml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
            }
        }
        let parsed = try #require(document, "GraphML of \(viewpoint) does not parse")
        defer { xmlFreeDoc(parsed) }
        let root = try #require(xmlDocGetRootElement(parsed))
        #expect(Self.string(root.pointee.name) == "graphml")
        #expect(root.pointee.ns.map { Self.string($0.pointee.href) } == GraphMLRenderer.namespace)

        // Read each node's label back and compare with the view.
        var labels: [String: String] = [:]
        var edges = 0
        for graph in Self.children(root, named: "graph") {
            for node in Self.children(graph, named: "node") {
                let id = Self.attribute(node, "id")
                for data in Self.children(node, named: "data") where Self.attribute(data, "key") == "label" {
                    labels[id] = Self.content(data)
                }
            }
            edges += Self.children(graph, named: "edge").count
        }
        #expect(labels == Dictionary(uniqueKeysWithValues: view.nodes.map { ($0.id, $0.label) }))
        #expect(edges == view.edges.count)
    }

    @Test func awkwardNamesSurviveTheRoundTrip() throws {
        let view = GraphViewBuilder(model: Fixtures.graphRepo.model, languages: ["en"]).build(.organisations)
        #expect(view.node("sti")?.label == "Tax \"office\" <A&B>\nline2")
        let kyrgyz = GraphViewBuilder(model: Fixtures.graphRepo.model, languages: ["ky"]).build(.organisations)
        #expect(kyrgyz.node("sti")?.label == "Салык кызматы")
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func children(_ node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE && string(current.pointee.name) == name { found.append(current) }
            child = current.pointee.next
        }
        return found
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String {
        guard let value = xmlGetProp(node, name) else { return "" }
        defer { eaf_xml_free(value) }
        return String(cString: value)
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { eaf_xml_free(value) }
        return String(cString: value)
    }
}
