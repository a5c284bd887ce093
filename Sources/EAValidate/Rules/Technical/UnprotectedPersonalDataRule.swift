import EAModel

/// TEC008: an interface that serves personal data without saying how callers are
/// authenticated and the channel secured.
public struct UnprotectedPersonalDataRule: Rule {
    public static let description = RuleDescription(
        id: "TEC008", slug: "unprotected-personal-data", layer: .technical, defaultSeverity: .error,
        appliesTo: [.interface],
        summary: "An Interface that carries personal, sensitive or secret data declares no `authentication` or lists no Standard of category `security` among its standards.",
        rationale: """
        Security and privacy: an interface that hands out personal, sensitive or secret data must say how \
        callers are authenticated (`authentication`: X-Road member certificates, the national PKI, \
        OAuth 2.0 …) and which security standard protects the channel (TLS, message signing). A security \
        standard named under `authentication` counts too. The data carried is what the interface's messages \
        carry and what the Exchanges over it carry. An error: without both, nobody can tell whether a \
        stranger can read a citizen's record.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: moh.record-api
            kind: Interface
            name: Health record service
            provider: moh.health-information-system
            standards: [std.openapi-3]
            ---
            id: std.openapi-3
            kind: Standard
            name: OpenAPI 3.1
            category: technical
            status: recommended
            ---
            id: moh.health-information-system
            kind: InformationSystem
            name: Health information system
            ---
            id: core.health-record
            kind: DataEntity
            name: Health record
            classification: sensitive
            ---
            id: mhif.record-lookup
            kind: Exchange
            name: Claims read health records
            consumer: mhif.claims
            interface: moh.record-api
            carries: [core.health-record]
            ---
            id: mhif.claims
            kind: InformationSystem
            name: Insurance claims
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: moh.record-api
            kind: Interface
            name: Health record service
            provider: moh.health-information-system
            standards: [std.openapi-3]
            authentication: [std.xroad-pki]
            messages:
              - {name: RecordResponse, direction: response, carries: [core.health-record]}
            ---
            id: std.openapi-3
            kind: Standard
            name: OpenAPI 3.1
            category: technical
            status: recommended
            ---
            id: std.xroad-pki
            kind: Standard
            name: X-Road member authentication certificates
            category: security
            status: mandatory
            ---
            id: moh.health-information-system
            kind: InformationSystem
            name: Health information system
            ---
            id: core.health-record
            kind: DataEntity
            name: Health record
            classification: sensitive
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .interface).compactMap { interface in
            guard !interface.isRetired, !unreadable.contains(interface, "authentication"),
                  !unreadable.contains(interface, "standards") else { return nil }
            // What the interface lacks first: most interfaces lack nothing, and then the data
            // their messages and exchanges carry need not be gathered and looked up.
            let authentication = interface.references("authentication")
            let standards = interface.references("standards") + authentication
            let resolved = standards.compactMap { model.resolve($0) }
            let secured = resolved.contains { $0.kind == .standard && $0.string("category") == "security" }
            // With an unresolved standard (INT004's) the security check cannot be decided.
            let securityKnown = secured || resolved.count == standards.count
            var missing: [String] = []
            if authentication.isEmpty { missing.append("declares no `authentication`") }
            if !secured && securityKnown { missing.append("lists no standard of category security") }
            guard !missing.isEmpty else { return nil }
            var carried = interface.messageCarries
            for exchange in model.referrers(to: interface.id, through: "interface") where exchange.kind == .exchange && !exchange.isRetired {
                carried += exchange.references("carries")
            }
            var seen = Set<String>()
            let protected = carried.compactMap { reference -> Element? in
                guard let entity = model.resolve(reference), entity.kind == .dataEntity, entity.isProtectedData,
                      seen.insert(entity.id).inserted else { return nil }
                return entity
            }
            guard !protected.isEmpty else { return nil }
            let data = protected.map { "'\($0.id)' (\($0.string("classification")!))" }
            return context.finding(
                "interface '\(interface.id)' carries \(Phrase.list(data, quoted: false)) but \(missing.joined(separator: " and ")); name how callers are authenticated in `authentication` and the security standard that protects the channel in `standards`",
                on: interface, related: protected.map { .init($0.location, "'\($0.id)' is classified \($0.string("classification")!)") },
                subject: "security")
        }
    }
}
