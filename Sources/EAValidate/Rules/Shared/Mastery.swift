import EAModel

/// Which systems master each entity: every InformationSystem (reference material
/// included, retired systems left out) whose `holds` lists the entity with role `master`.
/// Built in one pass over the systems, once per run (`SharedFacts`); SEM002 and SEM003 read it.
struct Mastery {
    /// A system's claim to master an entity, with the `holds` item that makes it.
    struct Holding {
        let system: Element
        let entity: Reference
    }

    private let index: [String: [Holding]]

    init(_ model: Model) {
        var index: [String: [Holding]] = [:]
        var seen = Set<String>()
        for system in model.elements(of: .informationSystem) where !system.isRetired && seen.insert(system.id).inserted {
            var mastered = Set<String>()
            for record in system.records("holds") where record.string("role") == "master" {
                guard let entity = record.reference("entity"), mastered.insert(entity.id).inserted else { continue }
                index[entity.id, default: []].append(Holding(system: system, entity: entity))
            }
        }
        self.index = index
    }

    /// The systems that master the entity, in source order.
    func masters(of entity: String) -> [Holding] {
        index[entity] ?? []
    }
}
