import EAModel

/// TEC001: a live interface that follows no published standard.
public struct InterfaceWithoutStandardRule: Rule {
    public static let description = RuleDescription(
        id: "TEC001", slug: "interface-without-standard", layer: .technical, defaultSeverity: .warning,
        appliesTo: [.interface],
        summary: "An Interface in production conforms to no Standard.",
        rationale: """
        Openness and technological neutrality: an interface built on open standards from the national \
        catalogue (the X-Road message protocol, REST with OpenAPI, XML Schema, JSON Schema …) can be called \
        by any agency without custom work and outlives its vendor. Naming them in `standards` is also how \
        TEC002 can warn when one is deprecated. A warning: the interface works, but its conformance is \
        undocumented.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            lifecycle: production
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            lifecycle: production
            standards: [std.xroad-message-protocol]
            ---
            id: std.xroad-message-protocol
            kind: Standard
            name: X-Road message protocol for SOAP
            category: technical
            status: mandatory
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .interface).compactMap { interface in
            guard interface.isInProduction, unreadable.lacks(interface, "standards") else { return nil }
            return context.finding(
                "interface '\(interface.id)' is in production but names no standard it conforms to; add `standards:` with the protocol and schema standards it follows",
                on: interface, subject: "standards")
        }
    }
}
