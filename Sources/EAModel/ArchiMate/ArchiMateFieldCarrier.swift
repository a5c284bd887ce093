/// Where each eaf field travels in the exchange format.
///
/// - `id`, `kind`, `name`, `description`: the element's identifier, `xsi:type` (with an
///   `eaf:kind` property, since Contract, DataObject and Node each stand for two kinds),
///   `<name>` and `<documentation>`, one per language as `xml:lang` variants. Elements of
///   the reference folders also say `eaf:reference: true`.
/// - A reference, or a list of references (`owner`, `standards`, `dependsOn`, …):
///   relationships only, one per reference, in the order written. Editing them in an
///   ArchiMate tool edits the model.
/// - Every other field: a property `eaf:<field>`. Scalars as their text, localized text
///   as one value per language, lists and records as JSON (records keep the references
///   inside them, `holds[].entity`, and those references are also drawn as
///   relationships so the picture is complete; the property is what is read back).
/// - The free `properties` map: one ArchiMate property per key, under the key's own name,
///   which is also where properties of models made in other tools end up on import.
/// - Every field of an Exchange: properties on its Flow relationship, since a
///   relationship cannot be the source of the relationships its references would need.
public enum ArchiMateFieldCarrier {
    public static let kindProperty = "eaf:kind"
    /// `true` on elements read from the repository's reference folders, so an import
    /// keeps them apart from the model again.
    public static let referenceProperty = "eaf:reference"
    /// On the model: the repository's languages (`["ky", "ru"]`), which names must be given in.
    public static let languagesProperty = "eaf:languages"
    /// On relationships: the field path they were drawn from (`standards[1]`).
    public static let fieldProperty = "eaf:field"
    static let fieldPrefix = "eaf:"

    public static func propertyName(_ field: String) -> String { fieldPrefix + field }

    /// The field a property name stands for, when it is one of eaf's.
    public static func field(ofProperty name: String) -> String? {
        name.hasPrefix(fieldPrefix) ? String(name.dropFirst(fieldPrefix.count)) : nil
    }

    /// Properties that describe the element rather than hold a field.
    static let markers: Set<String> = [kindProperty, referenceProperty]

    /// Fields written as the element's identity, name and documentation.
    static let identityFields: Set<String> = ["id", "kind", "name", "description"]

    /// Whether a field of a kind travels as relationships (and not as a property).
    public static func isCarriedByRelationships(_ kind: Kind, _ spec: FieldSpec) -> Bool {
        guard kind != .exchange else { return false }
        switch spec.type {
        case .reference, .list(.reference): return true
        default: return false
        }
    }

    /// The exchange-format data type of a property holding a field of this type.
    static func dataType(_ type: FieldType) -> String {
        switch type {
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .date: "date"
        default: "string"
        }
    }

    /// A field's value as property values: one per language for localized text, the
    /// text of a scalar, JSON for lists, records and maps.
    static func values(_ value: FieldValue, type: FieldType) -> [(language: String?, text: String)] {
        switch value {
        case .text(let text):
            return text.entries
        case .list, .record, .dictionary:
            return [(nil, json(value, type: type).inline)]
        default:
            return [(nil, scalarText(value))]
        }
    }

    static func scalarText(_ value: FieldValue) -> String {
        switch value {
        case .string(let text), .reference(let text), .uri(let text): text
        case .integer(let number): String(number)
        case .number(let number): number.description
        case .boolean(let flag): flag ? "true" : "false"
        case .date(let date): date.description
        case .text(let text): text.best()
        case .list, .record, .dictionary: json(value, type: nil).inline
        }
    }

    /// A value as JSON, records' fields in the order their type declares.
    static func json(_ value: FieldValue, type: FieldType?) -> OrderedJSON {
        switch value {
        case .string(let text), .reference(let text), .uri(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number.description)
        case .boolean(let flag): return .bool(flag)
        case .date(let date): return .string(date.description)
        case .text(.plain(let text)): return .string(text)
        case .text(.translations(let map)): return .object(map.map { ($0.language, .string($0.text)) })
        case .list(let items):
            let itemType: FieldType? = if case .list(let inner)? = type { inner } else { nil }
            return .array(items.map { json($0.value, type: itemType) })
        case .record(let record):
            return .object(YAMLWriter.entries(of: record, type: type).map { ($0.key, json($0.value, type: $0.type)) })
        case .dictionary(let entries):
            let valueType: FieldType? = if case .dictionary(let inner)? = type { inner } else { nil }
            return .object(entries.map { ($0.key, json($0.value.value, type: valueType)) })
        }
    }
}
