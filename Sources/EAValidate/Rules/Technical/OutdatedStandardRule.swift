import EAModel

/// TEC002: a reference to a standard the national catalogue has deprecated or retired.
public struct OutdatedStandardRule: Rule {
    public static let description = RuleDescription(
        id: "TEC002", slug: "outdated-standard", layer: .technical, defaultSeverity: .error,
        // The kinds that name standards (`standards`, `authentication`, `standard`); a standard's own
        // `supersededBy` is history, not use.
        appliesTo: [.dataEntity, .codeList, .informationSystem, .interface],
        summary: "An element references a deprecated (warning) or retired (error) Standard; `supersededBy` is suggested.",
        rationale: """
        Openness, security and reusability: the national standards catalogue retires a standard when it is \
        no longer safe or supported (TLS 1.0, SHA-1 signatures) and deprecates it when a successor should \
        be planned for. A retired standard is an error; a deprecated one a warning, so that the move can \
        be scheduled. The message names the successor, following `supersededBy` to the first standard \
        that is neither. Retired elements, and the catalogue's own `supersededBy` chain, are left alone.
        """,
        triggeringExamples: [
            RuleExample("""
            id: std.tls-1-0
            kind: Standard
            name: TLS 1.0
            category: security
            status: retired
            supersededBy: std.tls-1-2
            ---
            id: std.tls-1-2
            kind: Standard
            name: TLS 1.2
            category: security
            status: deprecated
            supersededBy: std.tls-1-3
            ---
            id: std.tls-1-3
            kind: Standard
            name: TLS 1.3
            category: security
            status: recommended
            ---
            id: sts.declaration-api
            kind: Interface
            name: Tax declaration service
            provider: sts.taxpayer-register
            standards: [↓std.tls-1-0, ↓std.tls-1-2]
            ---
            id: sts.taxpayer-register
            kind: InformationSystem
            name: Taxpayer register
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: std.tls-1-3
            kind: Standard
            name: TLS 1.3
            category: security
            status: recommended
            ---
            id: sts.declaration-api
            kind: Interface
            name: Tax declaration service
            provider: sts.taxpayer-register
            standards: [std.tls-1-3]
            ---
            id: sts.taxpayer-register
            kind: InformationSystem
            name: Taxpayer register
            """),
            // A retired system may keep the standards it used.
            RuleExample("""
            id: std.tls-1-0
            kind: Standard
            name: TLS 1.0
            category: security
            status: retired
            ---
            id: sts.old-declaration-portal
            kind: InformationSystem
            name: Tax declaration portal (2012)
            lifecycle: retired
            standards: [std.tls-1-0]
            """),
        ])

    static let outdated: Set<String> = ["deprecated", "retired"]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        // From each outdated standard to the references naming it, not through every reference.
        return model.elements(of: .standard).flatMap { standard -> [Finding] in
            guard let status = standard.string("status"), Self.outdated.contains(status) else { return [] }
            // The catalogue's own succession chain (`supersededBy`) is history, not use.
            let uses = model.references(targeting: standard).filter { reference in
                guard reference.field != "supersededBy", let source = reference.sourceElement else { return false }
                return !source.isReference && !source.isRetired
            }
            guard !uses.isEmpty else { return [] }
            let advice: String
            if let successor = Self.successor(of: standard, in: model) {
                advice = "move to '\(successor.id)'\(successor.id == standard.reference("supersededBy")?.id ? ", which supersedes it" : ", its current successor")"
            } else {
                advice = "the catalogue names no successor (`supersededBy`); choose a current standard from it"
            }
            return uses.map { reference in
                context.finding(
                    "'\(reference.path)' of '\(reference.source)' names '\(standard.id)', which is \(status); \(advice)",
                    element: reference.source, at: reference.location, related: [.init(standard.location, "'\(standard.id)' is \(status)")],
                    subject: "\(reference.stablePath)=\(standard.id):\(status)", severity: status == "retired" ? .error : .warning)
            }
        }
    }

    /// The first standard along `supersededBy` that is neither deprecated nor retired.
    static func successor(of standard: Element, in model: Model) -> Element? {
        var seen: Set<String> = [standard.id]
        var current = standard
        while let next = model.resolve(current.reference("supersededBy")), next.kind == .standard, seen.insert(next.id).inserted {
            if !outdated.contains(next.string("status") ?? "") { return next }
            current = next
        }
        return nil
    }
}
