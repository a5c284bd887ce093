import EAModel

/// How `eaf show` and `eaf list` present elements as text.
public enum ElementText {
    /// Model text on one line, control characters made visible.
    public static func singleLine(_ text: String) -> String {
        TextReporter.singleLine(text)
    }

    /// An element's fields, then the references from it and to it.
    public static func describe(_ element: Element, in repository: Repository) -> String {
        let model = repository.model
        var out = "\(element.id)  (\(element.kind.rawValue))\n"
        out += "  defined at \(repository.path(of: element.location.file)):\(element.location.line):\(element.location.column)\n"
        for spec in Metamodel.fields(of: element.kind) where spec.name != "id" && spec.name != "kind" {
            guard let field = element.fields[spec.name] else { continue }
            out += "  \(spec.name): \(singleLine(render(field.value)))\n"
        }
        let outgoing = model.outgoing(from: element.id)
        if !outgoing.isEmpty {
            out += "refers to:\n"
            for reference in outgoing {
                let target = reference.targetElement
                let label = target.map { "\($0.kind.rawValue) \(singleLine($0.label(repository.config.languages)))" } ?? "(no such element)"
                out += "  \(reference.path) → \(reference.target)  \(label)\n"
            }
        }
        let incoming = model.incoming(to: element.id)
        if !incoming.isEmpty {
            out += "referred to by:\n"
            for reference in incoming {
                let kind = reference.sourceElement?.kind.rawValue ?? ""
                out += "  \(reference.source) (\(kind)) through \(reference.path)\n"
            }
        }
        return out
    }

    /// A value as compact text (`[a, b]`, `{ky: …, ru: …}`).
    public static func render(_ value: FieldValue) -> String {
        switch value {
        case .string(let text), .reference(let text), .uri(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .date(let date): return date.description
        case .text(.plain(let text)): return text
        case .text(let text): return "{" + text.entries.map { "\($0.language ?? ""): \($0.text)" }.joined(separator: ", ") + "}"
        case .list(let items): return "[" + items.map { render($0.value) }.joined(separator: ", ") + "]"
        case .record(let record):
            return "{" + record.fields.keys.sorted().map { "\($0): \(render(record.fields[$0]!.value))" }.joined(separator: ", ") + "}"
        case .dictionary(let entries): return "{" + entries.map { "\($0.key): \(render($0.value.value))" }.joined(separator: ", ") + "}"
        }
    }
}

/// Fixed-width text tables for terminal listings.
public enum Table {
    public static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                text += index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }
            return text + "\n"
        }
        return ([header] + rows).map(line).joined()
    }
}
