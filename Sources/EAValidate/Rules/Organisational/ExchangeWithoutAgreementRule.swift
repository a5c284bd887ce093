import EAModel

/// ORG003: data crosses from one organisation's system to another's without an
/// agreement binding both.
public struct ExchangeWithoutAgreementRule: Rule {
    public static let description = RuleDescription(
        id: "ORG003", slug: "exchange-without-agreement", layer: .organisational, defaultSeverity: .error,
        appliesTo: [.exchange],
        summary: "An Exchange between systems of different owners has no Agreement naming both.",
        rationale: """
        Organisational interoperability, security and privacy: when data leaves one state body for another, an \
        interoperability \
        agreement between the two says what is exchanged, for what purpose, with which service levels and \
        who answers for errors and leaks. An error, because without it neither side can hold the other to \
        anything. Exchanges between systems of one owner need none. When the exchange names no agreement \
        and one between both owners exists, the message names it.
        """,
        triggeringExamples: [
            RuleExample("""
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
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            ↓id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            """),
            // The agreement named binds the provider's owner but not the consumer's.
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: sf
            kind: Organisation
            name: Social Fund
            ---
            id: sts
            kind: Organisation
            name: State Tax Service
            ---
            id: agr.grs-sts
            kind: Agreement
            name: Data exchange agreement between GRS and STS
            parties: [grs, sts]
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
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: ↓agr.grs-sts
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs
            kind: Organisation
            name: State Registration Service
            ---
            id: sf
            kind: Organisation
            name: Social Fund
            ---
            id: agr.grs-sf
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund
            parties: [grs, sf]
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
            ---
            id: grs.person-api
            kind: Interface
            name: Person lookup
            provider: grs.population-register
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            """),
            // Two systems of one owner need no agreement.
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

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        // Built when an exchange first needs a hint: most name their agreement.
        var betweenOwners: AgreementIndex?
        return context.elements(of: .exchange).compactMap { exchange in
            let ends = context.facts.ends(of: exchange)
            guard !exchange.isRetired, !unreadable.contains(exchange, "agreement"),
                  let owners = ends.crossesOwners(in: model), let from = ends.provider, let to = ends.consumer else { return nil }
            let provider = owners.provider.id
            let consumer = owners.consumer.id
            // Worded only for a finding: most exchanges name a good agreement.
            var flow: String { "moves data from '\(from.id)' (owner '\(provider)') to '\(to.id)' (owner '\(consumer)')" }
            guard let reference = exchange.reference("agreement") else {
                let index = betweenOwners ?? AgreementIndex(model)
                betweenOwners = index
                let known = index.agreements(between: provider, and: consumer)
                let hint = known.isEmpty
                    ? "; conclude one and name it in `agreement:`"
                    : "; \(Phrase.list(known)) \(known.count == 1 ? "binds" : "bind") both: name it in `agreement:`"
                return context.finding(
                    "exchange '\(exchange.id)' \(flow) but names no agreement between the owners\(hint)",
                    on: exchange, subject: "agreement")
            }
            // A dangling or mistyped agreement is INT004's or INT005's to report.
            guard let agreement = model.resolve(reference), agreement.kind == .agreement else { return nil }
            // An agreement has a handful of parties: searched in place, without a set each time.
            let parties = agreement.references("parties")
            let missing = [provider, consumer].filter { owner in !parties.contains { $0.id == owner } }
            guard !missing.isEmpty else { return nil }
            return context.finding(
                "exchange '\(exchange.id)' \(flow), but its agreement '\(agreement.id)' does not bind \(Phrase.list(missing)); add \(missing.count == 1 ? "it" : "them") to the agreement's `parties` or name an agreement between both",
                element: exchange.id, at: reference.location, related: [.init(agreement.location, "'\(agreement.id)' is defined here")],
                subject: "agreement=\(agreement.id)")
        }
    }
}

/// Agreements by the pairs of organisations they bind, built once so that each exchange
/// looks its owners up instead of scanning every agreement.
private struct AgreementIndex {
    private var byPair: [String: [String]] = [:]

    init(_ model: Model) {
        for agreement in model.elements(of: .agreement) {
            let parties = Set(agreement.references("parties").map(\.id)).sorted()
            for (index, first) in parties.enumerated() {
                for second in parties[(index + 1)...] {
                    byPair[Self.key(first, second), default: []].append(agreement.id)
                }
            }
        }
    }

    private static func key(_ a: String, _ b: String) -> String {
        a < b ? a + "\u{1F}" + b : b + "\u{1F}" + a
    }

    func agreements(between a: String, and b: String) -> [String] {
        byPair[Self.key(a, b)] ?? []
    }
}
