import EAModel
import Foundation

/// Elements as JSON for `eaf list` and `eaf show`: fields as plain JSON values, with
/// locations repository-relative.
public enum ElementJSON {
    struct Listed: Encodable {
        var id: String
        var kind: String
        var name: JSONValueBox
        var owner: String?
        var lifecycle: String?
        var location: SourceLocation
    }

    struct Shown: Encodable {
        var id: String
        var kind: String
        var location: SourceLocation
        var fields: [String: JSONValueBox]
        var refersTo: [Link]
        var referredToBy: [Link]
    }

    struct Link: Encodable {
        var element: String
        var path: String
        var exists: Bool
    }

    public static func list(_ elements: [Element], repository: Repository) -> String {
        JSONText.encode(elements.map {
            Listed(id: $0.id, kind: $0.kind.rawValue, name: JSONValueBox(.text($0.name)), owner: $0.owner?.id,
                   lifecycle: $0.lifecycle, location: $0.location)
        })
    }

    public static func show(_ element: Element, repository: Repository) -> String {
        let model = repository.model
        var fields: [String: JSONValueBox] = [:]
        for (name, field) in element.fields where name != "id" && name != "kind" { fields[name] = JSONValueBox(field.value) }
        return JSONText.encode(Shown(
            id: element.id, kind: element.kind.rawValue, location: element.location, fields: fields,
            refersTo: model.outgoing(from: element.id).map { Link(element: $0.target, path: $0.path, exists: model[$0.target] != nil) },
            referredToBy: model.incoming(to: element.id).map { Link(element: $0.source, path: $0.path, exists: true) }))
    }
}

/// A field value encoded as the JSON a YAML reader would produce for it.
public struct JSONValueBox: Encodable {
    public let value: FieldValue

    public init(_ value: FieldValue) {
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case .string(let text), .reference(let text), .uri(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .number(let number): try container.encode(number)
        case .boolean(let flag): try container.encode(flag)
        case .date(let date): try container.encode(date.description)
        case .text(.plain(let text)): try container.encode(text)
        case .text(.translations(let map)): try container.encode(map)
        case .list(let items): try container.encode(items.map { JSONValueBox($0.value) })
        case .record(let record): try container.encode(record.fields.mapValues { JSONValueBox($0.value) })
        case .dictionary(let entries):
            try container.encode(Dictionary(uniqueKeysWithValues: entries.map { ($0.key, JSONValueBox($0.value.value)) }))
        }
    }
}
