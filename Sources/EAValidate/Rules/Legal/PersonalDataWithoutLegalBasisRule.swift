import EAModel

/// LEG001: personal, sensitive or secret data exchanged without a cited legal act.
public struct PersonalDataWithoutLegalBasisRule: Rule {
    public static let description = RuleDescription(
        id: "LEG001", slug: "personal-data-without-legal-basis", layer: .legal, defaultSeverity: .error,
        appliesTo: [.exchange],
        summary: "An Exchange that carries personal, sensitive or secret entities cites no LegalAct.",
        rationale: """
        Security and privacy: an agency may receive another agency's personal data only on a legal basis \
        (the Law on Personal Information), and the exchange must say which, so that the data protection \
        authority and the citizen can check it. An error, because an exchange without one is unlawful, not \
        merely undocumented. The Exchange's own `carries` is read, or, when it lists none, what the messages \
        of its interface carry; an Agreement's legal basis does not count, since lawfulness is judged per \
        purpose, which is the Exchange's.
        """,
        triggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: Person
            classification: personal
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            ---
            ↓id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            carries: [core.person]
            """),
            // Without its own `carries`, the exchange carries what the interface's messages carry.
            RuleExample("""
            id: core.health-record
            kind: DataEntity
            name: Health record
            classification: sensitive
            ---
            id: moh.record-api
            kind: Interface
            name: Health record service
            provider: moh.health-information-system
            messages:
              - {name: RecordResponse, direction: response, carries: [core.health-record]}
            ---
            id: moh.health-information-system
            kind: InformationSystem
            name: Health information system
            ---
            id: mhif.claims
            kind: InformationSystem
            name: Insurance claims
            ---
            ↓id: mhif.record-lookup
            kind: Exchange
            name: Claims read health records
            consumer: mhif.claims
            interface: moh.record-api
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: Person
            classification: personal
            ---
            id: legal.law-state-pensions
            kind: LegalAct
            name: Law on state pension social insurance
            status: in-force
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            carries: [core.person]
            legalBasis: [legal.law-state-pensions]
            """),
            // Public data needs no legal basis to be exchanged.
            RuleExample("""
            id: core.address
            kind: DataEntity
            name: Address
            classification: public
            ---
            id: gar.address-api
            kind: Interface
            name: Address lookup
            provider: gar.address-register
            ---
            id: gar.address-register
            kind: InformationSystem
            name: Address register
            ---
            id: bishkek.kindergarten-queue
            kind: InformationSystem
            name: Kindergarten queue
            ---
            id: bishkek.address-lookup
            kind: Exchange
            name: Kindergarten queue reads addresses
            consumer: bishkek.kindergarten-queue
            interface: gar.address-api
            carries: [core.address]
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .exchange).compactMap { exchange in
            guard unreadable.lacks(exchange, "legalBasis"), !exchange.isRetired else { return nil }
            let ends = context.facts.ends(of: exchange)
            var seen = Set<String>()
            let protected = ends.carriedEntityReferences.compactMap { reference -> Element? in
                guard let entity = model.resolve(reference), entity.kind == .dataEntity, entity.isProtectedData,
                      seen.insert(entity.id).inserted else { return nil }
                return entity
            }
            guard !protected.isEmpty else { return nil }
            let described = protected.map { "'\($0.id)' (\($0.string("classification")!))" }
            return context.finding(
                "exchange '\(exchange.id)' carries \(Phrase.list(described, quoted: false)) but cites no legal act; add `legalBasis:` naming the LegalAct that allows \(consumerPhrase(ends)) to receive it",
                on: exchange, related: protected.map { .init($0.location, "'\($0.id)' is classified \($0.string("classification")!)") },
                subject: "legalBasis")
        }
    }

    private func consumerPhrase(_ ends: ExchangeEnds) -> String {
        ends.consumer.map { "'\($0.id)'" } ?? "the consumer"
    }
}
