import EAModel
@testable import EAValidate
import Foundation
import Testing

/// Conformance scoring: which checks each element gets, how findings and waivers decide
/// them, whom each element counts for, and the aggregates built from them.
@Suite struct ConformanceTests {
    /// Two agencies: `a` with a waived TEC009 on its system, `b` without a GCIO and with an
    /// exchange that names no agreement; `a.api` counts for `a` through its provider and
    /// `b.reads` for `b` through its consumer.
    static let files = [
        "eaf.yaml": """
            name: Two agencies
            waivers:
              - {rule: TEC009, element: a.sys, reason: Moves to the cloud, approvedBy: scitc, expires: 2099-12-31}

            """,
        "model/a.yaml": """
            id: a
            kind: Organisation
            name: Agency A
            type: agency
            gcio: {name: Айгүл Сыдыкова, position: GCIO}
            ---
            id: a.sys
            kind: InformationSystem
            name: A's register
            owner: a
            lifecycle: production
            ---
            id: a.tunduk
            kind: Platform
            name: Tunduk
            operator: a
            type: interoperability-platform
            ---
            id: a.api
            kind: Interface
            name: A's API
            provider: a.sys
            via: a.tunduk
            lifecycle: planned

            """,
        "model/b.yaml": """
            id: b
            kind: Organisation
            name: Agency B
            ---
            id: b.sys
            kind: InformationSystem
            name: B's system
            owner: b
            lifecycle: development
            ---
            id: b.reads
            kind: Exchange
            name: B reads A
            consumer: b.sys
            interface: a.api
            ---
            id: law.open-data
            kind: LegalAct
            name: Open data law
            status: in-force

            """,
    ]

    static func assess(_ files: [String: String] = files) throws -> (Conformance, Repository) {
        let scratch = try ScratchRepository(files)
        let repository = try scratch.load()
        let findings = Validator().validate(repository, options: .init(asOf: ScratchRepository.asOf))
        let rules = Validator().rulesThatRun(repository)
        return (Conformance(repository: repository, findings: findings, rules: rules), repository)
    }

    @Test func everyElementGetsOneCheckPerRuleOfItsKind() throws {
        let (conformance, _) = try Self.assess()
        #expect(conformance.elements.map(\.id) == ["a", "a.api", "a.sys", "a.tunduk", "b", "b.reads", "b.sys", "law.open-data"])
        for element in conformance.elements {
            let expected = RuleRegistry.descriptions.filter { $0.applies(to: element.kind) }.map(\.id)
            #expect(element.checks.map(\.rule) == expected, "\(element.id)")
        }
        let total = conformance.elements.map(\.checks.count).reduce(0, +)
        #expect(conformance.overall.score.applicable == total)
        #expect(conformance.layers.map(\.score.applicable).reduce(0, +) == total)
        #expect(conformance.byRule.map(\.score.applicable).reduce(0, +) == total)
    }

    @Test func findingsFailChecksAndWaiversPassThem() throws {
        let (conformance, _) = try Self.assess()
        let system = try #require(conformance.elements.first { $0.id == "a.sys" })
        #expect(system.checks.first { $0.rule == "TEC009" }?.outcome == .passedWithWaiver)
        #expect(system.score.verdict == .conformantWithWaivers)
        let exchange = try #require(conformance.elements.first { $0.id == "b.reads" })
        #expect(exchange.rules(.failed) == ["ORG003"])
        #expect(exchange.checks.first { $0.rule == "ORG003" }?.findings.count == 1)
        let tec009 = try #require(conformance.byRule.first { $0.rule.id == "TEC009" })
        #expect(tec009.score == ConformanceScore(passed: 1, passedWithWaiver: 1, failed: 0))
    }

    @Test func elementsCountForTheOrganisationAccountableForThem() throws {
        let (conformance, _) = try Self.assess()
        let byID = Dictionary(uniqueKeysWithValues: conformance.elements.map { ($0.id, $0) })
        #expect(byID["a.api"]?.organisations == ["a"] && byID["a.api"]?.system == "a.sys", "an interface counts for its provider")
        #expect(byID["b.reads"]?.organisations == ["b"] && byID["b.reads"]?.system == "b.sys", "an exchange counts for its consumer")
        #expect(byID["a.tunduk"]?.organisations == ["a"], "a platform counts for its operator")
        #expect(byID["law.open-data"]?.organisations == [])
        #expect(conformance.unassigned.elements == 1)

        let a = try #require(conformance.organisations.first { $0.id == "a" })
        #expect(a.verdict == .conformantWithWaivers)
        #expect(a.score.tenthsOfPercent == 1000)
        #expect(a.profile.gcio?.name == "Айгүл Сыдыкова")
        #expect(a.systems.map(\.id) == ["a.sys"])
        #expect(a.systems[0].group.elements == 2, "the system with the interface it provides")
        let b = try #require(conformance.organisations.first { $0.id == "b" })
        #expect(b.verdict == .nonConformant)
        #expect(b.group.findings.warnings == 1 && b.group.findings.errors == 1, "ORG002 on b, ORG003 on b.reads")
        #expect(b.systems.first?.group.elements == 2, "the system with the exchange it consumes")
    }

