/// Answers "what depends on this element, and through what": a breadth-first search
/// backwards over the `DependencyGraph` from the element. The graph is built once, in
/// O(elements + references); each question costs O(dependents + their links) plus the
/// length of the paths it reports.
public struct ImpactAnalysis: Sendable {
    public let model: Model
    public let dependencies: DependencyGraph

    public init(model: Model) {
        self.model = model
        dependencies = DependencyGraph(model: model)
    }

    /// Every element that depends on `id`, transitively, with a shortest chain of
    /// relations for each, grouped by the organisation responsible for it. Labels are in
    /// the first of `languages` the names have.
    public func impact(of id: String, languages: [String] = []) throws(ImpactError) -> ImpactReport {
        guard let element = model[id] else {
            throw .unknownElement(id: id, suggestion: Suggestion.nearest(to: id, in: model.ids))
        }
        let graph = dependencies.graph
        let visits = graph.breadthFirst(from: id, direction: .backward)
        var steps: [String: ImpactReport.Step] = [:]
        var parents: [String: String] = [:]
        var grouped: [String: [ImpactReport.Dependent]] = [:]
        var unowned: [ImpactReport.Dependent] = []
        for visit in visits.dropFirst() {
            guard let edge = visit.edge, let dependent = model[visit.vertex] else { continue }
            let link = dependencies.links[edge]
            steps[visit.vertex] = ImpactReport.Step(id: visit.vertex, kind: dependent.kind, relation: link.relation)
            parents[visit.vertex] = link.dependency
            var path: [ImpactReport.Step] = []
            var cursor = visit.vertex
            while cursor != id, let step = steps[cursor], let parent = parents[cursor] {
                path.append(step)
                cursor = parent
            }
            let entry = ImpactReport.Dependent(element: subject(dependent, languages), path: path.reversed())
            if let organisation = responsibleOrganisation(dependent) {
                grouped[organisation, default: []].append(entry)
            } else {
                unowned.append(entry)
            }
        }
        let byID: (ImpactReport.Dependent, ImpactReport.Dependent) -> Bool = { ByteOrder.precedes($0.element.id, $1.element.id) }
        var groups = grouped.keys.sorted(by: ByteOrder.precedes).map { organisation in
            ImpactReport.Group(organisation: organisation, label: model[organisation]?.label(languages) ?? organisation,
                               dependents: grouped[organisation]!.sorted(by: byID))
        }
        if !unowned.isEmpty { groups.append(ImpactReport.Group(organisation: nil, label: nil, dependents: unowned.sorted(by: byID))) }
        return ImpactReport(element: subject(element, languages), groups: groups)
    }

    private func subject(_ element: Element, _ languages: [String]) -> ImpactReport.Subject {
        ImpactReport.Subject(id: element.id, kind: element.kind, label: element.label(languages))
    }

    /// The organisation a dependent is grouped under: its owner, or operator; an
    /// Interface without either goes with its provider system's, an Exchange with its
    /// consumer system's, since those are who would act on the impact.
    func responsibleOrganisation(_ element: Element) -> String? {
        if let organisation = element.organisationInCharge { return organisation }
        switch element.kind {
        case .interface: return model.resolve(element.reference("provider"))?.organisationInCharge
        case .exchange: return model.resolve(element.reference("consumer"))?.organisationInCharge
        default: return nil
        }
    }
}

/// Why an impact question cannot be answered.
public enum ImpactError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownElement(id: String, suggestion: String?)

    public var description: String {
        switch self {
        case .unknownElement(let id, let suggestion?): "no element has id '\(id)'; did you mean '\(suggestion)'?"
        case .unknownElement(let id, nil): "no element has id '\(id)'; `eaf list` shows the ids"
        }
    }
}
