import EAModel

/// How far a repository, or one organisation's part of it, conforms to the rules that
/// ran: every element with the rules that apply to it and their outcomes, and scores and
/// verdicts per organisation, per information system, per layer and per rule.
///
/// An element passes a rule when the rule applies to its kind (`RuleDescription.appliesTo`)
/// and found nothing on it that is still open; when a waiver accepts everything it found,
/// the element passes with a waiver. Findings of rules about the repository rather than its
/// elements (INT001, INT008), and findings on no element of the repository, are kept apart
/// as `unattached`: they count towards the repository's verdict, not towards any score.
///
/// Cost: the aggregates are built in one pass over the elements' checks, each added to
/// its organisation's, system's, layer's and rule's group through a dictionary, so
/// building (and narrowing) is linear in the number of checks and findings.
public struct Conformance: Sendable {
    /// The rules that ran, by id.
    public let rules: [RuleDescription]
    /// The repository's elements in scope, by id (UTF-8 order).
    public let elements: [ElementConformance]
    /// Findings that belong to no element check, in report order.
    public let unattached: [Finding]
    /// Every finding in scope, in report order (file, line, column, rule).
    public let findings: [Finding]
    /// Scorecards, by organisation id.
    public let organisations: [OrganisationConformance]
    /// Elements no organisation is accountable for (legal acts, standards, agreements
    /// without an owner).
    public let unassigned: ConformanceGroup
    /// Each layer that has rules that ran, in layer order.
    public let layers: [LayerConformance]
    /// Each rule that ran, by id, with its checks.
    public let byRule: [RuleConformance]
    /// Every element check in scope.
    public let overall: ConformanceGroup
    public let unattachedCounts: FindingCounts
    /// The organisation the conformance is narrowed to, if any.
    public let scope: String?
    /// Every organisation of the model, by id.
    public let profiles: [String: OrganisationProfile]
    /// Every element of the repository, by id (UTF-8 order), also when narrowed: the
    /// organisations each counts for are looked up in it.
    let assessed: [ElementConformance]

    init(rules: [RuleDescription], elements: [ElementConformance], unattached: [Finding], findings: [Finding],
         profiles: [String: OrganisationProfile], assessed: [ElementConformance], scope: String?) {
        self.rules = rules
        self.elements = elements
        self.unattached = unattached
        self.findings = findings
        self.profiles = profiles
        self.assessed = assessed
        self.scope = scope
        unattachedCounts = FindingCounts(unattached)

        var overall = ConformanceGroup()
        var unassigned = ConformanceGroup()
        var byOrganisation: [String: ConformanceGroup] = [:]
        var bySystem: [String: ConformanceGroup] = [:]
        // Checks are tallied by their rule's place in `rules`, and each layer sums its rules'
        // tallies: a table keyed by rule id and one by layer cost two hashes a check, most
        // of building the conformance. An element's checks are those of the rules for its
        // kind, in id order as `rules` are, so the search for each starts at the place of
        // the kind's rule in the same position, and finds it there but when a rule reported
        // on a kind it does not declare. Checks of a rule not in `rules` (an assessment
        // makes none) still count for their layer.
        var byRule = [ConformanceGroup](repeating: ConformanceGroup(), count: rules.count)
        var unlisted: [RuleLayer: ConformanceGroup] = [:]
        let placesOfKind = KindTable { kind in rules.indices.filter { rules[$0].applies(to: kind) } }
        var systems: [ElementConformance] = []
        for element in elements {
            overall.add(element)
            // An agreement counts for each of its parties (only the scope's when narrowed);
            // the overall score counts it once.
            for organisation in element.organisations where scope == nil || organisation == scope {
                byOrganisation[organisation, default: ConformanceGroup()].add(element)
            }
            if element.organisations.isEmpty { unassigned.add(element) }
            if let system = element.system { bySystem[system, default: ConformanceGroup()].add(element) }
            if element.kind == .informationSystem { systems.append(element) }
            let expected = placesOfKind[element.kind]
            var place = 0
            for (index, check) in element.checks.enumerated() {
                if index < expected.count { place = expected[index] }
                if let found = Self.place(of: check.rule, in: rules, from: place) {
                    place = found
                    byRule[found].add(check)
                } else {
                    unlisted[check.layer, default: ConformanceGroup()].add(check)
                }
            }
        }
        self.overall = overall
        self.unassigned = unassigned

        var systemsByOrganisation: [String: [SystemConformance]] = [:]
        for system in systems {
            guard let organisation = system.organisations.first else { continue }
            systemsByOrganisation[organisation, default: []].append(
                SystemConformance(id: system.id, name: system.name, lifecycle: system.lifecycle,
                                  group: bySystem[system.id] ?? ConformanceGroup()))
        }
        organisations = byOrganisation.keys.sorted(by: Self.precedes).map { id in
            OrganisationConformance(profile: profiles[id] ?? OrganisationProfile(unknown: id), group: byOrganisation[id]!,
                                    systems: systemsByOrganisation[id] ?? [])
        }
        var byLayer = unlisted
        var rulesPerLayer: [RuleLayer: Int] = [:]
        for (rule, group) in zip(rules, byRule) {
            rulesPerLayer[rule.layer, default: 0] += 1
            byLayer[rule.layer, default: ConformanceGroup()].add(group)
        }
        layers = RuleLayer.allCases.compactMap { layer in
            guard let count = rulesPerLayer[layer] else { return nil }
            return LayerConformance(layer: layer, rules: count, group: byLayer[layer] ?? ConformanceGroup())
        }
        self.byRule = zip(rules, byRule).map { RuleConformance(rule: $0, group: $1) }
    }

