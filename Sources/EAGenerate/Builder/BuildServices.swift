import EAModel

extension Builder {
    /// Business processes, each supported by a system of its owner: a process in
    /// production only by systems that run (production or development), its lifecycle
    /// following its main system's.
    func buildProcesses(count: Int) {
        let eligible = systems.indices.filter { systems[$0].lifecycle != "retired" }
        guard !eligible.isEmpty else { return }
        while processes.count < count {
            let main = random.pick(eligible)
            let system = systems[main]
            let owner = system.owner
            let org = orgs[owner]
            guard let sector = org.sector.flatMap({ Sectors.byKey[$0] }) else { continue }
            let number = next("processes", of: owner)
            let term = sector.services[(number - 1) % sector.services.count]
            let lifecycle: String
            switch system.lifecycle {
            case "production": lifecycle = random.chance(0.9) ? "production" : "development"
            case "development": lifecycle = "development"
            case "planned": lifecycle = "planned"
            default: lifecycle = "deprecated"
            }
            var supported = [main]
            if random.chance(0.35), let other = org.systems.first(where: { $0 != main && liveLifecycles.contains(systems[$0].lifecycle) }) {
                supported.append(other)
            }
            let draft = makeDraft("\(org.draft.id).proc.\(term.term.slug)", kind: .businessProcess, folder: org.folder)
            draft.slug = "proc-" + String(draft.id.dropFirst(org.draft.id.count + 6))
            let base = qualifiedName(term.term, owner: owner, number: 1)
            draft["name"] = .text(Localized(ky: "\(base.text("ky")!): арыздарды кароо", ru: "\(base.text("ru")!): рассмотрение заявлений",
                                            en: "\(base.text("en")!): handling applications"))
            draft.set("owner", org.draft.id)
            draft.set("lifecycle", lifecycle)
            draft.set("supportedBy", refs: supported.map { systems[$0].draft.id })
            let held = system.masters + system.copies
            if !held.isEmpty {
                draft.set("uses", refs: random.sample(held, 1 + random.below(min(3, held.count))).map { entities[$0].draft.id })
            }
            draft.set("legalBasis", refs: citations(owner: owner, sector: org.sector, protected: false))
            orgs[owner].processes.append(processes.count)
            processes.append(Process(draft: draft, owner: owner, lifecycle: lifecycle, term: term,
                                     productionSupport: system.lifecycle == "production"))
        }
    }

    /// Public services, each realised by a process of its owner. A service in production
    /// is realised by a process in production that a production system supports, cites
    /// law, and — when citizens use it — keeps an assisted channel.
    func buildServices(count: Int) {
        guard !processes.isEmpty else { return }
        var order = Array(processes.indices)
        random.shuffle(&order)
        for number in 0..<count {
            let index = number < order.count ? order[number] : random.below(processes.count)
            let process = processes[index]
            let owner = process.owner
            let org = orgs[owner]
            let lifecycle: String
            switch process.lifecycle {
            case "production": lifecycle = process.productionSupport && random.chance(0.88) ? "production" : "development"
            case "development": lifecycle = "development"
            case "planned": lifecycle = "planned"
            default: lifecycle = random.chance(0.5) ? "retired" : "deprecated"
            }
            let term = process.term
            let draft = makeDraft("\(org.draft.id).\(term.term.slug)", kind: .publicService, folder: org.folder)
            let count = next("service-\(term.term.slug)", of: owner)
            draft["name"] = .text(qualifiedName(term.term, owner: owner, number: count))
            draft.set("owner", org.draft.id)
            draft.set("lifecycle", lifecycle)
            draft.set("audience", refs: term.audience)
            var channels: [String]
            if term.audience.contains("citizen") {
                channels = ["service-centre"] + random.sample(["portal", "mobile", "sms"], 1 + random.below(2))
                if random.chance(0.2) { channels.append("paper") }
            } else if term.audience.contains("business") {
                channels = ["portal"] + (random.chance(0.5) ? ["service-centre"] : []) + (random.chance(0.4) ? ["api"] : [])
            } else {
                channels = ["api"]
            }
            draft.set("channels", refs: channels)
            draft.set("realizedBy", refs: [process.draft.id])
            if lifecycle == "retired", !repealedLaws.isEmpty, random.chance(0.5) {
                draft.set("legalBasis", refs: [random.pick(repealedLaws)])
            } else {
                draft.set("legalBasis", refs: citations(owner: owner, sector: org.sector, protected: false))
            }
            draft.set("level", String(lifecycle == "production" ? 1 + random.below(4) : random.below(3)))
            orgs[owner].services.append(services.count)
            services.append(Service(draft: draft, owner: owner, lifecycle: lifecycle, audience: term.audience))
        }
    }

    /// Projects that build or modernise an owner's systems and services, with funding
    /// from the state budget or development partners; an active project has not ended.
    func buildProjects(count: Int) {
        let donors = ["wb", "adb", "undp", "giz", "eu", "koica"].filter { orgIndex[$0] != nil }
        var attempts = 0
        while projects.count < count && attempts < count * 50 {
            attempts += 1
            let owner = drawOwner()
            let org = orgs[owner]
            let candidates = org.systems.filter { systems[$0].lifecycle != "retired" }
            guard !candidates.isEmpty else { continue }
            let target = systems[random.pick(candidates)]
            let kind = random.below(3)
            let prefix = [("Киргизүү", "Внедрение", "Introduction of the"), ("Модернизациялоо", "Модернизация", "Modernisation of the"),
                          ("Мамлекеттик булутка көчүрүү", "Перевод в государственное облако", "Move to the government cloud of the")][kind]
            let targetName = target.draft.name!
            let draft = makeDraft("\(org.draft.id).proj.\(["introduction", "modernisation", "cloud-move"][kind])-\(target.term.slug)",
                                  kind: .project, folder: org.folder)
            draft.slug = "proj-" + String(draft.id.dropFirst(org.draft.id.count + 6))
            draft["name"] = .text(Localized(ky: "\(prefix.0): \(targetName.text("ky")!)", ru: "\(prefix.1): \(targetName.text("ru")!)",
                                            en: "\(prefix.2) \(targetName.text("en")!)"))
            draft.set("owner", org.draft.id)
            let start = -2200 + random.below(2500)
            let end = start + 365 + random.below(1100)
            let status = start > 0 ? "proposed" : end < 0 ? (random.chance(0.85) ? "completed" : "cancelled") : "active"
            draft.set("status", status)
            draft.set("start", date(start))
            draft.set("end", date(end))
            var funding: [Value] = []
            if random.chance(0.7) || donors.isEmpty {
                funding.append(.record([Entry("source", .scalar("state-budget")), Entry("funder", .scalar("minfin")),
                                        Entry("amount", .scalar(String(1_000_000 * (1 + random.below(90))))), Entry("currency", .scalar("KGS"))]))
            }
            if funding.isEmpty || random.chance(0.4), !donors.isEmpty {
                let donor = random.pick(donors)
                funding.append(.record([Entry("source", .scalar(donor == "wb" || donor == "adb" ? "loan" : "donor")), Entry("funder", .scalar(donor)),
                                        Entry("amount", .scalar(String(50_000 * (1 + random.below(200))))), Entry("currency", .scalar("USD"))]))
            }
            draft["funding"] = .list(funding)
            var delivers = [target.draft.id]
            if let service = org.services.first, random.chance(0.4) { delivers.append(services[service].draft.id) }
            draft.set("delivers", refs: delivers)
            projects.append(draft)
        }
    }
}
