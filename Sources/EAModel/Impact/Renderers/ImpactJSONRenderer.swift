/// The report as JSON, keys sorted: the subject, the count, and per organisation each
/// dependent with its distance and path (each step: element, kind, relation, and for a
/// data flow the exchange and interface).
public struct ImpactJSONRenderer: ImpactRenderer {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        var formatVersion: Int
        var element: Element
        var count: Int
        var groups: [Group]
    }

    struct Element: Encodable {
        var id: String
        var kind: String
        var label: String
    }

    struct Group: Encodable {
        var organisation: String?
        var label: String?
        var dependents: [Dependent]
    }

    struct Dependent: Encodable {
        var id: String
        var kind: String
        var label: String
        var distance: Int
        var path: [Step]
    }

    struct Step: Encodable {
        var id: String
        var kind: String
        var relation: String
        var exchange: String?
        var interface: String?
    }

    public func render(_ report: ImpactReport) -> String {
        func element(_ subject: ImpactReport.Subject) -> Element {
            Element(id: subject.id, kind: subject.kind.rawValue, label: subject.label)
        }
        return JSONText.encode(Document(
            formatVersion: Self.formatVersion,
            element: element(report.element),
            count: report.count,
            groups: report.groups.map { group in
                Group(organisation: group.organisation, label: group.label, dependents: group.dependents.map { dependent in
                    Dependent(id: dependent.element.id, kind: dependent.element.kind.rawValue, label: dependent.element.label,
                              distance: dependent.path.count, path: dependent.path.map { step in
                        var exchange: String?
                        var interface: String?
                        if case .dataFlow(let viaExchange, let viaInterface) = step.relation {
                            exchange = viaExchange
                            interface = viaInterface
                        }
                        return Step(id: step.id, kind: step.kind.rawValue, relation: step.relation.name,
                                    exchange: exchange, interface: interface)
                    })
                })
            }))
    }
}
