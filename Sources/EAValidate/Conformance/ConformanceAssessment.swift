import EAModel

extension Conformance {
    /// Assesses a validated repository: which rules apply to each of its elements and how
    /// each element fared, from the findings of the run.
    ///
    /// Linear in the size of the model: the findings are grouped by element and rule in one
    /// pass, then each element looks up the rules of its kind and takes its findings from
    /// the group; no element, organisation or rule scans the findings again.
    ///
    /// - Parameters:
    ///   - findings: the run's findings, waivers applied, in report order.
    ///   - rules: the rules that ran (`Validator.rulesThatRun`); only they are counted.
    ///   - threads: threads the elements are assessed on.
    public init(repository: Repository, findings: [Finding], rules: [RuleDescription], threads: Int = System.activeProcessorCount) {
        let model = repository.model
        let accountability = Accountability(model: model)
        let sortedRules = rules.sorted { $0.id < $1.id }
        var ruleIndex: [String: RuleDescription] = [:]
        var rulesByKind: [Kind: [RuleDescription]] = [:]
        for rule in sortedRules where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = rule
            for kind in rule.appliesTo { rulesByKind[kind, default: []].append(rule) }
        }

        // The repository's own elements, first definition of each id.
        var own: [Element] = []
        var ownIDs = Set<String>()
        for element in model.elements where !element.isReference && ownIDs.insert(element.id).inserted {
            own.append(element)
        }

        var byElement: [String: [String: [Finding]]] = [:]
        var unattached: [Finding] = []
        for finding in findings {
            if let id = finding.elementID, ownIDs.contains(id), let rule = ruleIndex[finding.ruleID], !rule.isRepositoryLevel {
                byElement[id, default: [:]][finding.ruleID, default: []].append(finding)
            } else {
                unattached.append(finding)
            }
        }

        // In id order; each element is assessed on its own, in runs on all threads joined
        // in order (the tables are handed to them as constants).
        let sorted = ByteOrder.sortedPlaces(of: own.map(\.id)).map { own[$0] }
        let (grouped, rulesByID) = (byElement, ruleIndex)
        let rulesOfKind = KindTable { rulesByKind[$0] ?? [] }
        // An element without findings (nearly every one) passes every rule of its kind: it
        // shares one list of checks with the others of its kind, made once, where a list
        // made for each, with a look-up for each rule, cost half of assessing.
        let passedOfKind = KindTable { kind in rulesOfKind[kind].map { RuleCheck(rule: $0.id, layer: $0.layer, findings: []) } }
        let runs = Parallel.ranges(of: sorted.count, runs: min(max(1, threads) * 8, max(1, sorted.count / 256)))
        var parts = Parallel.map(runs.count, threads: threads) { run in
            sorted[runs[run]].map { element in
                var found = grouped.isEmpty ? [:] : grouped[element.id] ?? [:]
                var checks = found.isEmpty ? passedOfKind[element.kind] : rulesOfKind[element.kind].map { rule in
                    RuleCheck(rule: rule.id, layer: rule.layer, findings: found.removeValue(forKey: rule.id) ?? [])
                }
                // A rule that reports on a kind it does not declare still fails the element:
                // nothing it found is left out of the score.
                if !found.isEmpty {
                    for (rule, extra) in found { checks.append(RuleCheck(rule: rule, layer: rulesByID[rule]!.layer, findings: extra)) }
                    checks.sort { $0.rule < $1.rule }
                }
                return ElementConformance(
                    id: element.id, kind: element.kind, name: element.name, lifecycle: element.lifecycle, location: element.location,
                    organisations: accountability.organisations(of: element), system: accountability.system(of: element), checks: checks)
            }
        }
        // Joined by moving: a copy counted up each element's strings and lists, and freeing
        // the runs counted them down again, on one thread.
        let elements = Parallel.joined(&parts, \.self, placeholder: Self.placeholder)

        var profiles: [String: OrganisationProfile] = [:]
        for organisation in model.elements(of: .organisation) {
            // The repository's own definition wins over reference material; else the first.
            if let known = profiles[organisation.id], !known.isReference || organisation.isReference { continue }
            profiles[organisation.id] = OrganisationProfile(organisation)
        }
        self.init(rules: sortedRules, elements: elements, unattached: unattached, findings: findings, profiles: profiles,
                  assessed: elements, scope: nil)
    }

    /// What fills the places the assessed elements were moved out of: nothing that counts
    /// a reference.
    private static let placeholder = ElementConformance(
        id: "", kind: .organisation, name: .plain(""), lifecycle: nil, location: SourceLocation(file: "", line: 1, column: 1),
        organisations: [], system: nil, checks: [])
}
