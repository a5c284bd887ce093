/// Markdown for issues, wikis and reports: a section per organisation with a table of
/// dependents and their chains. Ids go in code spans; names are escaped so that `|`,
/// `<`, `*`, newlines and the like cannot break the table or turn into markup.
public struct ImpactMarkdownRenderer: ImpactRenderer {
    public init() {}

    public func render(_ report: ImpactReport) -> String {
        let subject = report.element
        var out = "# Impact of `\(subject.id)`\n\n"
        out += "\(Self.escape(subject.label, lineBreak: " ")) (\(subject.kind.rawValue)). "
        guard report.count > 0 else { return out + "Nothing depends on it.\n" }
        out += "\(report.countPhrase) depend on it.\n"
        for group in report.groups {
            if let organisation = group.organisation {
                out += "\n## \(Self.escape(group.label ?? organisation, lineBreak: " ")) (`\(organisation)`)\n\n"
            } else {
                out += "\n## No organisation\n\n"
            }
            out += "| Element | Kind | Name | Depends through |\n|---|---|---|---|\n"
            for dependent in group.dependents {
                let element = dependent.element
                out += "| `\(element.id)` | \(element.kind.rawValue) | \(Self.escape(element.label)) | "
                out += dependent.chain(from: subject.id) { "`\($0)`" } + " |\n"
            }
        }
        return out
    }

    /// Text in a Markdown table cell or heading: Markdown's punctuation backslash-escaped,
    /// `<`, `>` and `&` as entities, a newline as `lineBreak` (`<br>` in a cell, a space
    /// in a heading, which must stay on one line).
    static func escape(_ text: String, lineBreak: String = "<br>") -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!", "{", "}": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n": out += lineBreak
            case "\t": out += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
