/// The terminal format: a heading line, then per organisation each dependent with its
/// kind and name and, below it, the chain that makes it depend. Names are kept on one
/// line (`PlainText.singleLine`).
public struct ImpactTextRenderer: ImpactRenderer {
    public init() {}

    public func render(_ report: ImpactReport) -> String {
        let subject = report.element
        var out = "\(subject.id) (\(subject.kind.rawValue)) \(PlainText.singleLine(subject.label))\n"
        guard report.count > 0 else { return out + "Nothing depends on it.\n" }
        out += "\(report.countPhrase) depend on it:\n"
        for group in report.groups {
            if let organisation = group.organisation {
                out += "\n\(organisation) — \(PlainText.singleLine(group.label ?? organisation))\n"
            } else {
                out += "\n(no organisation)\n"
            }
            for dependent in group.dependents {
                let element = dependent.element
                out += "  \(element.id) (\(element.kind.rawValue)) \(PlainText.singleLine(element.label))\n"
                out += "    \(dependent.chain(from: subject.id) { $0 })\n"
            }
        }
        return out
    }
}
