import EAModel

extension Builder {
    static let purposes: [Localized] = [
        Localized(ky: "Арыз ээсинен маалымкат талап кылбай маалыматты текшерүү.", ru: "Проверка сведений без истребования справок у заявителя.",
                  en: "Check the data without asking the applicant for paper certificates."),
        Localized(ky: "Маалыматтарды актуалдуу абалда кармоо.", ru: "Поддержание сведений в актуальном состоянии.", en: "Keep the records current."),
        Localized(ky: "Төлөмдөрдү дайындоо жана токтотуу.", ru: "Назначение и прекращение выплат.", en: "Assign and stop payments."),
        Localized(ky: "Мамлекеттик кызматты электрондук түрдө көрсөтүү.", ru: "Оказание государственной услуги в электронной форме.",
                  en: "Provide the public service online."),
        Localized(ky: "Статистикалык жана аналитикалык отчеттуулук.", ru: "Статистическая и аналитическая отчётность.", en: "Statistical and analytical reporting."),
    ]

    /// Exchanges: a consumer system calls an interface of another system. Popular
    /// interfaces (the base registries') get most of the calls; internal interfaces are
    /// called only by their owner's own systems. A consumer may keep a copy of what it
    /// receives, and then it is fed from the master by construction.
    func buildExchanges(count: Int) {
        guard !interfaces.isEmpty else { return }
        let consumers = systems.indices.filter { systems[$0].lifecycle != "retired" }
        let popular = max(1, interfaces.count / 10)
        var pairs = Set<String>()
        var attempts = 0
        while exchanges.count < count && attempts < count * 20 {
            attempts += 1
            let index = random.chance(0.4) ? random.below(popular) : random.below(interfaces.count)
            let interface = interfaces[index]
            let provider = interface.provider
            let consumer: Int
            if interface.internalOnly {
                let own = orgs[systems[provider].owner].systems.filter { $0 != provider && systems[$0].lifecycle != "retired" }
                guard !own.isEmpty else { continue }
                consumer = random.pick(own)
            } else {
                consumer = random.pick(consumers)
                guard consumer != provider else { continue }
            }
            guard pairs.insert("\(consumer)|\(index)").inserted else { continue }
            addExchange(consumer: consumer, interface: index)
        }
    }

    private func addExchange(consumer: Int, interface index: Int) {
        let interface = interfaces[index]
        let system = systems[consumer]
        let provider = systems[interface.provider]
        let owner = system.owner
        let org = orgs[owner]
        let carried = random.sample(interface.carries, 1 + random.below(interface.carries.count))
        let lifecycle: String
        switch system.lifecycle {
        case "planned": lifecycle = "planned"
        case "development": lifecycle = "development"
        case "deprecated": lifecycle = random.chance(0.3) ? "retired" : "production"
        default: lifecycle = interface.lifecycle == "production" ? "production" : "development"
        }
        let crossOwner = owner != provider.owner
        let entity = entities[carried[0]].concept.term
        let draft = makeDraft("\(org.draft.id).x.\(entity.slug)", kind: .exchange, folder: org.folder)
        draft.slug = "x-" + String(draft.id.dropFirst(org.draft.id.count + 3))
        draft["name"] = .text(Localized(
            ky: "\(system.term.ky) «\(entity.ky)» маалыматын алат",
            ru: "\(system.term.ru): получение сведений «\(entity.ru)»",
            en: "\(system.term.en) receives \(entity.en.prefix(1).lowercased() + entity.en.dropFirst())"))
        draft.set("owner", org.draft.id)
        draft.set("lifecycle", lifecycle)
        draft.set("consumer", system.draft.id)
        draft.set("interface", interface.draft.id)
        draft.set("carries", refs: carried.map { entities[$0].draft.id })
        let protected = carried.contains { Self.protectedClasses.contains(entities[$0].concept.classification) }
        if protected || random.chance(0.4) {
            draft.set("legalBasis", refs: citations(owner: provider.owner, sector: orgs[provider.owner].sector, protected: protected))
        }
        draft.set("frequency", ["realtime", "hourly", "daily", "monthly", "on-demand", "on-demand"][random.below(6)])
        draft["purpose"] = .text(random.pick(Self.purposes))

        if lifecycle != "retired" {
            for entity in carried {
                fedCopies.insert("\(consumer)|\(entity)")
                if random.chance(0.35), !systems[consumer].held.contains(entity) {
                    systems[consumer].held.insert(entity)
                    systems[consumer].copies.append(entity)
                    system.draft.append("holds", record: [Entry("entity", .scalar(entities[entity].draft.id)), Entry("role", .scalar("copy"))])
                }
            }
            if crossOwner { interfaces[index].crossOwnerExchanges += 1 }
        }
        exchanges.append(Exchange(draft: draft, consumer: consumer, interface: index, carries: carried, crossOwner: crossOwner, lifecycle: lifecycle))
    }

