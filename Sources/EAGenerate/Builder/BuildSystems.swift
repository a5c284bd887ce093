import EAModel

extension Builder {
    static let securityStandards = ["std.tls-1-2", "std.tls-1-3"]
    static let systemStandards = ["std.utf-8", "std.iso-8601", "std.xsd-1-0", "std.json", "std.openapi-3-1",
                                  "std.iso-3166-1", "std.iso-27001", "std.pdf-a", "std.ipv6", "std.wcag-2-1"]

    /// Information systems: first the base registries and main system of every national
    /// body, then systems drawn by owner weight. A system depends only on systems made
    /// before it, so `dependsOn` can never form a cycle; a system in production depends
    /// only on what runs (production or development) and runs on a production platform.
    func buildSystems(count: Int) {
        var seeded: [(owner: Int, term: Term)] = []
        for (index, org) in orgs.enumerated() where org.isCore {
            guard let sector = org.sector.flatMap({ Sectors.byKey[$0] }) else { continue }
            let first = sector.systems.count > 1 && (org.draft.id == "foms" || org.draft.id == "tunduk") ? 1 : 0
            seeded.append((index, sector.systems[first]))
        }
        for (index, org) in orgs.enumerated() where org.isCore {
            guard let sector = org.sector.flatMap({ Sectors.byKey[$0] }), sector.systems.count > 2 else { continue }
            seeded.append((index, sector.systems[2]))
        }
        for (position, seed) in seeded.enumerated() where systems.count < count {
            addSystem(owner: seed.owner, term: seed.term, lifecycle: "production", isBase: position < seeded.count / 2 + 8)
        }
        while systems.count < count {
            let owner = drawOwner()
            guard let sector = orgs[owner].sector.flatMap({ Sectors.byKey[$0] }) else { continue }
            let made = orgs[owner].systems.count
            let term = made < sector.systems.count ? sector.systems[made] : random.pick(sector.systems)
            let roll = random.unit()
            let lifecycle = roll < 0.72 ? "production" : roll < 0.82 ? "development" : roll < 0.89 ? "planned" : roll < 0.94 ? "deprecated" : "retired"
            addSystem(owner: owner, term: term, lifecycle: lifecycle, isBase: false)
        }
    }

    private func addSystem(owner: Int, term: Term, lifecycle: String, isBase: Bool) {
        let org = orgs[owner]
        let number = next("system-\(term.slug)", of: owner)
        let draft = makeDraft("\(org.draft.id).\(term.slug)", kind: .informationSystem, folder: org.folder, slug: term.slug)
        draft["name"] = .text(qualifiedName(term, owner: owner, number: number))
        if random.chance(0.4) {
            draft["description"] = .text(Localized([
                ("ru", "\(term.ru): ведёт \(org.shortRu)."),
                ("en", "The \(term.en.prefix(1).lowercased() + term.en.dropFirst()) that \(org.shortEn) runs."),
            ]))
        }
        draft.set("owner", org.draft.id)
        if random.chance(0.25) { draft.set("operator", random.chance(0.6) ? "infocom" : org.draft.id) }
        draft.set("lifecycle", lifecycle)
        let live = liveLifecycles.contains(lifecycle)
        switch lifecycle {
        case "production", "development", "deprecated":
            if let own = org.datacenter, random.chance(0.4) {
                draft.set("hosting", own)
            } else {
                draft.set("hosting", "platform.gov-cloud")
            }
        case "planned":
            if random.chance(0.6) { draft.set("hosting", random.chance(0.5) ? "platform.gov-cloud-2" : "platform.gov-cloud") }
        default:
            if random.chance(0.7) { draft.set("hosting", "platform.legacy-datacenter") }
        }
        draft.set("securityClass", ["public", "internal", "confidential", "confidential", "secret"][random.below(5)])
        if isBase { draft.set("baseRegistry", "true") }

        var depends = ["platform.tunduk"]
        if random.chance(0.3) { depends.append("platform.esi") }
        if random.chance(0.2) { depends.append("platform.pki") }
        if lifecycle == "planned", random.chance(0.3) { depends.append("platform.gov-cloud-2") }
        var dependsOnSystems: [Int] = []
        if !systems.isEmpty, lifecycle != "retired" {
            let wanted = random.below(3)
            for _ in 0..<wanted {
                let candidate: Int
                if !org.systems.isEmpty, random.chance(0.6) {
                    candidate = random.pick(org.systems)
                } else {
                    candidate = random.below(systems.count)
                }
                let state = systems[candidate].lifecycle
                let fit = live || lifecycle == "deprecated" ? liveLifecycles.contains(state) : state != "retired"
                guard fit, !dependsOnSystems.contains(candidate) else { continue }
                dependsOnSystems.append(candidate)
                depends.append(systems[candidate].draft.id)
            }
        }
        draft.set("dependsOn", refs: depends)
        var standards = random.sample(Self.systemStandards, 2 + random.below(4))
        standards.append(random.pick(Self.securityStandards))
        if lifecycle == "retired", random.chance(0.5) { standards.append(random.pick(["std.tls-1-0", "std.xroad-message-protocol-3-1"])) }
        draft.set("standards", refs: standards)

        orgs[owner].systems.append(systems.count)
        systems.append(System(draft: draft, owner: owner, lifecycle: lifecycle, term: term, dependsOnSystems: dependsOnSystems, isBase: isBase))
    }

