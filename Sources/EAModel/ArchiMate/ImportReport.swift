/// What an import made of each concept of the exchange file: per ArchiMate type, how
/// many became eaf elements (of which kind) or fields and how many were not imported,
/// and each one that was not, with the reason. The counts of each type add up to the
/// number of concepts of that type in the file.
public struct ImportReport: Sendable {
    /// The exchange file's name (as the user gave it).
    public var file: String

    /// What became of the elements of one ArchiMate type.
    public struct ElementCount: Sendable, Equatable {
        public var total = 0
        /// How many became elements, by kind.
        public var elements: [Kind: Int] = [:]
        public var unmapped = 0
        public var imported: Int { elements.values.reduce(0, +) }
    }

    /// What became of the relationships of one ArchiMate type.
    public struct RelationshipCount: Sendable, Equatable {
        public var total = 0
        /// Became (part of) a field of an element.
        public var fields = 0
        /// Became an element (a Flow that eaf exported from an Exchange).
        public var elements = 0
        public var unmapped = 0
    }

    /// What an imported relationship became.
    public enum Outcome: Sendable {
        case field, element
    }

    /// A concept that was not imported, and why.
    public struct Unmapped: Sendable, Hashable {
        public var identifier: String
        public var type: String
        public var name: String
        /// For relationships: source → target identifiers.
        public var ends: String?
        public var reason: String
    }

    public private(set) var elementCounts: [String: ElementCount] = [:]
    public private(set) var relationshipCounts: [String: RelationshipCount] = [:]
    public private(set) var unmappedElements: [Unmapped] = []
    public private(set) var unmappedRelationships: [Unmapped] = []
    /// Renamed ids, values the metamodel refused, properties that could not be read.
    public var notes: [String] = []
    /// Diagrams in the file (eaf draws its own views from the model; these are not imported).
    public var views = 0

    public init(file: String) {
        self.file = file
    }

    mutating func countElement(_ type: String) { elementCounts[type, default: ElementCount()].total += 1 }
    mutating func mapElement(_ type: String, to kind: Kind) { elementCounts[type, default: ElementCount()].elements[kind, default: 0] += 1 }
    mutating func unmapElement(_ concept: ArchiMateDocument.Concept, reason: String) {
        elementCounts[concept.type, default: ElementCount()].unmapped += 1
        unmappedElements.append(Unmapped(identifier: concept.identifier, type: concept.type, name: concept.names.first?.text ?? "", ends: nil, reason: reason))
    }

    mutating func countRelationship(_ type: String) { relationshipCounts[type, default: RelationshipCount()].total += 1 }
    mutating func mapRelationship(_ type: String, as outcome: Outcome) {
        switch outcome {
        case .field: relationshipCounts[type, default: RelationshipCount()].fields += 1
        case .element: relationshipCounts[type, default: RelationshipCount()].elements += 1
        }
    }
    mutating func unmapRelationship(_ concept: ArchiMateDocument.Concept, reason: String) {
        relationshipCounts[concept.type, default: RelationshipCount()].unmapped += 1
        unmappedRelationships.append(Unmapped(identifier: concept.identifier, type: concept.type, name: concept.names.first?.text ?? "",
                                              ends: "\(concept.source ?? "?") → \(concept.target ?? "?")", reason: reason))
    }

    public var elementTotal: Int { elementCounts.values.reduce(0) { $0 + $1.total } }
    public var importedElements: Int { elementCounts.values.reduce(0) { $0 + $1.imported } }
    public var relationshipTotal: Int { relationshipCounts.values.reduce(0) { $0 + $1.total } }
    public var relationshipsAsFields: Int { relationshipCounts.values.reduce(0) { $0 + $1.fields } }
    public var relationshipsAsElements: Int { relationshipCounts.values.reduce(0) { $0 + $1.elements } }

