import EAModel

/// The terminal format: findings grouped by file, each at `path:line:col`, and a summary
/// line with counts by severity and layer. Colour is the caller's choice.
public struct TextReporter: FindingReporter {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func label(_ finding: Finding) -> String {
        switch finding.status {
        case .waived: return paint("waived ", "2")
        case .baselined: return paint("baseline", "2")
        case .open:
            switch finding.severity {
            case .error: return paint("error  ", "1;31")
            case .warning: return paint("warning", "1;33")
            case .info: return paint("info   ", "1;34")
            }
        }
    }

    public func render(_ report: FindingReport) -> String {
        var out = ""
        var currentFile: String?
        for finding in report.findings {
            let file = finding.location.file
            if file != currentFile {
                if currentFile != nil { out += "\n" }
                out += paint(report.displayPath(file), "1") + "\n"
                currentFile = file
            }
            let location = "\(report.displayPath(file)):\(finding.location.line):\(finding.location.column)"
            var line = "  \(location): \(label(finding)) \(paint(finding.ruleID, "36")) \(TextReporter.singleLine(finding.message))"
            if let element = finding.elementID { line += paint(" [\(element)]", "2") }
            out += line + "\n"
            for related in finding.related {
                out += "      \(paint("note:", "2")) \(report.displayPath(related.location.file)):\(related.location.line):\(related.location.column): \(TextReporter.singleLine(related.message))\n"
            }
            if let waiver = finding.waiver {
                out += "      \(paint("waived:", "2")) \(TextReporter.singleLine(waiver))\n"
            }
        }
        if !report.findings.isEmpty { out += "\n" }
        out += summary(report) + "\n"
        return out
    }

    /// "3 errors, 1 warning, 0 info (integrity 2, semantic 2); 1 waived · 40 elements in 12 files"
    public func summary(_ report: FindingReport) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), \(report.count(.info)) info"
        let layers = RuleLayer.allCases.filter { report.count($0) > 0 }.map { "\($0.rawValue) \(report.count($0))" }
        if !layers.isEmpty { text += " (" + layers.joined(separator: ", ") + ")" }
        if report.waivedCount > 0 { text += "; \(report.waivedCount) waived" }
        if report.baselinedCount > 0 { text += "; \(report.baselinedCount) in baseline" }
        if report.elementCount > 0 {
            text += " · \(plural(report.elementCount, "element")) in \(plural(report.fileCount, "file"))"
        } else {
            text += " · \(plural(report.fileCount, "file")) checked"
        }
        let verdict = report.openFindings.isEmpty ? paint("✓", "32") : paint("✗", "31")
        return "\(verdict) \(text)"
    }

    /// Messages are one line in this format; model text could hold newlines or escapes.
    static func singleLine(_ text: String) -> String {
        PlainText.singleLine(text)
    }
}
