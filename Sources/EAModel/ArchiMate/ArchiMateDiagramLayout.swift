/// One diagram per Organisation, laid out on a plain grid so that an ArchiMate tool
/// opens it readably: the Organisation and what it owns or operates, in bands by layer
/// (business, application, data, technology, law and standards, projects), then the
/// systems of other owners it exchanges data with; a connection for every exported
/// relationship between two different elements on the diagram.
struct ArchiMateDiagramLayout {
    struct Node {
        var identifier: String
        var element: String
        var x: Int
        var y: Int
    }

    struct Connection {
        var identifier: String
        var relationship: String
        var source: String
        var target: String
    }

    struct View {
        var identifier: String
        var organisation: Element
        var nodes: [Node]
        var connections: [Connection]
    }

    static let columns = 5
    static let width = 180
    static let height = 70
    static let horizontalStep = 220
    static let verticalStep = 110
    static let bandGap = 40
    static let margin = 24

    let views: [View]

    init(model: Model, elements: [Element], relationships: [ArchiMateExporter.Relationship], owners: [String: String?]) {
        let exported = Set(elements.map(\.id))
        let flows = relationships.filter { $0.path == nil }
        var views: [View] = []
        for organisation in elements where organisation.kind == .organisation {
            let view = ArchiMateIdentifier.view(organisation.id)
            var shown = elements.filter { element in
                element.id == organisation.id || (owners[element.id] ?? nil) == organisation.id
                    || element.reference("operator")?.id == organisation.id || element.reference("owner")?.id == organisation.id
            }.map(\.id)
            // Systems of others at the far end of this organisation's data flows.
            var partners: [String] = []
            let own = Set(shown)
            for flow in flows {
                for (near, far) in [(flow.source.eafID, flow.target.eafID), (flow.target.eafID, flow.source.eafID)]
                where own.contains(near) && !own.contains(far) && exported.contains(far) && !partners.contains(far) {
                    partners.append(far)
                }
            }
            shown = Self.ordered(shown, organisation: organisation.id, model: model)
            var bands: [[String]] = Array(repeating: [], count: 7)
            for id in shown { bands[Self.band(of: model[id]!.kind)].append(id) }
            bands[6] = partners.sorted()

            var nodes: [Node] = []
            var y = Self.margin
            for band in bands where !band.isEmpty {
                for (index, id) in band.enumerated() {
                    nodes.append(Node(identifier: ArchiMateIdentifier.node(view: organisation.id, element: id), element: id,
                                      x: Self.margin + (index % Self.columns) * Self.horizontalStep,
                                      y: y + (index / Self.columns) * Self.verticalStep))
                }
                y += ((band.count + Self.columns - 1) / Self.columns) * Self.verticalStep + Self.bandGap
            }
            let onView = Dictionary(uniqueKeysWithValues: nodes.map { ($0.element, $0.identifier) })
            var connections: [Connection] = []
            for relationship in relationships where relationship.source.type != "Relationship" && relationship.target.type != "Relationship" {
                // A relationship of an element with itself (a standard superseded by itself) is
                // left off the diagram: ArchiMate tools refuse circular connections by default.
                guard let source = onView[relationship.source.eafID], let target = onView[relationship.target.eafID], source != target else { continue }
                connections.append(Connection(identifier: ArchiMateIdentifier.connection(view: organisation.id, relationship: relationship.identifier),
                                              relationship: relationship.identifier, source: source, target: target))
            }
            views.append(View(identifier: view, organisation: organisation, nodes: nodes, connections: connections))
        }
        self.views = views
    }

    /// The band (row group) an element of a kind goes in.
    static func band(of kind: Kind) -> Int {
        switch kind {
        case .organisation, .publicService, .businessProcess, .agreement: 0
        case .informationSystem, .interface: 1
        case .dataEntity, .codeList: 2
        case .platform: 3
        case .legalAct, .standard: 4
        case .project, .exchange: 5
        }
    }

    /// The Organisation first, then by kind in metamodel order, then by id.
    static func ordered(_ ids: [String], organisation: String, model: Model) -> [String] {
        let order = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        return ids.sorted { lhs, rhs in
            if lhs == organisation || rhs == organisation { return lhs == organisation && rhs != organisation }
            let left = order[model[lhs]!.kind]!, right = order[model[rhs]!.kind]!
            return left != right ? left < right : lhs < rhs
        }
    }

    /// The `<views>` section, or nothing when there is no Organisation.
    func xml(names: (LocalizedText, String) -> String) -> String {
        guard !views.isEmpty else { return "" }
        var out = "  <views>\n    <diagrams>\n"
        for view in views {
            out += "      <view identifier=\"\(view.identifier)\" xsi:type=\"Diagram\">\n"
            out += names(view.organisation.name, view.organisation.id)
            for node in view.nodes {
                out += "        <node identifier=\"\(node.identifier)\" elementRef=\"\(ArchiMateIdentifier.element(node.element))\" xsi:type=\"Element\" x=\"\(node.x)\" y=\"\(node.y)\" w=\"\(Self.width)\" h=\"\(Self.height)\"/>\n"
            }
            for connection in view.connections {
                out += "        <connection identifier=\"\(connection.identifier)\" relationshipRef=\"\(connection.relationship)\" xsi:type=\"Relationship\" source=\"\(connection.source)\" target=\"\(connection.target)\"/>\n"
            }
            out += "      </view>\n"
        }
        return out + "    </diagrams>\n  </views>\n"
    }
}
