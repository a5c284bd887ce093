import EAModel

/// A field value of an element being generated. The metamodel's declared type of the
/// field decides how the writers spell it (a scalar as a YAML plain or quoted scalar or
/// an XML attribute, a list with `ref` or `item` children …).
indirect enum Value {
    /// One scalar, as text (ids, choices, dates, numbers and free text alike).
    case scalar(String)
    /// Text in several languages, in the order written; `plain` is text without one.
    case text(Localized)
    case list([Value])
    case record([Entry])
    case dictionary([(key: String, value: String)])
    /// A path relative to the repository root; written relative to the model file's folder.
    case path(String)

    var scalarText: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }
}

/// Text per language (`ky`, `ru`, `en`), or one plain text.
struct Localized {
    var entries: [(language: String, text: String)]

    init(ky: String, ru: String, en: String) {
        entries = [("ky", ky), ("ru", ru), ("en", en)]
    }

    init(_ entries: [(language: String, text: String)]) {
        self.entries = entries
    }

    static func plain(_ text: String) -> Localized {
        Localized([("", text)])
    }

    func text(_ language: String) -> String? {
        entries.first { $0.language == language }?.text
    }

    mutating func set(_ language: String, _ text: String) {
        if let index = entries.firstIndex(where: { $0.language == language }) {
            entries[index].text = text
        } else {
            entries.append((language, text))
        }
    }

    mutating func remove(_ language: String) {
        entries.removeAll { $0.language == language }
    }
}

/// A named field of an element or record.
struct Entry {
    var name: String
    var value: Value

    init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }
}

/// One element as it will be written: id, kind, fields in the order written, and where
/// it goes. A class, because the planting of violations edits elements after they exist.
final class Draft {
    let id: String
    let kind: Kind
    var entries: [Entry] = []
    /// The folder of the owner's files (`model/grs`), which the layout splits into files.
    var folder: String
    /// The file name used when the element is alone in its file (without extension).
    var slug: String
    /// Written only in YAML (a planted YAML-level violation lives in it).
    var yamlOnly = false
    /// The file (repository-relative, without extension) when the element has one of its
    /// own: a national body's organisation file, a malformed file, a repeated id.
    var fileName: String?
    /// The YAML text written in place of the element (a malformed document).
    var rawYAML: String?
    /// The repository-relative file it is written to, set by the layout.
    var file = ""
    /// Its position in that file (0-based), set by the layout.
    var position = 0

    init(id: String, kind: Kind, folder: String, slug: String) {
        self.id = id
        self.kind = kind
        self.folder = folder
        self.slug = slug
    }

    subscript(name: String) -> Value? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(name, newValue))
            }
        }
    }

    /// Sets a field, placing a new one right after `previous` (or last when that is absent).
    func set(_ name: String, _ value: Value, after previous: String) {
        if entries.contains(where: { $0.name == name }) {
            self[name] = value
        } else if let index = entries.firstIndex(where: { $0.name == previous }) {
            entries.insert(Entry(name, value), at: index + 1)
        } else {
            entries.append(Entry(name, value))
        }
    }

    func set(_ name: String, _ text: String?) {
        self[name] = text.map(Value.scalar)
    }

    func set(_ name: String, refs: [String]) {
        self[name] = refs.isEmpty ? nil : .list(refs.map(Value.scalar))
    }

    /// The ids of a list-of-references field.
    func refs(_ name: String) -> [String] {
        guard case .list(let items)? = self[name] else { return [] }
        return items.compactMap(\.scalarText)
    }

    /// Appends a reference to a list field.
    func append(_ name: String, ref: String) {
        set(name, refs: refs(name) + [ref])
    }

    /// Appends a record to a list-of-records field.
    func append(_ name: String, record: [Entry]) {
        if case .list(var items)? = self[name] {
            items.append(.record(record))
            self[name] = .list(items)
        } else {
            self[name] = .list([.record(record)])
        }
    }

    var name: Localized? {
        if case .text(let text)? = self["name"] { return text }
        return nil
    }
}
