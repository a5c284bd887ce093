/// A reference as an element writes it, with the record it sits in (a `holds` item's
/// role says whether the system masters the entity).
public struct WrittenReference: Sendable, Hashable {
    /// The top-level field (`holds`).
    public var field: String
    /// The full path (`holds[0].entity`).
    public var path: String
    /// The innermost field (`entity`).
    public var leaf: String
    public var target: String
    public var record: Record?
    public var location: SourceLocation
}

extension Element {
    /// Every reference this element writes, in field order, found by walking lists and
    /// records by their declared types as the model graph does. Unlike the graph's
    /// index this belongs to the one element, even when its id is repeated elsewhere.
    public var writtenReferences: [WrittenReference] {
        var found: [WrittenReference] = []
        func walk(_ field: Field, _ type: FieldType, top: String, path: String, leaf: String, record: Record?) {
            switch (type, field.value) {
            case (.reference, .reference(let id)), (.referenceOrURI, .reference(let id)):
                found.append(WrittenReference(field: top, path: path, leaf: leaf, target: id, record: record, location: field.location))
            case (.list(let item), .list(let items)):
                for (index, value) in items.enumerated() { walk(value, item, top: top, path: FieldPath.item(path, index), leaf: leaf, record: record) }
            case (.record(let specs), .record(let inner)):
                for spec in specs {
                    if let value = inner.fields[spec.name] { walk(value, spec.type, top: top, path: FieldPath.member(path, spec.name), leaf: spec.name, record: inner) }
                }
            default: break
            }
        }
        for spec in Metamodel.fields(of: kind) {
            if let field = fields[spec.name] { walk(field, spec.type, top: spec.name, path: spec.name, leaf: spec.name, record: nil) }
        }
        return found
    }
}
