/// Which part of the model a graph view shows (ArchiMate calls such a selection a
/// viewpoint). `eaf graph --view` takes the raw values.
public enum Viewpoint: String, Sendable, CaseIterable, Hashable {
    /// InformationSystems and Platforms with their dependencies (`dependsOn`, `hosting`)
    /// and the data flows between systems, one edge per provider–consumer pair.
    case systems
    /// Provider system → consumer system, one edge per Exchange, labelled with the
    /// entities carried and the interface and platform they go through.
    case dataFlow = "data-flow"
    /// Organisation → organisation: the exchanges between agencies' systems aggregated
    /// by owner (edge weight = number of exchanges).
    case organisations
    /// The realisation chain: PublicService → BusinessProcess (`realizedBy`) →
    /// InformationSystem (`supportedBy`) → Platform (`hosting`).
    case services
    /// Every element, every reference an edge.
    case all

    /// What the view shows, for help texts (short: help lists it after the name).
    public var summary: String {
        switch self {
        case .systems: "systems and platforms: dependsOn, hosting, data flows"
        case .dataFlow: "one edge per exchange: entities, interface, platform"
        case .organisations: "exchanges between agencies, aggregated by owner"
        case .services: "public service → process → system → platform"
        case .all: "every element and every reference"
        }
    }
}
