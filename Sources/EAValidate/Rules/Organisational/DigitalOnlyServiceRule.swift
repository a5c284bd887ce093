import EAModel

/// ORG007: a service for citizens that only a connected, digitally skilled person can use.
public struct DigitalOnlyServiceRule: Rule {
    /// Channels through which a person can be helped by a civil servant.
    static let assistedChannels: Set<String> = ["service-centre", "paper"]

    public static let description = RuleDescription(
        id: "ORG007", slug: "digital-only-service", layer: .organisational, defaultSeverity: .warning,
        appliesTo: [.publicService],
        summary: "A citizen-facing PublicService offers only digital channels (no assisted channel).",
        rationale: """
        Inclusion and accessibility: many citizens — in remote villages, the elderly, people with \
        disabilities, those without a smartphone or an electronic signature — cannot use a portal or an app. \
        A service for citizens keeps an assisted channel (a public service centre or paper) beside the \
        digital ones. A warning, because a service may be digital-only by a deliberate, approved decision; \
        waive it in eaf.yaml with that decision as the reason.
        """,
        triggeringExamples: [
            RuleExample("""
            id: grs.passport-application
            kind: PublicService
            name: ID card and passport application
            audience: [citizen]
            channels: ↓[portal, mobile]
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs.passport-application
            kind: PublicService
            name: ID card and passport application
            audience: [citizen]
            channels: [portal, mobile, service-centre]
            """),
            // Services for businesses and agencies only may be digital-only.
            RuleExample("""
            id: sts.tax-declaration
            kind: PublicService
            name: Tax declaration
            audience: [business]
            channels: [portal, api]
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .publicService).compactMap { service in
            // A channel INT002 could not read might be the assisted one.
            guard !service.isRetired, !unreadable.contains(service, "channels"), service.strings("audience").contains("citizen"),
                  let field = service.field("channels") else { return nil }
            let channels = service.strings("channels")
            guard !channels.isEmpty, !channels.contains(where: Self.assistedChannels.contains) else { return nil }
            return context.finding(
                "public service '\(service.id)' is for citizens but offers only \(Phrase.list(channels, quoted: false)); add an assisted channel (service-centre or paper) for those who cannot use digital ones",
                element: service.id, at: field.location, subject: "channels")
        }
    }
}