    /// Data entities, each mastered by exactly one system that is not retired (its
    /// owner owns the entity), with the attributes its concept has and a name that no
    /// other entity has in any language.
    func buildEntities(count: Int) {
        let base = systems.indices.filter { systems[$0].isBase }
        let eligible = systems.indices.filter { systems[$0].lifecycle != "retired" }
        let live = systems.indices.filter { liveLifecycles.contains(systems[$0].lifecycle) }
        // Base registries master the core concepts of their sector first.
        for system in base where entities.count < count {
            addEntity(master: system)
        }
        while entities.count < count {
            let roll = random.unit()
            let system = roll < 0.3 ? random.pick(base) : roll < 0.8 ? random.pick(live) : random.pick(eligible)
            addEntity(master: system)
        }
    }

    private func addEntity(master: Int) {
        let owner = systems[master].owner
        let org = orgs[owner]
        guard let sector = org.sector.flatMap({ Sectors.byKey[$0] }) else { return }
        // What the system keeps, in turn; a system with nothing of its own keeps what its sector does.
        let own = (Sectors.systemConcepts[systems[master].term.slug] ?? []).compactMap { slug in sector.concepts.first { $0.term.slug == slug } }
        let concept = own.isEmpty ? random.pick(sector.concepts) : own[systems[master].masters.count % own.count]
        let term = concept.term
        let system = systems[master].draft.name!
        let candidates = [
            Localized(ky: term.ky, ru: term.ru, en: term.en),
            Localized(ky: "\(term.ky) (\(org.shortKy))", ru: "\(term.ru) (\(org.shortRu))", en: "\(term.en) (\(org.shortEn))"),
            Localized(ky: "\(term.ky) — \(system.text("ky")!)", ru: "\(term.ru) — \(system.text("ru")!)", en: "\(term.en) — \(system.text("en")!)"),
        ]
        let name = claimEntityName(org.isCore ? candidates : Array(candidates.dropFirst()))
        let draft = makeDraft("\(org.draft.id).\(term.slug)", kind: .dataEntity, folder: org.folder, slug: term.slug)
        draft["name"] = .text(name)
        draft["description"] = .text(Localized(
            ky: "\(term.ky): \(system.text("ky")!) жүргүзгөн маалыматтар.",
            ru: "\(term.ru): сведения, которые ведёт система «\(system.text("ru")!)».",
            en: "\(term.en) as kept in the \(system.text("en")!)."))
        draft.set("owner", org.draft.id)
        if random.chance(0.7) { draft.set("authoritativeSource", systems[master].draft.id) }
        draft.set("classification", concept.classification)

        var attributes: [Attribute] = []
        for word in concept.attributes.split(separator: " ") {
            let required = word.hasSuffix("!")
            let name = required ? String(word.dropLast()) : String(word)
            guard let entry = Catalogue.attributes[name] else { continue }
            var type = entry.type
            var codeList = entry.codeList
            if codeList == "own" { codeList = org.statusList ?? "cl.record-status" }
            var target: String?
            if let related = entry.concept {
                if let first = entitiesByConcept[related]?.first {
                    target = entities[first].draft.id
                } else {
                    type = "string"
                }
            }
            attributes.append(Attribute(name: name, type: type, required: required, codeList: codeList, entity: target,
                                        standard: entry.standard, entry: entry))
        }
        draft["attributes"] = .list(attributes.map(attributeRecord))
        if entitiesByConcept[term.slug] == nil, let uri = Self.sameAs[term.slug] {
            draft["sameAs"] = .list([.scalar(uri)])
        }

        entitiesByConcept[term.slug, default: []].append(entities.count)
        systems[master].masters.append(entities.count)
        systems[master].held.insert(entities.count)
        systems[master].draft.append("holds", record: [Entry("entity", .scalar(draft.id)), Entry("role", .scalar("master"))])
        entities.append(Entity(draft: draft, owner: owner, master: master, concept: concept, attributes: attributes, name: name))
    }

    func attributeRecord(_ attribute: Attribute) -> Value {
        var entries = [Entry("name", .scalar(attribute.name)), Entry("type", .scalar(attribute.type))]
        if attribute.required { entries.append(Entry("required", .scalar("true"))) }
        if let codeList = attribute.codeList, attribute.type == "code" { entries.append(Entry("codeList", .scalar(codeList))) }
        if let entity = attribute.entity, attribute.type == "reference" { entries.append(Entry("entity", .scalar(entity))) }
        if let standard = attribute.standard { entries.append(Entry("standard", .scalar(standard))) }
        entries.append(Entry("description", .text(Localized([("ky", attribute.entry.ky), ("ru", attribute.entry.ru)]))))
        return .record(entries)
    }

    /// The same concept in the core vocabularies published elsewhere.
    static let sameAs: [String: String] = [
        "person": "http://www.w3.org/ns/person#Person",
        "address": "http://www.w3.org/ns/locn#Address",
        "legal-entity": "http://www.w3.org/ns/regorg#RegisteredOrganization",
    ]
}
