import EAModel

/// ORG006: a project record the portfolio cannot be steered with.
public struct IncompleteProjectRule: Rule {
    public static let description = RuleDescription(
        id: "ORG006", slug: "incomplete-project", layer: .organisational, defaultSeverity: .warning,
        appliesTo: [.project],
        summary: "A Project lacks status, funding amounts or deliverables, or is active past its end date.",
        rationale: """
        Transparency and assessment of effectiveness and efficiency: SCITC and the ICT Council steer the \
        e-government portfolio — and report to donors and the budget — from these records: what each \
        project costs, who pays, what it delivers and whether it is on time. A proposed project states its \
        estimated amount; a cancelled one need not list deliverables. Each gap is its own finding so that \
        fixing one does not hide another. A warning: the records are incomplete, nothing is broken.
        """,
        triggeringExamples: [
            RuleExample("""
            ↓↓↓id: mdd.digital-archive
            kind: Project
            name: National digital archive
            """),
            RuleExample("""
            id: mdd.tunduk-upgrade
            kind: Project
            name: Tunduk security servers upgrade
            status: active
            start: 2024-03-01
            end: ↓2025-12-31
            funding:
              - {source: state-budget, amount: 12000000, currency: KGS}
              - ↓{source: donor, funder: wb}
            delivers: [platform.tunduk]
            ---
            id: wb
            kind: Organisation
            name: World Bank
            type: international
            ---
            id: platform.tunduk
            kind: Platform
            name: Tunduk
            type: interoperability-platform
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: mdd.tunduk-upgrade
            kind: Project
            name: Tunduk security servers upgrade
            status: active
            start: 2024-03-01
            end: 2027-12-31
            funding:
              - {source: state-budget, amount: 12000000, currency: KGS}
            delivers: [platform.tunduk]
            ---
            id: platform.tunduk
            kind: Platform
            name: Tunduk
            type: interoperability-platform
            """),
            // A cancelled project delivers nothing, and a completed one may end in the past.
            RuleExample("""
            id: mdd.paper-archive-scan
            kind: Project
            name: Scanning the paper archive
            status: cancelled
            end: 2023-06-30
            funding:
              - {source: donor, amount: 150000, currency: USD}
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let unreadable = UnreadableFields(context.repository)
        return context.elements(of: .project).flatMap { project -> [Finding] in
            var findings: [Finding] = []
            let status = project.string("status")
            if unreadable.lacks(project, "status") {
                findings.append(context.finding(
                    "project '\(project.id)' has no `status`; say whether it is proposed, active, completed or cancelled",
                    on: project, subject: "status"))
            }
            if unreadable.lacks(project, "funding") {
                findings.append(context.finding(
                    "project '\(project.id)' names no funding; add `funding:` with each source, funder, amount and currency",
                    on: project, subject: "funding"))
            } else if !unreadable.contains(project, "funding") {
                for record in project.records("funding") where record.field("amount") == nil {
                    let source = record.reference("funder")?.id ?? record.string("source") ?? "funding"
                    findings.append(context.finding(
                        "a funding source of project '\(project.id)' (\(source)) gives no amount; add `amount:` and `currency:` (an estimate while the project is proposed)",
                        element: project.id, at: record.location, subject: "funding.amount:\(source)"))
                }
            }
            if status != "cancelled", unreadable.lacks(project, "delivers") {
                findings.append(context.finding(
                    "project '\(project.id)' names no deliverables; add `delivers:` with the systems, services, interfaces or platforms it builds",
                    on: project, subject: "delivers"))
            }
            if status == "active", let end = project.field("end"), let date = project.date("end"), date < context.asOf {
                findings.append(context.finding(
                    "project '\(project.id)' is active but ended on \(date) (as of \(context.asOf)); extend `end` or mark it completed or cancelled",
                    element: project.id, at: end.location, subject: "end"))
            }
            return findings
        }
    }
}
