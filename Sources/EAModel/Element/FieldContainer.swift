/// A reference written in the model: the id it names and where it was written.
public struct Reference: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// Typed access to fields, shared by elements and nested records, so that rules read
/// `system.references("dependsOn")` instead of matching on values.
public protocol FieldContainer {
    var fields: Fields { get }
}

extension FieldContainer {
    @inlinable public func field(_ name: String) -> Field? { fields[name] }

    /// A string, choice, URL or path field's text.
    @inlinable public func string(_ name: String) -> String? {
        switch fields.value(of: name) {
        case .string(let text)?, .uri(let text)?, .reference(let text)?: text
        default: nil
        }
    }

    @inlinable public func integer(_ name: String) -> Int? {
        if case .integer(let value)? = fields.value(of: name) { return value }
        return nil
    }

    @inlinable public func number(_ name: String) -> Double? {
        switch fields.value(of: name) {
        case .number(let value)?: value
        case .integer(let value)?: Double(value)
        default: nil
        }
    }

    @inlinable public func boolean(_ name: String) -> Bool? {
        if case .boolean(let value)? = fields.value(of: name) { return value }
        return nil
    }

    @inlinable public func date(_ name: String) -> LocalDate? {
        if case .date(let value)? = fields.value(of: name) { return value }
        return nil
    }

    @inlinable public func text(_ name: String) -> LocalizedText? {
        if case .text(let value)? = fields.value(of: name) { return value }
        return nil
    }

    /// A single reference field.
    @inlinable public func reference(_ name: String) -> Reference? {
        let fields = self.fields
        guard let index = fields.place(of: name), case .reference(let id) = fields.values[index].value else { return nil }
        return Reference(id: id, location: fields.values[index].location)
    }

    /// The references of a list field (URIs in a reference-or-URI list are left out).
    @inlinable public func references(_ name: String) -> [Reference] {
        guard case .list(let items)? = fields.value(of: name) else { return [] }
        // Read item by item in place: each item taken whole is a copy of its value and location.
        var found: [Reference] = []
        found.reserveCapacity(items.count)
        for index in items.indices {
            if case .reference(let id) = items[index].value { found.append(Reference(id: id, location: items[index].location)) }
        }
        return found
    }

    /// The items of a list field.
    @inlinable public func list(_ name: String) -> [Field] {
        if case .list(let items)? = fields.value(of: name) { return items }
        return []
    }

    /// The texts of a list of scalars.
    @inlinable public func strings(_ name: String) -> [String] {
        guard case .list(let items)? = fields.value(of: name) else { return [] }
        var found: [String] = []
        found.reserveCapacity(items.count)
        for index in items.indices {
            switch items[index].value {
            case .string(let text), .uri(let text), .reference(let text): found.append(text)
            default: break
            }
        }
        return found
    }

    /// A nested record field (`gcio`, `tunduk`, `sla`).
    @inlinable public func record(_ name: String) -> Record? {
        if case .record(let record)? = fields.value(of: name) { return record }
        return nil
    }

    /// The records of a list of records (`holds`, `attributes`, `messages`).
    @inlinable public func records(_ name: String) -> [Record] {
        guard case .list(let items)? = fields.value(of: name) else { return [] }
        var found: [Record] = []
        found.reserveCapacity(items.count)
        for index in items.indices {
            if case .record(let record) = items[index].value { found.append(record) }
        }
        return found
    }

    /// A dictionary field's entries, sorted by key.
    @inlinable public func dictionary(_ name: String) -> [DictionaryEntry] {
        if case .dictionary(let entries)? = fields.value(of: name) { return entries }
        return []
    }
}