    /// Agreements between the owners of every pair of systems that exchange across an
    /// organisational boundary: bilateral ones while the share allows, else one agreement
    /// per provider for a group of its consumers. Every one is in force on the reference
    /// date and does not end within the notice period; what is left of the share are
    /// memoranda that no exchange relies on.
    func buildAgreements(count: Int) {
        var pairIndex: [String: Int] = [:]
        var pairs: [(provider: Int, consumer: Int, exchanges: [Int])] = []
        for (index, exchange) in exchanges.enumerated() where exchange.crossOwner {
            let provider = systems[interfaces[exchange.interface].provider].owner
            let consumer = systems[exchange.consumer].owner
            let key = provider < consumer ? "\(provider)|\(consumer)" : "\(consumer)|\(provider)"
            if let existing = pairIndex[key] {
                pairs[existing].exchanges.append(index)
            } else {
                pairIndex[key] = pairs.count
                pairs.append((provider, consumer, [index]))
            }
        }
        var groups: [[Int]]
        if pairs.count <= count {
            groups = pairs.indices.map { [$0] }
        } else {
            let sorted = pairs.indices.sorted { (pairs[$0].provider, pairs[$0].consumer) < (pairs[$1].provider, pairs[$1].consumer) }
            groups = (0..<count).map { group in
                Array(sorted[(group * sorted.count / count)..<((group + 1) * sorted.count / count)])
            }
        }
        for group in groups where !group.isEmpty {
            var parties: [Int] = []
            for pair in group {
                for party in [pairs[pair].provider, pairs[pair].consumer] where !parties.contains(party) { parties.append(party) }
            }
            let first = orgs[parties[0]]
            let draft: Draft
            if parties.count == 2 {
                let second = orgs[parties[1]]
                draft = makeDraft("agr.\(first.draft.id)-\(second.draft.id)", kind: .agreement, folder: first.folder)
                draft["name"] = .text(Localized(
                    ky: "\(first.shortKy) менен \(second.shortKy) ортосундагы электрондук өз ара аракеттенүү жөнүндө макулдашуу",
                    ru: "Соглашение об электронном взаимодействии между \(first.shortRu) и \(second.shortRu)",
                    en: "Electronic interaction agreement between \(first.shortEn) and \(second.shortEn)"))
            } else {
                draft = makeDraft("agr.\(first.draft.id)-group", kind: .agreement, folder: first.folder)
                draft["name"] = .text(Localized(
                    ky: "\(first.shortKy) жана дагы \(parties.count - 1) катышуучунун электрондук өз ара аракеттенүү жөнүндө макулдашуусу",
                    ru: "Соглашение об электронном взаимодействии: \(first.shortRu) и ещё \(parties.count - 1) участников",
                    en: "Electronic interaction agreement: \(first.shortEn) and \(parties.count - 1) other parties"))
            }
            draft.slug = String(draft.id.dropFirst(4))
            draft.set("parties", refs: parties.map { orgs[$0].draft.id })
            draft.set("validFrom", date(-(60 + random.below(2000))))
            if random.chance(0.6) { draft.set("validUntil", date(200 + random.below(1600))) }
            draft.set("legalBasis", refs: ["legal.law-e-governance", "legal.tunduk-regulation"])
            var agreement = Agreement(draft: draft)
            for pair in group {
                for exchange in pairs[pair].exchanges {
                    exchanges[exchange].agreement = agreements.count
                    exchanges[exchange].draft.set("agreement", .scalar(draft.id), after: "carries")
                    if exchanges[exchange].lifecycle != "retired" { agreement.relyingExchanges.append(exchange) }
                }
            }
            agreements.append(agreement)
        }
        let partners = orgs.indices.filter { orgs[$0].draft["type"]?.scalarText == "international" }
        while agreements.count < count {
            let first = drawOwner()
            let second = !partners.isEmpty && random.chance(0.5) ? random.pick(partners) : drawOwner()
            guard first != second else { continue }
            let a = orgs[first], b = orgs[second]
            let draft = makeDraft("agr.memo.\(a.draft.id)-\(b.draft.id)", kind: .agreement, folder: a.folder)
            draft.slug = String(draft.id.dropFirst(4))
            draft["name"] = .text(Localized(
                ky: "\(a.shortKy) менен \(b.shortKy) ортосундагы санариптештирүү боюнча кызматташтык жөнүндө меморандум",
                ru: "Меморандум о сотрудничестве в сфере цифровизации между \(a.shortRu) и \(b.shortRu)",
                en: "Memorandum of cooperation on digitalisation between \(a.shortEn) and \(b.shortEn)"))
            draft.set("parties", refs: [a.draft.id, b.draft.id])
            let from = -(100 + random.below(3000))
            draft.set("validFrom", date(from))
            draft.set("validUntil", date(from + 365 * (1 + random.below(6))))
            agreements.append(Agreement(draft: draft))
        }
    }
}
