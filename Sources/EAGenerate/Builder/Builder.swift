import EAModel

/// Builds the clean national repository step by step: the national catalogue and the
/// organisations first, then systems, data, interfaces, exchanges with their agreements,
/// law, processes, services and projects. Each step keeps what later steps (and the
/// planting of violations) need to know about what it made, so that every reference can
/// be chosen to satisfy every rule by construction rather than repaired afterwards.
final class Builder {
    let options: RepositoryGenerator.Options
    var random: SeededRandom
    /// "Today" for dates: agreements in force, projects active, laws adopted before it.
    let today: LocalDate

    var drafts: [Draft] = []
    private var ids = Set<String>()
    /// English titles of folders, for the comment at the top of each file.
    var folderTitles: [String: String] = [:]

    // MARK: What each step made

    struct Org {
        let draft: Draft
        let sector: String?
        let weight: Double
        /// Where the elements it owns are written.
        let folder: String
        let shortKy: String
        let shortRu: String
        let shortEn: String
        let domain: String
        let isCore: Bool
        var datacenter: String?
        var statusList: String?
        var systems: [Int] = []
        var processes: [Int] = []
        var services: [Int] = []
        var acts: [Int] = []
        var counters: [String: Int] = [:]
    }

    struct System {
        let draft: Draft
        let owner: Int
        let lifecycle: String
        let term: Term
        var masters: [Int] = []
        var copies: [Int] = []
        /// Entities it holds (master or copy), for membership tests.
        var held = Set<Int>()
        /// Systems it depends on.
        var dependsOnSystems: [Int] = []
        let isBase: Bool
    }

    struct Attribute {
        let name: String
        let type: String
        let required: Bool
        let codeList: String?
        let entity: String?
        let standard: String?
        let entry: Catalogue.AttributeEntry
    }

    struct Entity {
        let draft: Draft
        let owner: Int
        let master: Int
        let concept: Concept
        let attributes: [Attribute]
        var name: Localized
        var carried = false
    }

    struct Interface {
        let draft: Draft
        let provider: Int
        let carries: [Int]
        let soap: Bool
        let lifecycle: String
        /// Published on the government cloud for the owner's own systems, not on Tunduk.
        let internalOnly: Bool
        let operation: String
        let keyAttribute: String
        let namespace: String
        /// Entity attribute → schema element name.
        let mapping: [(attribute: String, element: String)]
        /// Repository-relative folder of its schema and examples.
        let messageFolder: String
        var crossOwnerExchanges = 0
        // Planted problems in its message files.
        var brokenSchema = false
        var invalidExample = false
        var missingExample = false
        var omittedAttribute: String?
    }

    struct Exchange {
        let draft: Draft
        let consumer: Int
        let interface: Int
        let carries: [Int]
        let crossOwner: Bool
        let lifecycle: String
        var agreement: Int?
    }

    struct Agreement {
        let draft: Draft
        var relyingExchanges: [Int] = []
    }

    struct Law {
        let draft: Draft
        let status: String
    }

    struct Process {
        let draft: Draft
        let owner: Int
        let lifecycle: String
        let term: ServiceTerm
        /// Whether a production system supports it.
        let productionSupport: Bool
    }

    struct Service {
        let draft: Draft
        let owner: Int
        let lifecycle: String
        let audience: [String]
    }

    var orgs: [Org] = []
    var orgIndex: [String: Int] = [:]
    var ownerTable = WeightedTable([])
    var ownerIndices: [Int] = []
    var systems: [System] = []
    var entities: [Entity] = []
    var interfaces: [Interface] = []
    var exchanges: [Exchange] = []
    var agreements: [Agreement] = []
    var laws: [Law] = []
    var processes: [Process] = []
    var services: [Service] = []
    var projects: [Draft] = []
    var standards: [Draft] = []
    var platforms: [Draft] = []
    var codeLists: [Draft] = []
    /// Entity ids by concept slug (for `reference` attributes).
    var entitiesByConcept: [String: [Int]] = [:]
    /// "consumer system|entity" for every live exchange: which copies are fed.
    var fedCopies = Set<String>()
    /// Entity names taken, per language, normalised as SEM005 compares them.
    var entityNameKeys = Set<String>()
    /// National laws by sector, and the cross-cutting ones.
    var sectorLaw: [String: String] = [:]
    var repealedLaws: [String] = []

    // MARK: Counts

    /// How many elements of each kind a repository of `total` elements has.
    struct Counts {
        var organisations = 0, standards = 0, platforms = 0, laws = 0, codeLists = 0, systems = 0, entities = 0
        var interfaces = 0, agreements = 0, processes = 0, services = 0, projects = 0, exchanges = 0
    }

    static let minimumElements = 1000

    static func counts(for total: Int) -> Counts {
        func share(_ perMille: Int) -> Int { total * perMille / 1000 }
        var counts = Counts()
        counts.standards = max(Catalogue.standards.count, share(4))
        counts.platforms = max(Catalogue.platforms.count + 6, share(5))
        counts.organisations = max(Organisations.core.count + 20, share(50))
        counts.laws = max(Catalogue.laws.count + 8, share(55))
        counts.codeLists = max(Catalogue.codeLists.count, share(40))
        counts.systems = share(110)
        counts.entities = share(110)
        counts.interfaces = share(95)
        counts.agreements = share(65)
        counts.processes = share(100)
        counts.services = share(85)
        counts.projects = share(30)
        let others = counts.standards + counts.platforms + counts.organisations + counts.laws + counts.codeLists
            + counts.systems + counts.entities + counts.interfaces + counts.agreements + counts.processes
            + counts.services + counts.projects
        counts.exchanges = total - others
        return counts
    }

