import EAModel

/// INT002: a field the metamodel does not know, lacks, or cannot accept as written.
public struct MetamodelViolationRule: Rule {
    public static let description = RuleDescription(
        id: "INT002", slug: "metamodel-violation", layer: .integrity, defaultSeverity: .error,
        appliesTo: Kind.allCases,
        summary: "Unknown field, missing required field, wrong type, value outside its enumeration, bad date or id.",
        rationale: "Every agency must describe the same things in the same words for the national picture to add up; a misspelt field is silently ignored by everything else, so it is caught here with the nearest known name.",
        triggeringExamples: [
            RuleExample("""
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            ↓hostng: platform.gov-cloud
            """),
            RuleExample("""
            ↓id: grs.population-register
            kind: InformationSystem
            lifecycle: ↓live
            """),
            RuleExample("""
            id: grs.law
            kind: LegalAct
            name: Law on state registration
            adopted: ↓2024-02-30
            """),
            RuleExample(["model/grs.xml": """
            <model xmlns="urn:egeaf:model:1">
              <organisation id="grs" ↓typ="agency"><name>State Registration Service</name></organisation>
            </model>
            """]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: grs.law
            kind: LegalAct
            name: {ky: Мамлекеттик каттоо жөнүндө мыйзам, ru: Закон о государственной регистрации}
            adopted: 2024-02-29
            status: in-force
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.repository.issues.filter { $0.category == .structure }.map {
            context.finding($0.message, element: $0.elementID, at: $0.location, subject: $0.subject.isEmpty ? $0.message : $0.subject)
        }
    }
}
