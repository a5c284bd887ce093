/// Words and numbers the report formats share, so HTML, Markdown and JSON say the same.
enum ReportText {
    static func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? word : plural ?? word + "s")"
    }

    /// "abcdef012345 (branch main)", or a note that there is no commit.
    static func commit(_ revision: RepositoryRevision?) -> String {
        guard let revision else { return "not in a git checkout" }
        return revision.commit + (revision.branch.map { " (\($0))" } ?? "")
    }

    /// How a finding stands: its severity when open, else why it does not count.
    static func status(_ finding: Finding) -> String {
        switch finding.status {
        case .open: finding.severity.rawValue
        case .waived: "waived"
        case .baselined: "baselined"
        }
    }

    static func layer(_ layer: RuleLayer) -> String {
        layer.rawValue.prefix(1).uppercased() + layer.rawValue.dropFirst()
    }

    static func state(_ waiver: WaiverStatus) -> String {
        switch waiver.state {
        case .active: "accepts \(plural(waiver.accepted, "finding"))"
        case .expired: "expired: accepts nothing"
        case .unused: "matches no finding"
        }
    }

    /// The GCIO line of a scorecard.
    static func gcio(_ profile: OrganisationProfile) -> String {
        guard let gcio = profile.gcio else { return "no GCIO named" }
        var text = gcio.name
        if let position = gcio.position { text += ", " + position }
        if let email = gcio.email { text += " <\(email)>" }
        return text
    }

    /// How the score is defined, as every format explains it.
    static let method = """
        Every element of the repository is checked against each rule that applies to its kind. \
        A check passes when the rule found nothing on the element, passes with a waiver when \
        everything it found is accepted by a waiver in eaf.yaml, and fails otherwise (a finding \
        accepted only by a baseline still fails). The score is the share of checks that passed, \
        with or without a waiver, rounded down to one decimal. An organisation is conformant when \
        all its checks passed without waivers, conformant with waivers when all passed and some \
        only by waiver, and non-conformant when any failed. Elements count for their owner (or \
        operator); an interface for its provider's organisation, an exchange for its consumer's, \
        an agreement for each of its parties. \
        Findings about the repository itself (unreadable files, stale waivers) decide its verdict \
        but no score.
        """

    static let explanationOfChecks = "Checks are element–rule pairs: an element is checked by every rule that applies to its kind."
}
