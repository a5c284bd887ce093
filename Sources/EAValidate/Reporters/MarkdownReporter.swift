import EAModel
import Foundation

/// A compact Markdown table of findings, for a merge-request comment: a headline with the
/// counts, then one row per finding. Model text is escaped so a name cannot break the
/// table or inject markup.
public struct MarkdownReporter: FindingReporter {
    public init() {}

    public func render(_ report: FindingReport) -> String {
        let open = report.openFindings
        var out = "### eaf validate: "
        out += open.isEmpty ? "no open findings ✅\n\n" : "\(report.count(.error)) errors, \(report.count(.warning)) warnings, \(report.count(.info)) info\n\n"
        var notes: [String] = []
        if report.waivedCount > 0 { notes.append("\(report.waivedCount) waived") }
        if report.baselinedCount > 0 { notes.append("\(report.baselinedCount) in the baseline") }
        notes.append(report.elementCount > 0 ? "\(report.elementCount) elements in \(report.fileCount) files" : "\(report.fileCount) files checked")
        notes.append("as of \(report.asOf)")
        out += notes.joined(separator: " · ") + "\n"
        guard !report.findings.isEmpty else { return out }
        out += "\n| | Rule | Where | Element | Message |\n|---|---|---|---|---|\n"
        for finding in report.findings {
            let icon: String
            switch (finding.status, finding.severity) {
            case (.waived, _): icon = "💤"
            case (.baselined, _): icon = "📌"
            case (.open, .error): icon = "❌"
            case (.open, .warning): icon = "⚠️"
            case (.open, .info): icon = "ℹ️"
            }
            let location = "\(report.displayPath(finding.location.file)):\(finding.location.line):\(finding.location.column)"
            out += "| \(icon) | \(finding.ruleID) | \(Self.code(location)) | \(finding.elementID.map(Self.code) ?? "") | \(Self.cell(finding.message)) |\n"
        }
        return out
    }

    /// Text safe inside a table cell: pipes, markup and HTML are escaped, lines joined.
    /// Works on Unicode scalars, so a report of thousands of cells stays cheap.
    public static func cell(_ text: String) -> String {
        if !text.utf8.contains(where: { cellMarkup[Int($0)] }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            case "\\", "`", "*", "_", "[", "]", "#", "~":
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The bytes `cell` escapes, as a table by byte (all ASCII, so no multi-byte character is split).
    private static let cellMarkup: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "|<>&\n\r\\`*_[]#~".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// Text as inline code, with a fence longer than any backtick run inside it.
    public static func code(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == 0x0A || $0 == UInt8(ascii: "`") }) {
            return "`" + text + "`"
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 2)
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": escaped += "\\|"
            case "\n": escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = escaped.hasPrefix("`") || escaped.hasSuffix("`") ? " " : ""
        return fence + pad + escaped + pad + fence
    }
}