    /// The place of the rule with this id in `rules`, looked for from `start` on and then
    /// from the first.
    private static func place(of rule: String, in rules: [RuleDescription], from start: Int) -> Int? {
        for place in start..<rules.count where rules[place].id == rule { return place }
        for place in 0..<min(start, rules.count) where rules[place].id == rule { return place }
        return nil
    }

    /// The repository's verdict: its element checks', made non-conformant by any open
    /// unattached finding (a file that cannot be read, an expired waiver).
    public var verdict: ConformanceVerdict {
        if overall.verdict == .nonConformant || unattachedCounts.open + unattachedCounts.baselined > 0 { return .nonConformant }
        if overall.verdict == .conformantWithWaivers || unattachedCounts.waived > 0 { return .conformantWithWaivers }
        return .conformant
    }

    /// Every finding counted: those of element checks and the unattached ones.
    public var findingCounts: FindingCounts {
        var counts = overall.findings
        counts.add(unattachedCounts)
        return counts
    }

    /// The organisations an element of the repository counts for (none when unknown): a
    /// binary search of the elements, which are in id order.
    public func organisations(of element: String) -> [String] {
        var (low, high) = (0, assessed.count)
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(assessed[middle].id, element) { low = middle + 1 } else { high = middle }
        }
        return low < assessed.count && assessed[low].id == element ? assessed[low].organisations : []
    }

    /// The part of the conformance one organisation answers for: the elements it counts
    /// for, and the findings on them; nil when it counts for no element. One pass over
    /// the elements and findings.
    public func narrowed(to organisation: String) -> Conformance? {
        let kept = elements.filter { $0.counts(for: organisation) }
        guard !kept.isEmpty else { return nil }
        func inScope(_ finding: Finding) -> Bool {
            finding.elementID.map { organisations(of: $0).contains(organisation) } ?? false
        }
        return Conformance(rules: rules, elements: kept, unattached: unattached.filter(inScope), findings: findings.filter(inScope),
                           profiles: profiles, assessed: assessed, scope: organisation)
    }

    /// The one order of ids in reports: by UTF-8 bytes, independent of the platform's collation.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        ByteOrder.precedes(lhs, rhs)
    }
}
