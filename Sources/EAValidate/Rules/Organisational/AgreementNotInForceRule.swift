import EAModel

/// ORG004: an agreement that exchanges rely on has expired, is not yet in force, or is
/// about to end.
public struct AgreementNotInForceRule: Rule {
    /// How far ahead an agreement's end is announced.
    static let noticeDays = 90

    public static let description = RuleDescription(
        id: "ORG004", slug: "agreement-not-in-force", layer: .organisational, defaultSeverity: .error,
        appliesTo: [.agreement, .exchange],
        summary: "An Agreement that an Exchange relies on is not in force on the as-of date (a warning when it ends within 90 days).",
        rationale: """
        Organisational interoperability and security: an exchange is lawful and accountable only while the \
        agreement that governs it is in force. An error when it has expired or has not yet started (planned \
        exchanges may wait for theirs); a warning 90 days before it ends, which is about the time renewing \
        an agreement between state bodies takes. `--as-of` fixes the date so that a report can be reproduced. \
        The finding lands on the date that is wrong and lists the exchanges that rely on the agreement; \
        agreements no exchange relies on, and retired exchanges, are left alone.
        """,
        triggeringExamples: [
            RuleExample("""
            id: agr.grs-sf
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund
            parties: [grs, sf]
            validFrom: 2021-01-01
            validUntil: ↓2025-12-31
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            lifecycle: production
            """ + ORG004Fixture.systems),
            // Ends within 90 days of the as-of date: a warning.
            RuleExample("""
            id: agr.grs-sf
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund
            parties: [grs, sf]
            validUntil: ↓2027-01-31
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            """ + ORG004Fixture.systems),
            // Not yet in force, but the exchange is already in production.
            RuleExample("""
            id: agr.grs-sf
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund
            parties: [grs, sf]
            validFrom: ↓2027-07-01
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            lifecycle: production
            """ + ORG004Fixture.systems),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: agr.grs-sf
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund
            parties: [grs, sf]
            validFrom: 2024-01-01
            validUntil: 2029-12-31
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            lifecycle: production
            """ + ORG004Fixture.systems),
            // A planned exchange may wait for its agreement; an expired one no exchange uses is history.
            RuleExample("""
            id: agr.grs-sf
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund
            parties: [grs, sf]
            validFrom: 2027-07-01
            ---
            id: agr.grs-sf-2018
            kind: Agreement
            name: Data exchange agreement between GRS and the Social Fund (2018)
            parties: [grs, sf]
            validUntil: 2020-12-31
            ---
            id: sf.person-lookup
            kind: Exchange
            name: Pension system reads persons
            consumer: sf.pension-system
            interface: grs.person-api
            agreement: agr.grs-sf
            lifecycle: planned
            """ + ORG004Fixture.systems),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let asOf = context.asOf
        return model.elements(of: .agreement).flatMap { agreement -> [Finding] in
            let relying = model.referrers(to: agreement.id, through: "agreement")
                .filter { $0.kind == .exchange && !$0.isReference && !$0.isRetired }
            guard !relying.isEmpty else { return [] }
            let names = Phrase.list(relying.map(\.id))
            let verb = relying.count == 1 ? "relies" : "rely"
            var findings: [Finding] = []
            func report(_ message: String, field: String, subject: String, severity: Severity? = nil, exchanges: [Element]) {
                if !agreement.isReference, let location = agreement.field(field)?.location {
                    findings.append(context.finding(message, element: agreement.id, at: location,
                                                    related: exchanges.map { .init($0.location, "'\($0.id)' relies on it") },
                                                    subject: subject, severity: severity))
                } else {
                    // The agreement is reference material: say it where the model relies on it.
                    for exchange in exchanges {
                        guard let reference = exchange.reference("agreement") else { continue }
                        findings.append(context.finding(message, element: exchange.id, at: reference.location,
                                                        related: [.init(agreement.location, "'\(agreement.id)' is defined here")],
                                                        subject: "agreement=\(agreement.id):\(subject)", severity: severity))
                    }
                }
            }
            if let until = agreement.date("validUntil") {
                if until < asOf {
                    report("agreement '\(agreement.id)' ended on \(until) (as of \(asOf)), but \(names) still \(verb) on it; renew it and update `validUntil`, or retire the exchanges",
                           field: "validUntil", subject: "expired", exchanges: relying)
                } else if until <= asOf.adding(days: Self.noticeDays) {
                    let days = until.dayNumber - asOf.dayNumber
                    report("agreement '\(agreement.id)' ends on \(until), in \(days) day\(days == 1 ? "" : "s") (as of \(asOf)), and \(names) \(verb) on it; start renewing it now",
                           field: "validUntil", subject: "ending", severity: .warning, exchanges: relying)
                }
            }
            if let from = agreement.date("validFrom"), from > asOf {
                let live = relying.filter { $0.lifecycle != "planned" }
                if !live.isEmpty {
                    report("agreement '\(agreement.id)' comes into force only on \(from) (as of \(asOf)), but \(Phrase.list(live.map(\.id))) already \(live.count == 1 ? "relies" : "rely") on it; mark \(live.count == 1 ? "the exchange" : "the exchanges") `lifecycle: planned` until then, or correct `validFrom`",
                           field: "validFrom", subject: "not-yet", exchanges: live)
                }
            }
            return findings
        }
    }
}

/// The organisations, systems and interface the ORG004 examples share.
enum ORG004Fixture {
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
        ---
        id: sf.pension-system
        kind: InformationSystem
        name: Pension system
        ---
        id: grs.person-api
        kind: Interface
        name: Person lookup
        provider: grs.population-register
        """
}