    /// Every party must keep an agreement in force, so its checks count for each of them.
    @Test func anAgreementCountsForEachParty() throws {
        var files = Self.files
        files["model/b.yaml"]! += """
            ---
            id: agr.ab
            kind: Agreement
            name: Agreement between A and B
            parties: [a, b]
            validUntil: 2020-12-31

            """
        files["model/b.yaml"] = files["model/b.yaml"]!.replacingOccurrences(of: "interface: a.api\n", with: "interface: a.api\nagreement: agr.ab\n")
        let (conformance, _) = try Self.assess(files)
        let agreement = try #require(conformance.elements.first { $0.id == "agr.ab" })
        #expect(agreement.organisations == ["a", "b"])
        #expect(agreement.rules(.failed) == ["ORG004"], "ended before the as-of date")
        let a = try #require(conformance.organisations.first { $0.id == "a" })
        #expect(a.verdict == .nonConformant, "a party answers for the agreement")
        #expect(conformance.narrowed(to: "a")?.findings.map(\.ruleID).contains("ORG004") == true)
        let perOrganisation = conformance.organisations.map(\.score.applicable).reduce(0, +) + conformance.unassigned.score.applicable
        #expect(perOrganisation == conformance.overall.score.applicable + agreement.score.applicable, "counted once overall")
    }

    @Test func scoresAreRoundedDownToOneDecimal() {
        #expect(ConformanceScore(passed: 2, passedWithWaiver: 0, failed: 1).formatted == "66.6 %")
        #expect(ConformanceScore(passed: 998, passedWithWaiver: 1, failed: 1).formatted == "99.9 %")
        #expect(ConformanceScore(passed: 1, passedWithWaiver: 1, failed: 0).formatted == "100.0 %")
        #expect(ConformanceScore().formatted == "—")
        #expect(ConformanceScore().verdict == .conformant)
    }

    @Test func narrowingKeepsOneOrganisationsElementsAndFindings() throws {
        let (conformance, _) = try Self.assess()
        let b = try #require(conformance.narrowed(to: "b"))
        #expect(b.scope == "b")
        #expect(b.elements.map(\.id) == ["b", "b.reads", "b.sys"])
        #expect(b.organisations.map(\.id) == ["b"])
        #expect(Set(b.findings.compactMap(\.elementID)) == ["b", "b.reads"])
        #expect(b.overall.score == conformance.organisations.first { $0.id == "b" }?.score)
        #expect(conformance.narrowed(to: "nobody") == nil)
    }

