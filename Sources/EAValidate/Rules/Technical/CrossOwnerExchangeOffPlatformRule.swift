import EAModel

/// TEC003: data crosses organisations through an interface that is not on the
/// interoperability platform.
public struct CrossOwnerExchangeOffPlatformRule: Rule {
    public static let description = RuleDescription(
        id: "TEC003", slug: "exchange-off-platform", layer: .technical, defaultSeverity: .error,
        appliesTo: [.interface, .exchange],
        summary: "An Exchange between systems of different owners uses an Interface whose `via` is not a Platform of type `interoperability-platform`.",
        rationale: """
        Security and privacy, transparency and reusability: exchanges between state bodies go through \
        the national interoperability platform (Tunduk, built on X-Road), which authenticates both members, \
        signs and logs every message, and lets any agency reuse a service once published — instead of a \
        point-to-point link per pair. An error, since a direct link bypasses all of that; a sanctioned \
        legacy link is waived in eaf.yaml with a date. The finding lands on the interface (its `via`, or \
        its id when it names none) and lists the exchanges that cross owners through it.
        """,
        triggeringExamples: [
            RuleExample("""
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            via: ↓platform.gov-cloud
            ---
            id: platform.gov-cloud
            kind: Platform
            name: Government cloud
            type: cloud
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            """ + TEC003Fixture.systems),
            RuleExample("""
            ↓id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            """ + TEC003Fixture.systems),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            via: platform.tunduk
            ---
            id: platform.tunduk
            kind: Platform
            name: Tunduk
            type: interoperability-platform
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            """ + TEC003Fixture.systems),
            // Within one organisation a direct interface is fine.
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            owner: grs
            ---
            id: grs.cadastre
            kind: InformationSystem
            name: Real-estate cadastre
            owner: grs
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: grs.cadastre-person-lookup
            kind: Exchange
            name: Cadastre reads owners
            consumer: grs.cadastre
            interface: grs.person-api
            """),
        ])

    static let platformType = "interoperability-platform"

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        let platforms = model.elements(of: .platform).filter { $0.string("type") == Self.platformType }.map(\.id)
        let suggestion = platforms.first.map { " such as '\($0)'" } ?? " (Tunduk)"
        return model.elements(of: .interface).flatMap { interface -> [Finding] in
            guard !unreadable.contains(interface, "via") else { return [] }
            let crossing = model.referrers(to: interface.id, through: "interface").filter { exchange in
                exchange.kind == .exchange && !exchange.isReference && !exchange.isRetired
                    && context.facts.ends(of: exchange).crossesOwners(in: model) != nil
            }
            guard !crossing.isEmpty else { return [] }
            let message: String
            let location: SourceLocation
            if let via = interface.reference("via") {
                // A dangling or mistyped platform is INT004's or INT005's to report.
                guard let platform = model.resolve(via), platform.kind == .platform,
                      platform.string("type") != Self.platformType else { return [] }
                message = "interface '\(interface.id)' is published on '\(platform.id)' (\(platform.string("type") ?? "no type")), not on an interoperability platform, but \(Phrase.list(crossing.map(\.id))) \(crossing.count == 1 ? "reaches" : "reach") it from another organisation; publish it on the interoperability platform\(suggestion) and name that in `via`"
                location = via.location
            } else {
                message = "interface '\(interface.id)' names no platform in `via`, but \(Phrase.list(crossing.map(\.id))) \(crossing.count == 1 ? "reaches" : "reach") it from another organisation; publish it on the interoperability platform\(suggestion) and name that in `via`"
                location = interface.location
            }
            if !interface.isReference {
                return [context.finding(message, element: interface.id, at: location,
                                        related: crossing.map { .init($0.location, "'\($0.id)' crosses organisations") },
                                        subject: "via")]
            }
            // The interface is reference material: say it where the model uses it.
            return crossing.compactMap { exchange in
                exchange.reference("interface").map {
                    context.finding(message, element: exchange.id, at: $0.location, related: [.init(interface.location, "'\(interface.id)' is defined here")],
                                    subject: "interface=\(interface.id)")
                }
            }
        }
    }
}

/// The organisations and systems the TEC003 examples share: two owners.
enum TEC003Fixture {
    static let systems = """

        ---
        id: grs
        kind: Organisation
        name: State Registration Service
        ---
        id: sf
        kind: Organisation
        name: Social Fund
        ---
        id: grs.population-register
        kind: InformationSystem
        name: Population register
        owner: grs
        ---
        id: sf.pension-system
        kind: InformationSystem
        name: Pension system
        owner: sf
        """
}
