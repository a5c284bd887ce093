import EAModel

/// TEC005: an example message does not validate against its schema.
public struct ExampleMessageConformsRule: MessageSchemaRule {
    public static let description = RuleDescription(
        id: "TEC005", slug: "example-message-conforms", layer: .technical, defaultSeverity: .error,
        appliesTo: [.interface],
        summary: "An example message does not validate against its schema.",
        rationale: "Examples are what consumers copy when they build against a service; an example that breaks its own schema teaches every consumer the wrong message (technical interoperability, transparency).",
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
                    schema: ../messages/person.xsd
                    examples: [../messages/request.xml]
                ---
                id: grs.population-register
                kind: InformationSystem
                name: Population register
                """,
                "messages/person.xsd": """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="PersonRequest">
                    <xs:complexType><xs:sequence><xs:element name="PIN" type="xs:integer"/></xs:sequence></xs:complexType>
                  </xs:element>
                </xs:schema>
                """,
                "messages/request.xml": """
                <PersonRequest>
                  ↓<PIN>not a number</PIN>
                </PersonRequest>
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
                  - name: PersonRequest
                    direction: request
                    schema: ../messages/person.xsd
                    examples: [../messages/request.xml]
                ---
                id: grs.population-register
                kind: InformationSystem
                name: Population register
                """,
                "messages/person.xsd": """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="PersonRequest">
                    <xs:complexType><xs:sequence><xs:element name="PIN" type="xs:integer"/></xs:sequence></xs:complexType>
                  </xs:element>
                </xs:schema>
                """,
                "messages/request.xml": "<PersonRequest><PIN>21204199000123</PIN></PersonRequest>\n",
            ]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        DeclaredMessage.all(in: context).flatMap { message -> [Finding] in
            guard let schema = message.schemaFile(in: context.repository) else { return [] }
            return zip(message.examples, message.exampleResolutions(in: context.repository)).flatMap { example, resolution -> [Finding] in
                guard case .file(let path, let relative) = resolution,
                      let problems = context.messageSchemas.problems(of: (path, relative), against: schema) else { return [] }
                return problems.map { problem in
                    var text = problem.message
                    if let pointer = problem.instancePath { text += " (at \(pointer.isEmpty ? "/" : pointer))" }
                    return context.finding("\(text) — example of message '\(message.name)' of \(message.interface.id)",
                                           element: message.interface.id, at: problem.location,
                                           related: [.init(example.location, "example declared here")],
                                           subject: "\(relative) \(problem.instancePath ?? "") \(problem.message)")
                }
            }
        }
    }
}
