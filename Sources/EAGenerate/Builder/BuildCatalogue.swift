import EAModel

extension Builder {
    /// The national standards catalogue (the core list, then national adoptions of
    /// international standards and national standards to fill larger repositories).
    func buildStandards(count: Int) {
        for entry in Catalogue.standards {
            let draft = makeDraft(entry.id, kind: .standard, folder: "model/national", slug: String(entry.id.dropFirst(4)))
            draft["name"] = .text(.plain(entry.name))
            draft.set("category", entry.category)
            draft.set("status", entry.status)
            draft.set("version", entry.version)
            draft.set("publisher", entry.publisher)
            draft.set("url", entry.url)
            draft.set("supersededBy", entry.supersededBy)
            standards.append(draft)
        }
        var serial = 0
        while standards.count < count {
            let adopted = Catalogue.adoptedStandards[serial % Catalogue.adoptedStandards.count]
            let round = serial / Catalogue.adoptedStandards.count
            serial += 1
            let year = 2018 + (serial * 7 + round) % 8
            let draft: Draft
            if round < 3 {
                let slug = Transliteration.slug(adopted.number)
                draft = makeDraft("std.kms-\(slug)-\(year)", kind: .standard, folder: "model/national")
                draft["name"] = .text(.plain("КМС \(adopted.number):\(year) \(adopted.ru)"))
                draft.set("version", String(year))
            } else {
                let number = 1000 + serial
                draft = makeDraft("std.st-kr-\(number)", kind: .standard, folder: "model/national")
                draft["name"] = .text(.plain("СТ КР \(number):\(year) Информационные технологии. \(adopted.ru)"))
                draft.set("version", "\(number):\(year)")
            }
            draft.set("category", adopted.category)
            draft.set("status", ["mandatory", "recommended", "recommended", "emerging"][random.below(4)])
            draft.set("publisher", "Кыргызстандарт")
            draft.set("url", "https://www.nism.gov.kg/")
            standards.append(draft)
        }
    }

    /// The shared platforms, the data centres of the bodies that run their own, and
    /// the server rooms of others.
    func buildPlatforms(count: Int) {
        for entry in Catalogue.platforms {
            let draft = makeDraft(entry.id, kind: .platform, folder: "model/national", slug: String(entry.id.dropFirst(9)))
            draft["name"] = .text(Localized(ky: entry.ky, ru: entry.ru, en: entry.en))
            draft.set("owner", "mdd")
            draft.set("operator", entry.operatorID)
            draft.set("lifecycle", entry.lifecycle)
            draft.set("type", entry.type)
            platforms.append(draft)
        }
        for (index, org) in orgs.enumerated() where org.isCore {
            guard Organisations.core.first(where: { $0.id == org.draft.id })?.datacenter == true else { continue }
            let draft = makeDraft("\(org.draft.id).datacenter", kind: .platform, folder: org.folder, slug: "datacenter")
            draft["name"] = .text(Localized(ky: "\(org.shortKy) маалыматтарды иштетүү борбору", ru: "Центр обработки данных (\(org.shortRu))",
                                            en: "\(org.shortEn) data centre"))
            draft.set("owner", org.draft.id)
            draft.set("operator", random.chance(0.5) ? "infocom" : org.draft.id)
            draft.set("lifecycle", "production")
            draft.set("type", "datacenter")
            orgs[index].datacenter = draft.id
            platforms.append(draft)
        }
        var attempts = 0
        while platforms.count < count && attempts < count * 20 {
            attempts += 1
            let owner = drawOwner()
            guard orgs[owner].datacenter == nil else { continue }
            let org = orgs[owner]
            let draft = makeDraft("\(org.draft.id).server-room", kind: .platform, folder: org.folder, slug: "server-room")
            draft["name"] = .text(Localized(ky: "\(org.shortKy): сервердик бөлмө", ru: "Серверная (\(org.shortRu))", en: "Server room, \(org.shortEn)"))
            draft.set("owner", org.draft.id)
            draft.set("operator", org.draft.id)
            draft.set("lifecycle", "production")
            draft.set("type", "datacenter")
            orgs[owner].datacenter = draft.id
            platforms.append(draft)
        }
    }

