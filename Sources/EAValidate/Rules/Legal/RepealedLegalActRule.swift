import EAModel

/// LEG003: a reference to a LegalAct that has been repealed.
public struct RepealedLegalActRule: Rule {
    public static let description = RuleDescription(
        id: "LEG003", slug: "repealed-legal-act", layer: .legal, defaultSeverity: .error,
        // The kinds with a `legalBasis`.
        appliesTo: [.publicService, .businessProcess, .agreement, .exchange],
        summary: "An element cites a LegalAct that is repealed.",
        rationale: """
        Legal interoperability and transparency: a repealed act is no legal basis, so a service, process, \
        agreement or exchange that rests on one has none, exactly as LEG001 and LEG002 forbid; hence an \
        error. Cite the act that replaced it. Retired elements describe the past and are left alone.
        """,
        triggeringExamples: [
            RuleExample("""
            id: legal.law-old-registration
            kind: LegalAct
            name: Law on registration (1998)
            status: repealed
            ---
            id: legal.law-registration
            kind: LegalAct
            name: Law on registration (2023)
            status: in-force
            ---
            id: grs.address-registration
            kind: PublicService
            name: Address registration
            lifecycle: production
            legalBasis: [legal.law-registration, ↓legal.law-old-registration]
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: legal.law-registration
            kind: LegalAct
            name: Law on registration (2023)
            status: amended
            ---
            id: grs.address-registration
            kind: PublicService
            name: Address registration
            lifecycle: production
            legalBasis: [legal.law-registration]
            """),
            RuleExample("""
            id: legal.law-old-registration
            kind: LegalAct
            name: Law on registration (1998)
            status: repealed
            ---
            id: grs.paper-address-registration
            kind: PublicService
            name: Address registration on paper
            lifecycle: retired
            legalBasis: [legal.law-old-registration]
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        return model.elements(of: .legalAct).filter { $0.string("status") == "repealed" }.flatMap { act in
            model.references(targeting: act).compactMap { reference in
                guard let source = reference.sourceElement, !source.isReference, !source.isRetired else { return nil }
                return context.finding(
                    "'\(reference.path)' of '\(source.id)' cites '\(act.id)', which is repealed; cite the act that replaced it, or retire '\(source.id)'",
                    element: source.id, at: reference.location, related: [.init(act.location, "'\(act.id)' is repealed")],
                    subject: "\(reference.stablePath)=\(act.id)")
            }
        }
    }
}