    /// Each rule's and each layer's tallies are those of a count made check by check, also
    /// when rules report on a kind they do not declare (LEG002 and TEC009 on an
    /// Organisation): those checks are added among the element's, in id order, and count
    /// for their rules and layers.
    @Test func rulesAndLayersCountEveryCheckOfTheirOwn() throws {
        let scratch = try ScratchRepository(Self.files)
        let repository = try scratch.load()
        var findings = Validator().validate(repository, options: .init(asOf: ScratchRepository.asOf))
        for (rule, layer) in [("LEG002", RuleLayer.legal), ("TEC009", .technical)] {
            findings.append(Finding(ruleID: rule, severity: .warning, layer: layer, message: "not its kind", elementID: "b",
                                    location: SourceLocation(file: "model/b.yaml", line: 1, column: 1), subject: "b"))
        }
        let conformance = Conformance(repository: repository, findings: findings, rules: Validator().rulesThatRun(repository))

        let b = try #require(conformance.elements.first { $0.id == "b" })
        let own = RuleRegistry.descriptions.filter { $0.applies(to: .organisation) }.map(\.id)
        #expect(own.last == "ORG002")
        #expect(b.checks.map(\.rule) == own.dropLast() + ["LEG002", "ORG002", "TEC009"])
        #expect(b.rules(.failed) == ["LEG002", "ORG002", "TEC009"])

        var byRule: [String: ConformanceScore] = [:]
        var byLayer: [RuleLayer: ConformanceScore] = [:]
        for check in conformance.elements.flatMap(\.checks) {
            byRule[check.rule, default: ConformanceScore()].count(check.outcome)
            byLayer[check.layer, default: ConformanceScore()].count(check.outcome)
        }
        #expect(conformance.byRule.map(\.rule.id) == conformance.rules.map(\.id))
        for entry in conformance.byRule {
            #expect(entry.score == byRule[entry.rule.id] ?? ConformanceScore(), "\(entry.rule.id)")
        }
        #expect(conformance.byRule.first { $0.rule.id == "TEC009" }?.score == ConformanceScore(passed: 1, passedWithWaiver: 1, failed: 1))
        #expect(conformance.byRule.first { $0.rule.id == "LEG002" }?.score == ConformanceScore(passed: 0, passedWithWaiver: 0, failed: 1))
        #expect(conformance.layers.map(\.layer) == RuleLayer.allCases)
        for layer in conformance.layers {
            #expect(layer.score == byLayer[layer.layer], "\(layer.layer)")
            #expect(layer.rules == conformance.rules.filter { $0.layer == layer.layer }.count)
            #expect(layer.group.elements == 0, "a layer counts checks, not elements")
        }
        #expect(conformance.layers.first { $0.layer == .technical }?.group.findings.warnings ==
                findings.filter { $0.layer == .technical && $0.severity == .warning && $0.status == .open }.count)
    }

    /// Whom an element counts for, by id, from the whole repository even when narrowed
    /// (a waiver in a narrowed report is kept by its element's organisations).
    @Test func organisationsOfAnElementAreLookedUpByID() throws {
        let (conformance, _) = try Self.assess()
        #expect(conformance.organisations(of: "a.api") == ["a"])
        #expect(conformance.organisations(of: "b.reads") == ["b"])
        #expect(conformance.organisations(of: "law.open-data") == [])
        for unknown in ["", "0", "a.ap", "a.apix", "zzz"] {
            #expect(conformance.organisations(of: unknown) == [], "\(unknown)")
        }
        let b = try #require(conformance.narrowed(to: "b"))
        #expect(b.organisations(of: "a.sys") == ["a"])
        #expect(b.organisations(of: "b.sys") == ["b"])
    }

    @Test func findingsAboutTheRepositoryDecideItsVerdictButNoScore() throws {
        var files = Self.files
        files["eaf.yaml"] = "name: Clean\n"
        files["model/b.yaml"] = "id: b\nkind: Organisation\nname: Agency B\n"
        files["model/a.yaml"] = "id: a\nkind: Organisation\nname: Agency A\n"
        let (clean, _) = try Self.assess(files)
        #expect(clean.verdict == .conformant)
        files["model/broken.yaml"] = "id: [unclosed\n"
        let (broken, _) = try Self.assess(files)
        #expect(broken.unattached.map(\.ruleID) == ["INT001"])
        #expect(broken.overall.score == clean.overall.score)
        #expect(broken.verdict == .nonConformant)
    }
}

/// Reading the commit a checkout describes from `.git`, without running git.
@Suite struct RepositoryRevisionTests {
    static let commit = "0123456789abcdef0123456789abcdef01234567"
    static let other = "89abcdef0123456789abcdef0123456789abcdef"

    @Test func aBranchInALooseRefFile() throws {
        let folder = try TemporaryRepository([".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": Self.commit + "\n",
                                              "model/a.yaml": "id: a\n"])
        #expect(RepositoryRevision.of(path: folder.path + "/model") == RepositoryRevision(commit: Self.commit, branch: "main"))
    }

    @Test func aBranchInPackedRefs() throws {
        let folder = try TemporaryRepository([
            ".git/HEAD": "ref: refs/heads/reports\n",
            ".git/packed-refs": "# pack-refs with: peeled fully-peeled sorted\n\(Self.other) refs/heads/main\n\(Self.commit) refs/heads/reports\n^\(Self.other)\n",
        ])
        #expect(RepositoryRevision.of(path: folder.path) == RepositoryRevision(commit: Self.commit, branch: "reports"))
    }

    @Test func aDetachedHead() throws {
        let folder = try TemporaryRepository([".git/HEAD": Self.commit.uppercased() + "\n"])
        #expect(RepositoryRevision.of(path: folder.path) == RepositoryRevision(commit: Self.commit, branch: nil))
    }

    /// A linked worktree: `.git` is a file naming its git folder, whose `commondir` holds the branches.
    @Test func aLinkedWorktree() throws {
        let folder = try TemporaryRepository([
            "main/.git/packed-refs": "\(Self.commit) refs/heads/feature\n",
            "main/.git/worktrees/wt/HEAD": "ref: refs/heads/feature\n",
            "main/.git/worktrees/wt/commondir": "../..\n",
            "wt/.git": "gitdir: ../main/.git/worktrees/wt\n",
            "wt/examples/national/eaf.yaml": "name: x\n",
        ])
        #expect(RepositoryRevision.of(path: folder.path + "/wt/examples/national")
                == RepositoryRevision(commit: Self.commit, branch: "feature"))
    }

    @Test func noCheckoutOrNoCommitGivesNothing() throws {
        let unborn = try TemporaryRepository([".git/HEAD": "ref: refs/heads/main\n"])
        #expect(RepositoryRevision.of(path: unborn.path) == nil)
        let escaping = try TemporaryRepository([".git/HEAD": "ref: refs/../../HEAD\n"])
        #expect(RepositoryRevision.of(path: escaping.path) == nil)
    }
}
