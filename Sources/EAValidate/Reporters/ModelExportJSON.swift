import EAModel
import Foundation

/// `eaf export --format json`: the whole model as one JSON document, described by
/// `schemas/eaf-model-export-1.schema.json`. Each element is written as its YAML
/// document would be (so each validates against the model schema), sorted by id;
/// where each was read and every reference with whether it resolves sit beside them.
/// Keys are sorted and paths repository-relative, so the same model gives the same bytes.
public enum ModelExportJSON {
    public static let formatVersion = 1

    struct Document: Encodable {
        var formatVersion: Int
        var tool: Tool
        var repository: String?
        var metamodel: Int
        var elements: [[String: JSONValueBox]]
        var locations: [String: Location]
        var references: [ReferenceEntry]
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Location: Encodable {
        var file: String
        var line: Int
        var column: Int
        var reference: Bool
    }

    struct ReferenceEntry: Encodable {
        var source: String
        var path: String
        var target: String
        var targetKind: String?
    }

    public static func render(_ repository: Repository) -> String {
        let model = repository.model
        let ids = model.ids.sorted()
        var elements: [[String: JSONValueBox]] = []
        var locations: [String: Location] = [:]
        var references: [ReferenceEntry] = []
        for id in ids {
            let element = model[id]!
            var document: [String: JSONValueBox] = [:]
            for (name, field) in element.fields { document[name] = JSONValueBox(field.value) }
            document["id"] = JSONValueBox(.string(element.id))
            document["kind"] = JSONValueBox(.string(element.kind.rawValue))
            elements.append(document)
            locations[id] = Location(file: element.location.file, line: element.location.line, column: element.location.column,
                                     reference: element.isReference)
            for reference in element.writtenReferences {
                references.append(ReferenceEntry(source: id, path: reference.path, target: reference.target,
                                                 targetKind: model[reference.target]?.kind.rawValue))
            }
        }
        return JSONText.encode(Document(formatVersion: formatVersion, tool: Tool(name: "eaf", version: EAF.version),
                                        repository: repository.config.name, metamodel: Metamodel.version,
                                        elements: elements, locations: locations, references: references))
    }
}
