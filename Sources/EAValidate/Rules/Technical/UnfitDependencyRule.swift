import EAModel

/// TEC006: something in production that rests on something not (or no longer) in production.
public struct UnfitDependencyRule: Rule {
    /// The fields through which an element of each kind depends on another to work.
    static let dependencyFields: [Kind: Set<String>] = [
        .informationSystem: ["dependsOn", "hosting"],
        .interface: ["provider", "via"],
        .exchange: ["interface"],
        .businessProcess: ["supportedBy"],
        .publicService: ["realizedBy"],
    ]

    public static let description = RuleDescription(
        id: "TEC006", slug: "unfit-dependency", layer: .technical, defaultSeverity: .error,
        // The kinds with a dependency field (`dependencyFields`).
        appliesTo: [.publicService, .businessProcess, .informationSystem, .interface, .exchange],
        summary: "An element in production depends on one that is deprecated (warning), retired or planned (error).",
        rationale: """
        Reusability and continuity of service: a production system cannot run on a platform that has been \
        switched off or not yet built; a live service stops when the process or system under it is retired. \
        Dependencies are `dependsOn` and `hosting` of systems, `provider` and `via` of interfaces, the \
        `interface` of an exchange, `supportedBy` of processes and `realizedBy` of services. Retired or \
        planned is an error (the model is wrong or the service is at risk now); deprecated a warning, to \
        plan the move in time.
        """,
        triggeringExamples: [
            RuleExample("""
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            lifecycle: production
            hosting: ↓grs.server-room
            dependsOn: [↓grs.old-archive, ↓platform.new-pki]
            ---
            id: grs.server-room
            kind: Platform
            name: GRS server room
            type: datacenter
            lifecycle: deprecated
            ---
            id: grs.old-archive
            kind: InformationSystem
            name: Civil status archive (2001)
            lifecycle: retired
            ---
            id: platform.new-pki
            kind: Platform
            name: National PKI (new)
            type: pki
            lifecycle: planned
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            lifecycle: production
            hosting: platform.gov-cloud
            ---
            id: platform.gov-cloud
            kind: Platform
            name: Government cloud
            type: cloud
            lifecycle: production
            """),
            // Only elements in production are checked.
            RuleExample("""
            id: grs.population-register-2
            kind: InformationSystem
            name: Population register, second generation
            lifecycle: development
            hosting: platform.new-cloud
            ---
            id: platform.new-cloud
            kind: Platform
            name: Government cloud, second site
            type: cloud
            lifecycle: planned
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        // From each element that is retired, planned or deprecated to the references naming
        // it: few elements are, and every other reference is left unread.
        return model.elements.flatMap { target -> [Finding] in
            guard let state = target.lifecycle, state == "retired" || state == "planned" || state == "deprecated" else { return [] }
            return model.references(targeting: target).compactMap { reference in
                findingIfUnfit(reference, target: target, state: state, context: context)
            }
        }
    }

    private func findingIfUnfit(_ reference: ModelReference, target: Element, state: String, context: RuleContext) -> Finding? {
        guard let source = reference.sourceElement, !source.isReference, source.isInProduction,
              Self.dependencyFields[source.kind]?.contains(reference.field) == true else { return nil }
        let advice: String
        let severity: Severity
        switch state {
        case "retired":
            advice = "move to its replacement, or retire '\(source.id)' too"
            severity = .error
        case "planned":
            advice = "it does not run yet: mark '\(source.id)' as development until it does, or depend on what runs today"
            severity = .error
        case "deprecated":
            advice = "plan the move to its replacement before it is retired"
            severity = .warning
        default:
            return nil
        }
        return context.finding(
            "'\(reference.path)' of '\(source.id)', which is in production, names '\(target.id)', which is \(state); \(advice)",
            element: source.id, at: reference.location, related: [.init(target.location, "'\(target.id)' is \(state)")],
            subject: "\(reference.stablePath)=\(target.id):\(state)", severity: severity)
    }
}
