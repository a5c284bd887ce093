import EAModel

/// Plants known violations into a clean repository: for each rule, `count` cases that
/// each make that rule report exactly one element and no other rule report anything.
/// Every case edits elements no other case touches, so the cases cannot interact; the
/// answer (rule, element, file) is recorded for each.
final class Planter {
    /// Where a planted finding is reported, resolved once every element has its file.
    enum FileReference {
        case draft(Draft)
        case path(String)
        /// The later of two elements in the order the loader reads them (a repeated id).
        case later(Draft, Draft)
    }

    struct Plant {
        let rule: String
        let element: String?
        let file: FileReference
    }

    /// The rules a case can be planted for, in the order they are planted.
    static let rules = [
        "INT001", "INT002", "INT003", "INT004", "INT005", "INT006", "INT007", "INT008",
        "LEG001", "LEG002", "LEG003",
        "ORG001", "ORG002", "ORG003", "ORG004", "ORG005", "ORG006", "ORG007",
        "SEM001", "SEM002", "SEM003", "SEM004", "SEM005", "SEM006", "SEM007",
        "TEC001", "TEC002", "TEC003", "TEC004", "TEC005", "TEC006", "TEC007", "TEC008", "TEC009",
    ]

    private let builder: Builder
    private var random: SeededRandom
    private var used = Set<String>()
    private(set) var plants: [Plant] = []
    /// Waiver lines for eaf.yaml (INT008).
    private(set) var waivers: [String] = []
    /// Entities whose name is to repeat another's once the load order is known (SEM005).
    private(set) var namePairs: [(Int, Int)] = []

    init(builder: Builder, seed: UInt64) {
        self.builder = builder
        random = SeededRandom(seed: seed ^ 0x7E57_AB1E_5EED_0001)
    }

    func plant(_ count: Int) throws(GeneratorError) {
        guard count > 0 else { return }
        for rule in Self.rules {
            try plant(rule, count)
        }
    }

    // MARK: Choosing

    /// `count` candidates that no case has touched and that pass `fits`, marked as used
    /// (`atMost`: as many as there are, up to `count`).
    private func choose(_ rule: String, _ count: Int, _ candidates: [Int], id: (Int) -> String, atMost: Bool = false,
                        fits: (Int) -> Bool = { _ in true }) throws(GeneratorError) -> [Int] {
        var pool = candidates
        random.shuffle(&pool)
        var chosen: [Int] = []
        for candidate in pool where chosen.count < count {
            let key = id(candidate)
            guard !used.contains(key), fits(candidate) else { continue }
            used.insert(key)
            chosen.append(candidate)
        }
        guard chosen.count == count || atMost else {
            throw .tooFewCandidates(rule: rule, wanted: count, found: chosen.count)
        }
        return chosen
    }

    private var b: Builder { builder }

    private func systemIDs(_ index: Int) -> String { b.systems[index].draft.id }
    private func entityID(_ index: Int) -> String { b.entities[index].draft.id }
    private func interfaceID(_ index: Int) -> String { b.interfaces[index].draft.id }
    private func exchangeID(_ index: Int) -> String { b.exchanges[index].draft.id }
    private func serviceID(_ index: Int) -> String { b.services[index].draft.id }

    private func record(_ rule: String, _ element: String?, _ file: FileReference) {
        plants.append(Plant(rule: rule, element: element, file: file))
    }

    private func isProtected(_ entity: Int) -> Bool {
        Builder.protectedClasses.contains(b.entities[entity].concept.classification)
    }

    // MARK: The cases

