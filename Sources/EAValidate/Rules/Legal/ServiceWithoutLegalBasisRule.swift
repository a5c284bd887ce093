import EAModel

/// LEG002: a public service in production that cites no law.
public struct ServiceWithoutLegalBasisRule: Rule {
    public static let description = RuleDescription(
        id: "LEG002", slug: "service-without-legal-basis", layer: .legal, defaultSeverity: .error,
        appliesTo: [.publicService],
        summary: "A PublicService in production cites no legal basis.",
        rationale: """
        Transparency and legal interoperability: a state body may only provide the services a law or \
        government decree gives it, and citizens, businesses and reviewers must be able to see which one. \
        An error, because a service in production without a legal basis is either unlawful or wrongly \
        described; services still planned or in development are left alone until they go live.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: grs.birth-registration
            kind: PublicService
            name: {ky: Төрөлүүнү каттоо, ru: Регистрация рождения}
            lifecycle: production
            audience: [citizen]
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: legal.law-civil-status-acts
            kind: LegalAct
            name: Law on acts of civil status
            status: in-force
            ---
            id: grs.birth-registration
            kind: PublicService
            name: {ky: Төрөлүүнү каттоо, ru: Регистрация рождения}
            lifecycle: production
            legalBasis: [legal.law-civil-status-acts]
            """),
            RuleExample("""
            id: mes.kindergarten-enrolment
            kind: PublicService
            name: Kindergarten enrolment queue
            lifecycle: planned
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .publicService).compactMap { service in
            guard service.isInProduction, unreadable.lacks(service, "legalBasis") else { return nil }
            return context.finding(
                "public service '\(service.id)' is in production but cites no legal basis; add `legalBasis:` naming the LegalAct that establishes it",
                on: service, subject: "legalBasis")
        }
    }
}