    init(options: RepositoryGenerator.Options) {
        self.options = options
        random = SeededRandom(seed: options.seed)
        today = options.referenceDate
    }

    func build() {
        let counts = Self.counts(for: options.elements)
        buildOrganisations(count: counts.organisations)
        buildStandards(count: counts.standards)
        buildPlatforms(count: counts.platforms)
        buildLaws(count: counts.laws)
        buildCodeLists(count: counts.codeLists)
        buildSystems(count: counts.systems)
        buildEntities(count: counts.entities)
        buildInterfaces(count: counts.interfaces)
        buildExchanges(count: counts.exchanges)
        buildAgreements(count: counts.agreements)
        buildProcesses(count: counts.processes)
        buildServices(count: counts.services)
        buildProjects(count: counts.projects)
        finishOrganisations()
    }

    // MARK: Helpers

    /// Registers a new element with an id that no other element has: `base`, else
    /// `base-2`, `base-3` …
    func makeDraft(_ base: String, kind: Kind, folder: String, slug: String? = nil) -> Draft {
        var id = base
        var suffix = 1
        while ids.contains(id) {
            suffix += 1
            id = "\(base)-\(suffix)"
        }
        ids.insert(id)
        let ownSlug = slug.map { suffix == 1 ? $0 : "\($0)-\(suffix)" } ?? id
        let draft = Draft(id: id, kind: kind, folder: folder, slug: ownSlug)
        drafts.append(draft)
        return draft
    }

    func isTaken(_ id: String) -> Bool { ids.contains(id) }

    /// A date `days` from today (negative: in the past).
    func date(_ days: Int) -> String {
        today.adding(days: days).description
    }

    /// The next number for a counter kept per organisation ("systems of grs").
    func next(_ counter: String, of org: Int) -> Int {
        let value = (orgs[org].counters[counter] ?? 0) + 1
        orgs[org].counters[counter] = value
        return value
    }

    /// The name of one of an owner's things: the term itself for a national body's first
    /// one, qualified by the owner for everyone else, numbered when the owner has several.
    func qualifiedName(_ term: Term, owner: Int, number: Int) -> Localized {
        let org = orgs[owner]
        var ky = term.ky, ru = term.ru, en = term.en
        if !org.isCore {
            ky = "\(org.shortKy): \(ky)"
            ru = "\(ru) (\(org.shortRu))"
            en = "\(en), \(org.shortEn)"
        }
        // The second and later ones are regional instances, then numbered.
        if number > 1, number - 2 < Places.oblasts.count {
            let oblast = Places.oblasts[number - 2]
            ky += " (\(oblast.ky) облусу)"
            ru += " (\(oblast.ru) область)"
            en += " (\(oblast.en) region)"
        } else if number > 1 {
            let serial = number - Places.oblasts.count
            ky += " № \(serial)"
            ru += " № \(serial)"
            en += " No. \(serial)"
        }
        return Localized(ky: ky, ru: ru, en: en)
    }

    /// Lower-cased, punctuation and symbols as spaces, runs of space collapsed: the
    /// normalisation SEM005 compares entity names by, so that generated names never collide.
    static func normalise(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let isSeparator: Bool
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A, 0x0430...0x044F, 0x0451, 0x04A3, 0x04AF, 0x04E9:
                // Digits and the lower-case letters of Latin, Russian and Kyrgyz.
                isSeparator = false
            case 0x20:
                isSeparator = true
            default:
                isSeparator = Self.isSeparator(scalar)
            }
            if isSeparator {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.unicodeScalars.append(" ")
                pendingSpace = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Punctuation, symbols and white space, as SEM005 tells them apart.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return properties.isWhitespace
        }
    }

    /// The first candidate whose name is new in every language; the last one numbered
    /// until it is.
    func claimEntityName(_ candidates: [Localized]) -> Localized {
        func keys(_ name: Localized) -> [String] {
            name.entries.map { $0.language + "\u{1F}" + Self.normalise($0.text) }
        }
        for candidate in candidates where keys(candidate).allSatisfy({ !entityNameKeys.contains($0) }) {
            entityNameKeys.formUnion(keys(candidate))
            return candidate
        }
        let last = candidates[candidates.count - 1]
        var number = 2
        while true {
            let numbered = Localized(last.entries.map { ($0.language, "\($0.text) № \(number)") })
            if keys(numbered).allSatisfy({ !entityNameKeys.contains($0) }) {
                entityNameKeys.formUnion(keys(numbered))
                return numbered
            }
            number += 1
        }
    }

    /// lowerCamelCase of a slug (`birth-record` → `birthRecord`).
    static func camel(_ slug: String, upperFirst: Bool = false) -> String {
        var out = ""
        var upper = upperFirst
        for character in slug {
            if character == "-" || character == "." {
                upper = true
                continue
            }
            out += upper ? character.uppercased() : String(character)
            upper = false
        }
        return out
    }

    /// Legal acts an element of this owner and sector cites: the owner's own act when it
    /// has one, and the sector's law (or the law on personal data for protected data).
    func citations(owner: Int, sector: String?, protected: Bool) -> [String] {
        var cited: [String] = []
        let own = orgs[owner].acts
        if !own.isEmpty, random.chance(0.7) {
            cited.append(laws[random.pick(own)].draft.id)
        }
        if protected {
            cited.append("legal.law-personal-data")
        }
        if let sector, let law = sectorLaw[sector], !cited.contains(law), cited.count < 2 || random.chance(0.3) {
            cited.append(law)
        }
        if cited.isEmpty { cited.append("legal.law-e-governance") }
        return cited
    }

    var liveLifecycles: Set<String> { ["production", "development"] }
}