    private func plant(_ rule: String, _ count: Int) throws(GeneratorError) {
        let systems = Array(b.systems.indices)
        let production = systems.filter { b.systems[$0].lifecycle == "production" }
        let notRetired = systems.filter { b.systems[$0].lifecycle != "retired" }
        let soap = b.interfaces.indices.filter { b.interfaces[$0].soap }
        switch rule {
        case "INT001":
            // A file left half-written: an unclosed flow sequence.
            for number in 1...count {
                let owner = b.drawOwner()
                let org = b.orgs[owner]
                let draft = b.makeDraft("\(org.draft.id).new-online-service", kind: .publicService, folder: org.folder)
                draft.fileName = "\(org.folder)/drafts/new-online-service-\(number)"
                draft.yamlOnly = true
                draft.rawYAML = """
                # Work in progress: the new online service, not finished yet.
                id: \(draft.id)
                kind: PublicService
                name: [Онлайн кызмат
                owner: \(org.draft.id)

                """
                record(rule, nil, .draft(draft))
            }
        case "INT002":
            // A field the metamodel does not know (notes belong in `description`).
            for system in try choose(rule, count, systems, id: systemIDs) {
                let draft = b.systems[system].draft
                draft["remarks"] = .scalar("Мамлекеттик булутка 2027-жылы көчүрүлөт")
                draft.yamlOnly = true
                record(rule, draft.id, .draft(draft))
            }
        case "INT003":
            // A standard copied into an agency's folder under the same id.
            for standard in try choose(rule, count, Array(b.standards.indices), id: { self.b.standards[$0].id }) {
                let original = b.standards[standard]
                let owner = b.drawOwner()
                let copy = Draft(id: original.id, kind: .standard, folder: b.orgs[owner].folder, slug: original.slug)
                copy.entries = original.entries
                copy.fileName = "\(b.orgs[owner].folder)/catalogue/\(original.slug)"
                b.drafts.append(copy)
                record(rule, original.id, .later(original, copy))
            }
        case "INT004":
            // A mistyped standard id.
            for system in try choose(rule, count, systems, id: systemIDs) {
                let draft = b.systems[system].draft
                let existing = draft.refs("standards").first { $0.contains("-") } ?? "std.utf-8"
                var typo = existing
                if let dash = typo.lastIndex(of: "-") { typo.remove(at: dash) }
                if b.isTaken(typo) { typo += "-draft" }
                draft.append("standards", ref: typo)
                record(rule, draft.id, .draft(draft))
            }
        case "INT005":
            // A platform named where a standard belongs.
            for system in try choose(rule, count, systems, id: systemIDs) {
                let draft = b.systems[system].draft
                draft.append("standards", ref: "platform.pki")
                record(rule, draft.id, .draft(draft))
            }
        case "INT006":
            // An example message declared but never added to the repository.
            for interface in try choose(rule, count, soap, id: interfaceID) {
                b.interfaces[interface].missingExample = true
                b.interfaces[interface].draft["messages"] = b.messages(b.interfaces[interface])
                record(rule, interfaceID(interface), .draft(b.interfaces[interface].draft))
            }
        case "INT007":
            // A key written twice in one mapping.
            for system in try choose(rule, count, systems, id: systemIDs) {
                let draft = b.systems[system].draft
                draft.entries.append(Entry("lifecycle", .scalar(b.systems[system].lifecycle)))
                draft.yamlOnly = true
                record(rule, nil, .draft(draft))
            }
        case "INT008":
            // A waiver for a finding that does not exist (the system is hosted).
            for system in try choose(rule, count, production, id: systemIDs, fits: { self.b.systems[$0].draft["hosting"] != nil }) {
                let id = systemIDs(system)
                waivers.append("  - {rule: TEC009, element: \(id), reason: Moves to the government cloud, approvedBy: mdd, expires: \(b.date(180))}")
                record(rule, id, .path("eaf.yaml"))
            }
        case "LEG001":
            let candidates = b.exchanges.indices.filter { index in
                let exchange = b.exchanges[index]
                return exchange.lifecycle != "retired" && exchange.draft["legalBasis"] != nil && exchange.carries.contains(where: isProtected)
            }
            for exchange in try choose(rule, count, candidates, id: exchangeID) {
                b.exchanges[exchange].draft["legalBasis"] = nil
                record(rule, exchangeID(exchange), .draft(b.exchanges[exchange].draft))
            }
        case "LEG002":
            for service in try choose(rule, count, liveServices(), id: serviceID) {
                b.services[service].draft["legalBasis"] = nil
                record(rule, serviceID(service), .draft(b.services[service].draft))
            }
        case "LEG003":
            let repealed = b.repealedLaws
            guard !repealed.isEmpty else { throw .tooFewCandidates(rule: rule, wanted: count, found: 0) }
            for service in try choose(rule, count, liveServices(), id: serviceID) {
                b.services[service].draft.append("legalBasis", ref: random.pick(repealed))
                record(rule, serviceID(service), .draft(b.services[service].draft))
            }
        case "ORG001":
            for process in try choose(rule, count, Array(b.processes.indices), id: { self.b.processes[$0].draft.id }) {
                b.processes[process].draft["owner"] = nil
                record(rule, b.processes[process].draft.id, .draft(b.processes[process].draft))
            }
        case "ORG002":
            var owners = Set<Int>()
            for system in b.systems where b.liveLifecycles.contains(system.lifecycle) { owners.insert(system.owner) }
            let candidates = b.orgs.indices.filter { owners.contains($0) && b.orgs[$0].draft["gcio"] != nil }
            for org in try choose(rule, count, candidates, id: { self.b.orgs[$0].draft.id }) {
                b.orgs[org].draft["gcio"] = nil
                record(rule, b.orgs[org].draft.id, .draft(b.orgs[org].draft))
            }
        case "ORG003":
            let candidates = b.exchanges.indices.filter { b.exchanges[$0].crossOwner && b.exchanges[$0].lifecycle != "retired" && b.exchanges[$0].agreement != nil }
            for exchange in try choose(rule, count, candidates, id: exchangeID, fits: { !self.used.contains(self.agreementID(of: $0)) }) {
                used.insert(agreementID(of: exchange))
                b.exchanges[exchange].draft["agreement"] = nil
                record(rule, exchangeID(exchange), .draft(b.exchanges[exchange].draft))
            }
        case "ORG004":
            // An agreement that ended, while exchanges still rely on it.
            let candidates = b.agreements.indices.filter { !b.agreements[$0].relyingExchanges.isEmpty }
            for agreement in try choose(rule, count, candidates, id: { self.b.agreements[$0].draft.id }) {
                let draft = b.agreements[agreement].draft
                let ended = -(10 + random.below(300))
                draft.set("validFrom", b.date(ended - 365 * (1 + random.below(4))))
                draft.set("validUntil", .scalar(b.date(ended)), after: "validFrom")
                record(rule, draft.id, .draft(draft))
            }
        case "ORG005":
            for service in try choose(rule, count, liveServices(), id: serviceID) {
                b.services[service].draft["realizedBy"] = nil
                record(rule, serviceID(service), .draft(b.services[service].draft))
            }
        case "ORG006":
            // Still marked active a while after its end date.
            for project in try choose(rule, count, Array(b.projects.indices), id: { self.b.projects[$0].id }) {
                let draft = b.projects[project]
                let end = -(30 + random.below(300))
                draft.set("status", "active")
                draft.set("start", b.date(end - 365 * (1 + random.below(3))))
                draft.set("end", b.date(end))
                record(rule, draft.id, .draft(draft))
            }
        case "ORG007":
            let candidates = b.services.indices.filter { b.services[$0].audience.contains("citizen") && b.services[$0].lifecycle != "retired" }
            for service in try choose(rule, count, candidates, id: serviceID) {
                b.services[service].draft.set("channels", refs: ["portal", "mobile"])
                record(rule, serviceID(service), .draft(b.services[service].draft))
            }
        case "SEM001":
            let candidates = b.entities.indices.filter { b.entities[$0].carried }
            for entity in try choose(rule, count, candidates, id: entityID) {
                b.entities[entity].draft["description"] = nil
                record(rule, entityID(entity), .draft(b.entities[entity].draft))
            }
        case "SEM002":
            // The authoritative source names another system than the one that masters it.
            for entity in try choose(rule, count, Array(b.entities.indices), id: entityID) {
                let master = b.entities[entity].master
                var other = notRetired[random.below(notRetired.count)]
                if other == master { other = notRetired.first { $0 != master } ?? master }
                b.entities[entity].draft.set("authoritativeSource", .scalar(systemIDs(other)), after: "owner")
                record(rule, entityID(entity), .draft(b.entities[entity].draft))
            }
        case "SEM003":
            // A copy that no exchange from the master feeds.
            for system in try choose(rule, count, notRetired, id: systemIDs) {
                var entity = -1
                for _ in 0..<200 {
                    let candidate = random.below(b.entities.count)
                    if b.entities[candidate].master != system, !b.systems[system].held.contains(candidate),
                       !b.fedCopies.contains("\(system)|\(candidate)") {
                        entity = candidate
                        break
                    }
                }
                guard entity >= 0 else { throw .tooFewCandidates(rule: rule, wanted: count, found: 0) }
                b.systems[system].held.insert(entity)
                b.systems[system].draft.append("holds", record: [Entry("entity", .scalar(entityID(entity))), Entry("role", .scalar("copy"))])
                record(rule, systemIDs(system), .draft(b.systems[system].draft))
            }
        case "SEM004":
            let candidates = b.entities.indices.filter { b.entities[$0].attributes.contains { $0.type == "code" && $0.codeList != nil } }
            for entity in try choose(rule, count, candidates, id: entityID) {
                var dropped = false
                let records = b.entities[entity].attributes.map { attribute -> Value in
                    guard !dropped, attribute.type == "code", attribute.codeList != nil else { return b.attributeRecord(attribute) }
                    dropped = true
                    return b.attributeRecord(Builder.Attribute(name: attribute.name, type: attribute.type, required: attribute.required,
                                                               codeList: nil, entity: attribute.entity, standard: attribute.standard, entry: attribute.entry))
                }
                b.entities[entity].draft["attributes"] = .list(records)
                record(rule, entityID(entity), .draft(b.entities[entity].draft))
            }
        case "SEM005":
            // Two entities named alike in Russian and not linked by `sameAs`; which one is
            // reported depends on the order the files are read in, known after the layout.
            let chosen = try choose(rule, count * 2, Array(b.entities.indices), id: entityID)
            for pair in 0..<count {
                namePairs.append((chosen[pair * 2], chosen[pair * 2 + 1]))
            }
        case "SEM006":
            // A name without its Kyrgyz text.
            let half = (count + 1) / 2
            for entity in try choose(rule, half, Array(b.entities.indices), id: entityID) {
                var name = b.entities[entity].name
                name.remove("ky")
                b.entities[entity].draft["name"] = .text(name)
                record(rule, entityID(entity), .draft(b.entities[entity].draft))
            }
            for service in try choose(rule, count - half, Array(b.services.indices), id: serviceID) {
                let draft = b.services[service].draft
                if var name = draft.name {
                    name.remove("ky")
                    draft["name"] = .text(name)
                }
                record(rule, draft.id, .draft(draft))
            }
        case "SEM007":
            // The schema lost the element of a required attribute.
            let candidates = soap.filter { index in
                let interface = b.interfaces[index]
                return interface.carries.count == 1 && b.entities[interface.carries[0]].attributes.dropFirst().contains { $0.required }
            }
            for interface in try choose(rule, count, candidates, id: interfaceID) {
                let attributes = b.entities[b.interfaces[interface].carries[0]].attributes.dropFirst().filter(\.required)
                b.interfaces[interface].omittedAttribute = random.pick(attributes).name
                record(rule, interfaceID(interface), .draft(b.interfaces[interface].draft))
            }
        case "TEC001":
            let candidates = b.interfaces.indices.filter { b.interfaces[$0].lifecycle == "production" }
            for interface in try choose(rule, count, candidates, id: interfaceID) {
                b.interfaces[interface].draft["standards"] = nil
                record(rule, interfaceID(interface), .draft(b.interfaces[interface].draft))
            }
        case "TEC002":
            let outdated = ["std.json-schema-draft-07", "std.saml-2-0", "std.tls-1-0", "std.tls-1-1", "std.xroad-message-protocol-3-1"]
            for system in try choose(rule, count, notRetired, id: systemIDs) {
                b.systems[system].draft.append("standards", ref: random.pick(outdated))
                record(rule, systemIDs(system), .draft(b.systems[system].draft))
            }
        case "TEC003":
            let candidates = b.interfaces.indices.filter { b.interfaces[$0].crossOwnerExchanges > 0 && !b.interfaces[$0].internalOnly }
            for interface in try choose(rule, count, candidates, id: interfaceID) {
                b.interfaces[interface].draft.set("via", "platform.gov-cloud")
                record(rule, interfaceID(interface), .draft(b.interfaces[interface].draft))
            }
        case "TEC004":
            for interface in try choose(rule, count, soap, id: interfaceID) {
                b.interfaces[interface].brokenSchema = true
                record(rule, interfaceID(interface), .path(b.interfaces[interface].messageFolder + "/schema.xsd"))
            }
        case "TEC005":
            for interface in try choose(rule, count, soap, id: interfaceID) {
                b.interfaces[interface].invalidExample = true
                record(rule, interfaceID(interface), .path(b.interfaces[interface].messageFolder + "/response.xml"))
            }
        case "TEC006":
            // A system in production that needs one still being planned (which depends on
            // no system, so no cycle can form through it), or that is to run on the
            // second stage of the government cloud, still being planned.
            let planned = systems.filter { b.systems[$0].lifecycle == "planned" && b.systems[$0].dependsOnSystems.isEmpty }
            let targets = try choose(rule, count, planned, id: systemIDs, atMost: true)
            for (number, system) in try choose(rule, count, production, id: systemIDs).enumerated() {
                if number < targets.count {
                    b.systems[system].draft.append("dependsOn", ref: systemIDs(targets[number]))
                    b.systems[system].dependsOnSystems.append(targets[number])
                } else {
                    b.systems[system].draft.set("hosting", "platform.gov-cloud-2")
                }
                record(rule, systemIDs(system), .draft(b.systems[system].draft))
            }
        case "TEC007":
            // Two systems that depend on each other (and on no other system, so the cycle
            // is exactly the two); reported on the one whose id sorts first.
            let leaves = production.filter { b.systems[$0].dependsOnSystems.isEmpty }
            let chosen = try choose(rule, count * 2, leaves, id: systemIDs)
            for pair in 0..<count {
                let first = chosen[pair * 2], second = chosen[pair * 2 + 1]
                b.systems[first].draft.append("dependsOn", ref: systemIDs(second))
                b.systems[second].draft.append("dependsOn", ref: systemIDs(first))
                let reported = systemIDs(first) < systemIDs(second) ? first : second
                record(rule, systemIDs(reported), .draft(b.systems[reported].draft))
            }
        case "TEC008":
            let candidates = b.interfaces.indices.filter { index in
                b.interfaces[index].draft["authentication"] != nil && b.interfaces[index].carries.contains(where: isProtected)
            }
            for interface in try choose(rule, count, candidates, id: interfaceID) {
                b.interfaces[interface].draft["authentication"] = nil
                record(rule, interfaceID(interface), .draft(b.interfaces[interface].draft))
            }
        case "TEC009":
            for system in try choose(rule, count, production, id: systemIDs, fits: { self.b.systems[$0].draft["hosting"] != nil }) {
                b.systems[system].draft["hosting"] = nil
                record(rule, systemIDs(system), .draft(b.systems[system].draft))
            }
        default:
            break
        }
    }

    private func liveServices() -> [Int] {
        b.services.indices.filter { b.services[$0].lifecycle == "production" && b.services[$0].draft["legalBasis"] != nil }
    }

    private func agreementID(of exchange: Int) -> String {
        b.exchanges[exchange].agreement.map { b.agreements[$0].draft.id } ?? ""
    }

    /// Gives the later entity of each SEM005 pair the Russian name of the earlier one,
    /// once the layout has fixed the order in which the loader reads them.
    func applyNamePairs(isBefore: (Draft, Draft) -> Bool) {
        for (one, other) in namePairs {
            let (earlier, later) = isBefore(b.entities[one].draft, b.entities[other].draft) ? (one, other) : (other, one)
            var name = b.entities[later].name
            name.set("ru", b.entities[earlier].name.text("ru") ?? "")
            b.entities[later].draft["name"] = .text(name)
            record("SEM005", entityID(later), .draft(b.entities[later].draft))
        }
    }
}
