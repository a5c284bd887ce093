import EAModel

/// TEC004: a message schema an Interface declares does not parse or compile.
public struct MessageSchemaCompilesRule: MessageSchemaRule {
    public static let description = RuleDescription(
        id: "TEC004", slug: "message-schema-compiles", layer: .technical, defaultSeverity: .error,
        appliesTo: [.interface],
        summary: "A message schema does not parse or compile.",
        rationale: "The schema is the technical contract of a service on Tunduk: consumers generate code from it and the security server can validate against it. A schema that does not compile is no contract at all (technical interoperability, reusability).",
        triggeringExamples: [
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
                "messages/person.xsd": """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  ↓<xs:element name="PersonRequest" type="xs:strng"/>
                </xs:schema>
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
                "messages/person.xsd": """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="PersonRequest" type="xs:string"/>
                </xs:schema>
                """,
            ]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        DeclaredMessage.all(in: context).flatMap { message -> [Finding] in
            guard let schema = message.schema, let relative = message.schemaFile(in: context.repository),
                  case .failure(let failure) = context.messageSchemas.declaredNames(at: relative) else { return [] }
            return failure.problems.map { problem in
                context.finding("\(problem.message) (schema of message '\(message.name)' of \(message.interface.id))",
                                element: message.interface.id, at: problem.location,
                                related: [.init(schema.location, "declared here")],
                                subject: "\(relative) \(problem.message)")
            }
        }
    }
}
