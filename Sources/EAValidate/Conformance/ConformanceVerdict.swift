/// What a conformance report says about an organisation (or a system, or the repository).
public enum ConformanceVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every applicable check passed, none by waiver.
    case conformant
    /// Every applicable check passed, some only because a waiver accepts their findings.
    case conformantWithWaivers = "conformant-with-waivers"
    /// At least one applicable check failed.
    case nonConformant = "non-conformant"

    /// How reports name the verdict.
    public var title: String {
        switch self {
        case .conformant: "Conformant"
        case .conformantWithWaivers: "Conformant with waivers"
        case .nonConformant: "Non-conformant"
        }
    }
}
