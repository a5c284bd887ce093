import EAModel

/// SEM002: an entity without exactly one master system, or whose `authoritativeSource`
/// names another system than the one that masters it.
public struct MasterSystemRule: Rule {
    public static let description = RuleDescription(
        id: "SEM002", slug: "master-system", layer: .semantic, defaultSeverity: .error,
        appliesTo: [.dataEntity, .informationSystem],
        summary: "An entity does not have exactly one master system, or `authoritativeSource` disagrees with it.",
        rationale: """
        Once-only and base registries: each piece of data is mastered in one place — the population \
        register for persons, the cadastre for real estate — and every other system reads it from there. \
        Two masters drift apart and citizens are asked twice; no master means nobody is responsible for \
        the data being right. An error, because every copy and exchange of the entity depends on it. \
        Retired systems master nothing. When the entity is reference material (a core vocabulary), the \
        systems of this repository that claim to master it are reported instead.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓id: core.person
            kind: DataEntity
            name: Person
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            holds: [{entity: core.person, role: master}]
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            holds: [{entity: core.person, role: master}]
            """),
            RuleExample("""
            id: core.vehicle
            kind: DataEntity
            name: Vehicle
            authoritativeSource: ↓grs.population-register
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            ---
            id: mia.vehicle-register
            kind: InformationSystem
            name: Vehicle register
            holds: [{entity: core.vehicle, role: master}]
            """),
            RuleExample("""
            ↓id: core.address
            kind: DataEntity
            name: Address
            ---
            id: bishkek.kindergarten-queue
            kind: InformationSystem
            name: Kindergarten queue
            holds: [{entity: core.address, role: copy}]
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: Person
            authoritativeSource: grs.population-register
            ---
            id: grs.population-register
            kind: InformationSystem
            name: Population register
            holds: [{entity: core.person, role: master}]
            ---
            id: sf.pension-system
            kind: InformationSystem
            name: Pension system
            holds: [{entity: core.person, role: copy}]
            ---
            id: grs.old-population-register
            kind: InformationSystem
            name: Population register (2004)
            lifecycle: retired
            holds: [{entity: core.person, role: master}]
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        let mastery = context.facts.masters
        return model.elements(of: .dataEntity).flatMap { entity -> [Finding] in
            // By system id, so that the message does not change when files are renamed.
            let masters = mastery.masters(of: entity.id).sorted { ($0.system.id, $0.entity.location) < ($1.system.id, $1.entity.location) }
            let source = entity.reference("authoritativeSource")
            // A dangling or mistyped source is INT004's or INT005's to report.
            let named = model.resolve(source).flatMap { $0.kind == .informationSystem ? $0 : nil }
            let masterIDs = masters.map(\.system.id)
            let related = masters.map { Finding.Related($0.entity.location, "'\($0.system.id)' holds it as master") }
            if !entity.isReference {
                switch masters.count {
                case 0:
                    let fix = named.map { "add `holds: [{entity: \(entity.id), role: master}]` to '\($0.id)', its authoritativeSource" }
                        ?? "add `holds: [{entity: \(entity.id), role: master}]` to the system that masters it"
                    return [context.finding("entity '\(entity.id)' has no master system; \(fix)", on: entity, subject: "master")]
                case 1:
                    guard let named, let source, named.id != masterIDs[0] else { return [] }
                    return [context.finding(
                        "the authoritativeSource of entity '\(entity.id)' is '\(named.id)', but '\(masterIDs[0])' holds it as master; name one system in both places",
                        element: entity.id, at: source.location, related: related, subject: "authoritativeSource")]
                default:
                    return [context.finding(
                        "entity '\(entity.id)' has \(masters.count) master systems: \(Phrase.list(masterIDs, limit: .max)); keep one master and make the others hold a copy",
                        on: entity, related: related, subject: "master")]
                }
            }
            // Reference entity: report the claims this repository makes.
            let claims = masters.filter { !$0.system.isReference }
            guard !claims.isEmpty else { return [] }
            if masters.count > 1 {
                return claims.map { claim in
                    context.finding(
                        "'\(claim.system.id)' holds '\(entity.id)' as master, but so \(masters.count == 2 ? "does" : "do") \(Phrase.list(masterIDs.filter { $0 != claim.system.id }, limit: .max)); an entity has one master system, the others hold a copy",
                        element: claim.system.id, at: claim.entity.location, related: related.filter { $0.location != claim.entity.location },
                        subject: "holds=\(entity.id)")
                }
            }
            guard let named, named.id != masterIDs[0] else { return [] }
            return claims.map { claim in
                context.finding(
                    "'\(claim.system.id)' holds '\(entity.id)' as master, but its authoritativeSource is '\(named.id)'; hold a copy and receive it from '\(named.id)'",
                    element: claim.system.id, at: claim.entity.location, related: [.init(entity.location, "'\(entity.id)' is defined here")],
                    subject: "holds=\(entity.id)")
            }
        }
    }
}
