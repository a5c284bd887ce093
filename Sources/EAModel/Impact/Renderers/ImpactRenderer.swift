/// Renders an impact report in one format; the command-line tool decides where it goes.
public protocol ImpactRenderer: Sendable {
    func render(_ report: ImpactReport) -> String
}

/// The formats `eaf impact` writes.
public enum ImpactFormat: String, Sendable, CaseIterable, Hashable {
    case text, json, markdown

    public var renderer: any ImpactRenderer {
        switch self {
        case .text: ImpactTextRenderer()
        case .json: ImpactJSONRenderer()
        case .markdown: ImpactMarkdownRenderer()
        }
    }
}

extension ImpactReport.Dependent {
    /// The chain from the subject out to this element, each step written by `name` (ids
    /// as they are, or formatted for the output):
    /// `grs.population-register ← exchange grs-to-sf (interface grs.person-api) ← system sf.pension-system`.
    func chain(from subject: String, _ name: (String) -> String) -> String {
        var text = name(subject)
        for step in path {
            if case .dataFlow(let exchange, let interface) = step.relation {
                text += " ← exchange \(name(exchange)) (interface \(name(interface)))"
            }
            text += " ← \(step.kind.noun) \(name(step.id))"
        }
        return text
    }
}

extension ImpactReport {
    /// "9 elements in 3 organisations" (the group of elements with no organisation is not
    /// counted as one).
    var countPhrase: String {
        let organisations = groups.filter { $0.organisation != nil }.count
        let elements = count == 1 ? "1 element" : "\(count) elements"
        return elements + " in " + (organisations == 1 ? "1 organisation" : "\(organisations) organisations")
    }
}
