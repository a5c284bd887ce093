import EAModel

/// ORG005: a live public service with no live system behind it.
public struct UnrealisedServiceRule: Rule {
    public static let description = RuleDescription(
        id: "ORG005", slug: "unrealised-service", layer: .organisational, defaultSeverity: .warning,
        appliesTo: [.publicService],
        summary: "A PublicService in production is not realised by a process supported by a production system.",
        rationale: """
        Transparency and assessment of effectiveness: the architecture must show how each service reaches \
        the citizen — service, process, system — or nobody can tell which services stop when a system does \
        (`eaf impact`) or how digital a service really is. A warning, because the service itself may work; \
        it is the record of how it is delivered that is missing or out of date.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: sf.pension-assignment
            kind: PublicService
            name: Pension assignment
            lifecycle: production
            """),
            RuleExample("""
            id: sf.pension-assignment
            kind: PublicService
            name: Pension assignment
            lifecycle: production
            realizedBy: ↓[sf.proc.assign-pension]
            ---
            id: sf.proc.assign-pension
            kind: BusinessProcess
            name: Assigning a pension
            supportedBy: [sf.pension-system]
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            lifecycle: development
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: sf.pension-assignment
            kind: PublicService
            name: Pension assignment
            lifecycle: production
            realizedBy: [sf.proc.assign-pension]
            ---
            id: sf.proc.assign-pension
            kind: BusinessProcess
            name: Assigning a pension
            supportedBy: [sf.pension-system]
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            lifecycle: production
            """),
            // Services not yet in production are not checked.
            RuleExample("""
            id: mlsd.family-allowance
            kind: PublicService
            name: Monthly family allowance
            lifecycle: development
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .publicService).compactMap { service in
            guard service.isInProduction, !unreadable.contains(service, "realizedBy") else { return nil }
            let processes = service.references("realizedBy")
            guard let field = service.field("realizedBy"), !processes.isEmpty else {
                return context.finding(
                    "public service '\(service.id)' is in production but names no process in `realizedBy`; add the BusinessProcess that delivers it, supported by the system it runs on",
                    on: service, subject: "realizedBy")
            }
            var described: [String] = []
            for reference in processes {
                // An unresolved process or system is INT004's; the chain cannot be judged.
                guard let process = model.resolve(reference), process.kind == .businessProcess else { return nil }
                let systems = process.references("supportedBy")
                if systems.isEmpty {
                    described.append("'\(process.id)' is supported by no system")
                    continue
                }
                var states: [String] = []
                for systemReference in systems {
                    guard let system = model.resolve(systemReference), system.kind == .informationSystem else { return nil }
                    if system.isInProduction { return nil }
                    states.append("'\(system.id)' (\(system.lifecycle ?? "no lifecycle"))")
                }
                described.append("'\(process.id)' is supported by \(Phrase.list(states, quoted: false))")
            }
            return context.finding(
                "public service '\(service.id)' is in production, but no system in production supports the processes that realise it: \(described.joined(separator: "; ")); record the production system in `supportedBy`, or correct the service's lifecycle",
                element: service.id, at: field.location, subject: "realizedBy")
        }
    }
}
