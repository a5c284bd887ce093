/// Everything a user or a rule can see of an element, positions included, as one text.
///
/// `Element`'s `==` leaves out where things were written, so that the same element reads
/// equal from YAML and XML. `ElementBuilder` must give exactly what `ElementDecoder` gives,
/// position for position, so its tests and the `yaml` fuzz target compare these texts.
package enum ElementTranscript {
    package static func text(of element: Element) -> String {
        var text = "\(element.id) \(element.kind.rawValue) \(element.location) reference=\(element.isReference) name=\(describe(element.name))\n"
        for (name, field) in element.fields { text += "  \(name) = \(describe(field))\n" }
        return text
    }

    private static func describe(_ text: LocalizedText) -> String {
        switch text {
        case .plain(let string): "plain(\(string.debugDescription))"
        case .translations(let translations): "{" + translations.map { "\($0.language): \($0.text.debugDescription)" }.joined(separator: ", ") + "}"
        }
    }

    private static func describe(_ field: Field) -> String {
        let value: String = switch field.value {
        case .string(let string): "string(\(string.debugDescription))"
        case .integer(let integer): "integer(\(integer))"
        case .number(let number): "number(\(number))"
        case .boolean(let boolean): "boolean(\(boolean))"
        case .date(let date): "date(\(date))"
        case .text(let text): "text(\(describe(text)))"
        case .reference(let id): "reference(\(id))"
        case .uri(let uri): "uri(\(uri))"
        case .list(let items): "[" + items.map(describe).joined(separator: ", ") + "]"
        case .record(let record):
            "record@\(record.location){" + record.fields.map { "\($0.key): \(describe($0.value))" }.joined(separator: ", ") + "}"
        case .dictionary(let entries): "dict{" + entries.map { "\($0.key): \(describe($0.value))" }.joined(separator: ", ") + "}"
        }
        return value + "@\(field.location)"
    }
}
