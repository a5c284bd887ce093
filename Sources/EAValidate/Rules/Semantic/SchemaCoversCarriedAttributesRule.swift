import EAModel

/// SEM007: a message schema lacks an element or property for a required attribute of an
/// entity the message carries.
public struct SchemaCoversCarriedAttributesRule: MessageSchemaRule {
    public static let description = RuleDescription(
        id: "SEM007", slug: "schema-covers-carried-attributes", layer: .semantic, defaultSeverity: .warning,
        appliesTo: [.interface],
        summary: "A message schema has no element or property for a required attribute of an entity the message carries.",
        rationale: "When a message claims to carry a core entity, consumers expect every required attribute of that entity in it; a schema that leaves one out, or names it differently without saying so in `mapping`, breaks the shared meaning the core vocabularies exist for (semantic interoperability, once-only).",
        triggeringExamples: [
            RuleExample([
                "model/grs.yaml": """
                id: grs.person-api
                kind: Interface
                name: Person lookup
                provider: grs.population-register
                messages:
                  - name: PersonResponse
                    direction: response
                    schema: ↓../messages/person.xsd
                    carries: [core.person]
                ---
                id: grs.population-register
                kind: InformationSystem
                name: Population register
                ---
                id: core.person
                kind: DataEntity
                name: Person
                attributes:
                  - {name: pin, type: string, required: true}
                  - {name: surname, type: string, required: true}
                """,
                "messages/person.xsd": """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="PersonResponse">
                    <xs:complexType><xs:sequence><xs:element name="PIN" type="xs:string"/></xs:sequence></xs:complexType>
                  </xs:element>
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
                  - name: PersonResponse
                    direction: response
                    schema: ../messages/person.xsd
                    carries: [core.person]
                    mapping: {pin: PIN}
                ---
                id: grs.population-register
                kind: InformationSystem
                name: Population register
                ---
                id: core.person
                kind: DataEntity
                name: Person
                attributes:
                  - {name: pin, type: string, required: true}
                  - {name: surname, type: string, required: true}
                  - {name: nickname, type: string}
                """,
                "messages/person.xsd": """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="PersonResponse">
                    <xs:complexType><xs:sequence>
                      <xs:element name="PIN" type="xs:string"/><xs:element name="surname" type="xs:string"/>
                    </xs:sequence></xs:complexType>
                  </xs:element>
                </xs:schema>
                """,
            ]),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        // Each entity's required attributes, read once: an entity is carried by the request
        // and the response of many interfaces.
        var requiredNames: [String: [String]] = [:]
        func required(_ entity: Element) -> [String] {
            if let known = requiredNames[entity.id] { return known }
            let names = entity.records("attributes").filter { $0.boolean("required") == true }.compactMap { $0.string("name") }
            requiredNames[entity.id] = names
            return names
        }
        return DeclaredMessage.all(in: context).flatMap { message -> [Finding] in
            guard let schemaPath = message.schema, let relative = message.schemaFile(in: context.repository),
                  case .success(let declared) = context.messageSchemas.declaredNames(at: relative) else { return [] }
            return message.carries.flatMap { carried -> [Finding] in
                guard let entity = context.model[carried.id], entity.kind == .dataEntity else { return [] }
                let missing = required(entity).compactMap { name -> (String, String)? in
                    let expected = message.mapping[name] ?? name
                    return declared.contains(expected) ? nil : (name, expected)
                }
                guard !missing.isEmpty else { return [] }
                let list = missing.map { $0.0 == $0.1 ? "'\($0.0)'" : "'\($0.0)' (mapped to '\($0.1)')" }.joined(separator: ", ")
                return [context.finding(
                    "message '\(message.name)' carries \(entity.id), but \(relative) declares nothing for its required attribute\(missing.count == 1 ? "" : "s") \(list); add \(missing.count == 1 ? "it" : "them") to the schema, or name the schema's element in `mapping`",
                    element: message.interface.id, at: schemaPath.location,
                    related: [.init(entity.location, "\(entity.id) is defined here")],
                    subject: "messages[\(message.index)] \(entity.id)")]
            }
        }
    }
}
