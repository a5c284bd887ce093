import EAModel

/// SEM003: a system keeps a copy of data it never receives from the master.
public struct UnfedCopyRule: Rule {
    public static let description = RuleDescription(
        id: "SEM003", slug: "unfed-copy", layer: .semantic, defaultSeverity: .warning,
        appliesTo: [.informationSystem],
        summary: "A system holds a copy of an entity but receives it through no Exchange from the master.",
        rationale: """
        Once-only and base registries: a copy is only as good as its feed. A copy that no Exchange brings \
        from the master system was typed in again — the citizen was asked twice — or is silently going \
        stale. An exchange from the master counts when it carries the entity (or declares nothing it \
        carries). A warning: either the exchange is missing from the model, or the copy should be read from \
        the base registry instead.
        """,
        triggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: Person
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            holds: [{entity: core.person, role: master}]
            ---
            id: cec.voter-register
            kind: InformationSystem
            name: Voter register
            holds: [{entity: ↓core.person, role: copy}]
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: Person
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            holds: [{entity: core.person, role: master}]
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            messages:
              - {name: PersonResponse, direction: response, carries: [core.person]}
            ---
            id: cec.voter-register
            kind: InformationSystem
            name: Voter register
            holds: [{entity: core.person, role: copy}]
            ---
            id: cec.person-feed
            kind: Exchange
            name: Voter register receives persons
            consumer: cec.voter-register
            interface: grs.person-api
            frequency: daily
            """),
        ])

    public init() {}

    /// What the exchanges from one provider bring to one consumer.
    private struct Feed {
        /// Entity ids carried.
        var entities = Set<String>()
        /// Whether some exchange declares nothing it carries (and so may carry anything).
        var unspecified = false

        func brings(_ entity: String) -> Bool { unspecified || entities.contains(entity) }
    }

    /// Who receives from whom.
    private struct Pair: Hashable {
        let consumer: String
        let provider: String
    }

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let mastery = context.facts.masters
        // Exchanges indexed once by consumer and provider, so each copy is one lookup per
        // master; each feed is changed where it is kept (a copy taken out and put back
        // copied its set of entities every time).
        // Room for a pair an exchange up front: grown step by step, the table was hashed
        // anew at each step.
        let exchanges = model.elements(of: .exchange)
        var feeds: [Pair: Feed] = [:]
        feeds.reserveCapacity(exchanges.count)
        for exchange in exchanges where !exchange.isRetired {
            let ends = context.facts.ends(of: exchange)
            guard let provider = ends.provider, let consumer = ends.consumer else { continue }
            let carried = ends.carriedEntityReferences
            let pair = Pair(consumer: consumer.id, provider: provider.id)
            if carried.isEmpty {
                feeds[pair, default: Feed()].unspecified = true
            } else {
                for entity in carried { feeds[pair, default: Feed()].entities.insert(entity.id) }
            }
        }
        return context.elements(of: .informationSystem).flatMap { system -> [Finding] in
            guard !system.isRetired else { return [] }
            return system.records("holds").compactMap { record -> Finding? in
                guard record.string("role") == "copy", let reference = record.reference("entity"),
                      let entity = model.resolve(reference), entity.kind == .dataEntity else { return nil }
                var masters = mastery.masters(of: entity.id).map(\.system.id)
                if masters.isEmpty, let source = model.resolve(entity.reference("authoritativeSource")), source.kind == .informationSystem {
                    masters = [source.id]
                }
                // No known master is SEM002's to report; a system that also masters it needs no feed.
                guard !masters.isEmpty, !masters.contains(system.id) else { return nil }
                let fed = masters.contains { feeds[Pair(consumer: system.id, provider: $0)]?.brings(entity.id) == true }
                guard !fed else { return nil }
                return context.finding(
                    "'\(system.id)' holds a copy of '\(entity.id)' but receives it through no Exchange from \(Phrase.list(masters)), which \(masters.count == 1 ? "masters" : "master") it; add an Exchange with `consumer: \(system.id)` over an interface of the master that carries '\(entity.id)', or read the data from the master instead of copying it",
                    element: system.id, at: reference.location, subject: "holds=\(entity.id)")
            }
        }
    }
}
