import EAModel

extension Builder {
    /// The national bodies, then every municipality (city halls and aiyl okmotus, spread
    /// over the districts), then territorial offices and state institutions until the
    /// organisations' share is full.
    func buildOrganisations(count: Int) {
        for core in Organisations.core {
            let folder = "model/\(core.id)"
            let draft = makeDraft(core.id, kind: .organisation, folder: folder, slug: "organisation")
            draft.fileName = "\(folder)/organisation"
            draft["name"] = .text(Localized(ky: core.ky, ru: core.ru, en: core.en))
            draft.set("type", core.type)
            draft.set("parent", core.parent)
            if core.type != "international" {
                draft["links"] = .list([.record([Entry("title", .scalar(core.en)), Entry("url", .scalar("https://\(core.domain)/"))])])
            }
            folderTitles[folder] = core.en
            addOrg(Org(draft: draft, sector: core.sector, weight: core.weight, folder: folder, shortKy: core.shortKy,
                       shortRu: core.shortRu, shortEn: core.shortEn, domain: core.domain, isCore: true))
        }

        var remaining = count - orgs.count
        // Municipalities: the towns, then aiyl okmotus district by district in turn, so
        // that a smaller repository still covers the whole country.
        var municipalities: [(ky: String, ru: String, en: String, id: String, rayon: Int, isTown: Bool)] = []
        for town in Places.towns {
            let slug = Transliteration.slug(town.ky)
            municipalities.append(("\(town.ky) шаарынын мэриясы", "Мэрия города \(town.ru)", "\(Transliteration.latin(town.ky)) City Hall",
                                   "\(slug)-city", town.rayon, true))
        }
        let perRayon = Places.aiylOkmotuCount / Places.rayons.count
        let extra = Places.aiylOkmotuCount % Places.rayons.count
        let villages = Places.rayons.indices.map { Places.villageNames(rayon: $0, count: perRayon + ($0 < extra ? 1 : 0)) }
        for round in 0..<(perRayon + 1) {
            for (index, rayon) in Places.rayons.enumerated() where round < villages[index].count {
                let name = villages[index][round]
                municipalities.append(("\(name) айыл өкмөтү", "Айыл окмоту «\(name)» (\(rayon.ru) район)",
                                       "\(Transliteration.latin(name)) aiyl okmotu, \(rayon.en) district",
                                       "ao-\(rayon.slug)-\(Transliteration.slug(name))", index, false))
            }
        }
        for municipality in municipalities.prefix(max(0, remaining)) {
            let rayon = Places.rayons[municipality.rayon]
            let oblast = Places.oblasts[rayon.oblast]
            let folder = "model/municipalities/\(oblast.slug)/\(municipality.id)"
            let draft = makeDraft(municipality.id, kind: .organisation, folder: "model/municipalities/\(oblast.slug)")
            draft["name"] = .text(Localized(ky: municipality.ky, ru: municipality.ru, en: municipality.en))
            draft.set("type", "municipality")
            folderTitles[folder] = municipality.en
            folderTitles["model/municipalities/\(oblast.slug)"] = "\(oblast.en) region"
            let short = municipality.isTown
                ? (municipality.ky, municipality.ru, municipality.en)
                : (municipality.ky, "а/о «\(municipality.ky.replacingOccurrences(of: " айыл өкмөтү", with: ""))»", municipality.en)
            addOrg(Org(draft: draft, sector: "municipal", weight: municipality.isTown ? 2 : 0.25, folder: folder,
                       shortKy: short.0, shortRu: short.1, shortEn: short.2,
                       domain: "\(municipality.id).kg", isCore: false))
        }
        remaining = count - orgs.count

        // Territorial offices of national bodies in every district, then state institutions.
        var units: [(parent: String, id: String, ky: String, ru: String, en: String, weight: Double)] = []
        for office in Organisations.offices {
            for rayon in Places.rayons {
                units.append((office.parent, "\(office.parent).\(office.slug)-\(rayon.slug)", office.ky(rayon), office.ru(rayon), office.en(rayon), 0.35))
            }
        }
        var number = 0
        while units.count < max(0, remaining) {
            number += 1
            for institution in Organisations.institutions {
                for rayon in Places.rayons {
                    units.append((institution.parent, "\(institution.parent).\(institution.slug)-\(rayon.slug)-\(number)",
                                  institution.ky(rayon, number), institution.ru(rayon, number), institution.en(rayon, number), 0.15))
                }
            }
        }
        for unit in units.prefix(max(0, remaining)) {
            guard let parent = orgIndex[unit.parent] else { continue }
            let unitsFolder = "model/\(unit.parent)/units"
            let folder = "\(unitsFolder)/\(unit.id)"
            let draft = makeDraft(unit.id, kind: .organisation, folder: unitsFolder)
            draft["name"] = .text(Localized(ky: unit.ky, ru: unit.ru, en: unit.en))
            draft.set("type", "agency")
            draft.set("parent", unit.parent)
            folderTitles[folder] = unit.en
            folderTitles[unitsFolder] = "the territorial units of \(orgs[parent].draft.name?.text("en") ?? unit.parent)"
            addOrg(Org(draft: draft, sector: orgs[parent].sector, weight: unit.weight, folder: folder,
                       shortKy: unit.ky, shortRu: unit.ru, shortEn: unit.en, domain: orgs[parent].domain, isCore: false))
        }

        ownerIndices = orgs.indices.filter { orgs[$0].sector != nil && orgs[$0].weight > 0 }
        ownerTable = WeightedTable(ownerIndices.map { orgs[$0].weight })
        folderTitles["model/national"] = "the national reference architecture"
    }

    private func addOrg(_ org: Org) {
        orgIndex[org.draft.id] = orgs.count
        orgs.append(org)
    }

    /// An organisation that owns things, drawn by weight.
    func drawOwner() -> Int {
        ownerIndices[ownerTable.draw(&random)]
    }

    /// GCIOs for every organisation that runs systems (and every national body and town),
    /// Tunduk membership for every member that publishes or consumes on it.
    func finishOrganisations() {
        var live = Set<Int>()
        var members = Set<Int>()
        for system in systems where liveLifecycles.contains(system.lifecycle) { live.insert(system.owner) }
        for interface in interfaces where !interface.internalOnly { members.insert(systems[interface.provider].owner) }
        for exchange in exchanges { members.insert(systems[exchange.consumer].owner) }
        var code = 100
        for (index, org) in orgs.enumerated() {
            let type = org.draft["type"]?.scalarText
            guard type != "international", org.draft.id != "cabinet" else { continue }
            code += 1
            if live.contains(index) || org.isCore || (type == "municipality" && org.weight > 1) {
                let person = People.person(&random)
                org.draft["gcio"] = .record([
                    Entry("name", .scalar(person)),
                    Entry("position", .scalar(random.pick(People.positions))),
                    Entry("email", .scalar("gcio@\(org.domain)")),
                    Entry("phone", .scalar("+996 312 \(100 + random.below(900)) \(100 + random.below(900))")),
                ])
            }
            if members.contains(index) || org.isCore {
                let memberCode = String(code)
                org.draft["tunduk"] = .record([
                    Entry("memberClass", .scalar("GOV")),
                    Entry("memberCode", .scalar(String(repeating: "0", count: 14 - memberCode.count) + memberCode)),
                ])
            }
        }
    }
}
