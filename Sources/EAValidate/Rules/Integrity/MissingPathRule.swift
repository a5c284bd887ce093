import EAModel

/// INT006: a schema or example path that does not exist or leaves the repository.
public struct MissingPathRule: Rule {
    public static let description = RuleDescription(
        id: "INT006", slug: "missing-path", layer: .integrity, defaultSeverity: .error,
        appliesTo: [.interface],
        summary: "A path in the model does not exist or leaves the repository.",
        rationale: "Message schemas and examples are the contract of an interface; a missing one cannot be checked, and a path outside the repository is never read, so a hostile model cannot make eaf read other files.",
        triggeringExamples: [
            RuleExample([
                "model/grs.yaml": """
                id: grs.person-api
                kind: Interface
                name: Person lookup
                provider: grs.population-register
                messages:
                  - name: PersonRequest
                    direction: request
                    schema: ↓../messages/missing.xsd
                  - name: PersonResponse
                    direction: response
                    schema: ↓../../../etc/passwd.xsd
                ---
                id: grs.population-register
                kind: InformationSystem
                name: Population register
                """,
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "model/grs.yaml": """
                id: grs.person-api
                kind: Interface
                name: Person lookup
                provider: grs.population-register
                messages:
                  - {name: PersonRequest, direction: request, schema: ../messages/person.xsd}
                ---
                id: grs.population-register
                kind: InformationSystem
                name: Population register
                """,
                "messages/person.xsd": "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>\n",
            ]),
        ])

    public static var readsModelPaths: Bool { true }

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        // Only the kinds that can hold a path: the others' elements, nine in ten, were each
        // read from memory (and counted up and down) to find nothing.
        Array(Metamodel.kindsWithPaths.lazy.flatMap { context.elements(of: $0) }.flatMap { element in
            element.paths.compactMap { path -> Finding? in
                switch context.repository.resolve(path) {
                case .file:
                    return nil
                case .missing(let relative):
                    return context.finding("'\(path.fieldPath)' names '\(path.text)', but \(relative) does not exist; paths are relative to the model file's folder",
                                           element: element.id, at: path.location, subject: path.fieldPath)
                case .outside:
                    return context.finding("'\(path.fieldPath)' names '\(path.text)', which leaves the repository; keep schemas and examples inside it",
                                           element: element.id, at: path.location, subject: path.fieldPath)
                }
            }
        })
    }
}