    /// The counts per ArchiMate type and the totals, for the terminal.
    public var summary: String {
        func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return right ? padding + text : text + padding
        }
        let width = max(24, (Array(elementCounts.keys) + Array(relationshipCounts.keys)).map(\.count).max() ?? 0) + 2
        var out = "\(file): \(elementTotal) elements, \(relationshipTotal) relationships\n"
        out += pad("  element type", width + 2) + "in file  not imported  became\n"
        for type in elementCounts.keys.sorted() {
            let count = elementCounts[type]!
            let kinds = count.elements.keys.sorted().map { "\(count.elements[$0]!) \($0.rawValue)" }.joined(separator: ", ")
            out += "  " + pad(type, width) + pad(String(count.total), 7, right: true) + pad(String(count.unmapped), 14, right: true) + (kinds.isEmpty ? "" : "  " + kinds) + "\n"
        }
        out += pad("  relationship type", width + 2) + "in file  not imported  fields  Exchanges\n"
        for type in relationshipCounts.keys.sorted() {
            let count = relationshipCounts[type]!
            out += "  " + pad(type, width) + pad(String(count.total), 7, right: true) + pad(String(count.unmapped), 14, right: true)
                + pad(String(count.fields), 8, right: true) + pad(String(count.elements), 11, right: true) + "\n"
        }
        out += "elements: \(importedElements) imported, \(unmappedElements.count) not imported (no eaf kind)\n"
        out += "relationships: \(relationshipsAsFields) became fields, \(relationshipsAsElements) became Exchanges, \(unmappedRelationships.count) not imported\n"
        if views > 0 { out += "views: \(views) not imported (eaf draws its views from the model)\n" }
        if !notes.isEmpty { out += "notes: \(notes.count) (renamed ids, values the metamodel refuses, paths to check)\n" }
        return out
    }

    /// Every concept not imported, one line each with the reason, and the notes.
    public var listing: String {
        var out = ""
        for item in unmappedElements {
            out += "not imported: \(item.type) \(item.identifier) \(OrderedJSON.quote(item.name)): \(item.reason)\n"
        }
        for item in unmappedRelationships {
            out += "not imported: \(item.type) \(item.identifier) (\(item.ends ?? "")): \(item.reason)\n"
        }
        for note in notes { out += "note: \(note)\n" }
        return out
    }

    /// The full report in Markdown.
    public var markdown: String {
        func cell(_ text: String) -> String {
            text.replacing("|", with: "\\|").replacing("\n", with: " ")
        }
        var out = "# Import report\n\n"
        out += "From `\(cell(file))`: \(elementTotal) elements and \(relationshipTotal) relationships. "
        out += "\(importedElements) elements became eaf elements and \(unmappedElements.count) were not imported; "
        out += "\(relationshipsAsFields) relationships became fields, \(relationshipsAsElements) became Exchanges and \(unmappedRelationships.count) were not imported."
        if views > 0 { out += " The file's \(views) views are not imported: eaf draws its views from the model." }
        out += "\n\n## Elements by ArchiMate type\n\n| ArchiMate type | in file | became eaf elements | not imported |\n|---|---:|---|---:|\n"
        for type in elementCounts.keys.sorted() {
            let count = elementCounts[type]!
            let kinds = count.elements.keys.sorted().map { "\(count.elements[$0]!) \($0.rawValue)" }.joined(separator: ", ")
            out += "| \(type) | \(count.total) | \(kinds.isEmpty ? "–" : kinds) | \(count.unmapped) |\n"
        }
        out += "\n## Relationships by ArchiMate type\n\n| ArchiMate type | in file | became fields | became Exchanges | not imported |\n|---|---:|---:|---:|---:|\n"
        for type in relationshipCounts.keys.sorted() {
            let count = relationshipCounts[type]!
            out += "| \(type) | \(count.total) | \(count.fields) | \(count.elements) | \(count.unmapped) |\n"
        }
        if !unmappedElements.isEmpty {
            out += "\n## Elements not imported\n\n| identifier | type | name | reason |\n|---|---|---|---|\n"
            for item in unmappedElements {
                out += "| `\(cell(item.identifier))` | \(item.type) | \(cell(item.name)) | \(cell(item.reason)) |\n"
            }
        }
        if !unmappedRelationships.isEmpty {
            out += "\n## Relationships not imported\n\n| identifier | type | source → target | reason |\n|---|---|---|---|\n"
            for item in unmappedRelationships {
                out += "| `\(cell(item.identifier))` | \(item.type) | \(cell(item.ends ?? "")) | \(cell(item.reason)) |\n"
            }
        }
        if !notes.isEmpty {
            out += "\n## Notes\n\n" + notes.map { "- \(cell($0))\n" }.joined()
        }
        return out
    }
}