    /// National law, then the regulations and procedures each body adopts for its own
    /// systems and services; a few of those are repealed, and only the past cites them.
    func buildLaws(count: Int) {
        for entry in Catalogue.laws {
            let draft = makeDraft(entry.id, kind: .legalAct, folder: "model/national", slug: String(entry.id.dropFirst(6)))
            draft["name"] = .text(Localized(ky: entry.ky, ru: entry.ru, en: entry.en))
            draft.set("number", entry.number)
            draft.set("adopted", entry.adopted)
            draft.set("status", entry.status)
            draft.set("url", "https://cbd.minjust.gov.kg/")
            if let sector = entry.sector { sectorLaw[sector] = entry.id }
            if entry.status == "repealed" { repealedLaws.append(entry.id) }
            laws.append(Law(draft: draft, status: entry.status))
        }
        while laws.count < count {
            let owner = drawOwner()
            let org = orgs[owner]
            guard let sector = org.sector.flatMap({ Sectors.byKey[$0] }) else { continue }
            let number = next("acts", of: owner)
            let name: Localized
            let slug: String
            switch random.below(3) {
            case 0:
                let system = random.pick(sector.systems)
                name = Localized(ky: "«\(system.ky)» жөнүндө жобо", ru: "Положение о системе «\(system.ru)»", en: "Regulation on the \(system.en)")
                slug = "regulation-\(system.slug)"
            case 1:
                let service = random.pick(sector.services).term
                name = Localized(ky: "«\(service.ky)» кызматынын административдик регламенти", ru: "Административный регламент услуги «\(service.ru)»",
                                 en: "Administrative regulation: \(service.en)")
                slug = "regulation-\(service.slug)"
            default:
                name = Localized(ky: "Электрондук өз ара аракеттенүү тартиби", ru: "Порядок электронного взаимодействия", en: "Electronic interaction procedure")
                slug = "interaction-procedure"
            }
            var qualified = name
            if !org.isCore || number > 3 {
                qualified = Localized(ky: "\(name.text("ky")!) (\(org.shortKy))", ru: "\(name.text("ru")!) (\(org.shortRu))", en: "\(name.text("en")!) (\(org.shortEn))")
            }
            let draft = makeDraft("\(org.draft.id).act.\(slug)", kind: .legalAct, folder: org.folder, slug: "act-\(slug)")
            let status = random.chance(0.05) ? "repealed" : (random.chance(0.1) ? "amended" : "in-force")
            draft["name"] = .text(qualified)
            draft.set("owner", org.draft.id)
            draft.set("number", String(1 + random.below(999)))
            draft.set("adopted", date(-(200 + random.below(5000))))
            draft.set("status", status)
            draft.set("url", "https://cbd.minjust.gov.kg/\(100_000 + random.below(900_000))")
            if status == "repealed" {
                repealedLaws.append(draft.id)
            } else {
                orgs[owner].acts.append(laws.count)
            }
            laws.append(Law(draft: draft, status: status))
        }
    }

    /// The national code lists, then the lists bodies keep for their own work.
    func buildCodeLists(count: Int) {
        for entry in Catalogue.codeLists {
            let draft = makeDraft(entry.id, kind: .codeList, folder: "model/national", slug: "code-list-" + String(entry.id.dropFirst(3)))
            draft["name"] = .text(Localized(ky: entry.ky, ru: entry.ru, en: entry.en))
            draft.set("owner", entry.owner)
            draft.set("standard", entry.standard)
            if entry.values.isEmpty {
                draft.set("source", entry.source)
            } else {
                draft["values"] = .list(entry.values.map { value in
                    .record([Entry("code", .scalar(value.code)), Entry("name", .text(Localized(ky: value.ky, ru: value.ru, en: value.en)))])
                })
            }
            codeLists.append(draft)
        }
        var attempts = 0
        while codeLists.count < count && attempts < count * 20 {
            attempts += 1
            let owner = drawOwner()
            let number = orgs[owner].counters["code-lists", default: 0]
            guard number < Catalogue.codeListTopics.count else { continue }
            _ = next("code-lists", of: owner)
            let topic = Catalogue.codeListTopics[number]
            let org = orgs[owner]
            let draft = makeDraft("\(org.draft.id).cl.\(topic.slug)", kind: .codeList, folder: org.folder, slug: "code-list-\(topic.slug)")
            draft["name"] = .text(Localized(ky: "\(topic.ky) (\(org.shortKy))", ru: "\(topic.ru) (\(org.shortRu))", en: "\(topic.en) (\(org.shortEn))"))
            draft.set("owner", org.draft.id)
            draft["values"] = .list(topic.values.map { value in
                .record([Entry("code", .scalar(value.0)), Entry("name", .text(Localized(ky: value.1, ru: value.2, en: value.3)))])
            })
            if number == 0 { orgs[owner].statusList = draft.id }
            codeLists.append(draft)
        }
    }
}
