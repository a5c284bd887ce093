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
        fields.value(of: name)?.asString
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
        items(of: name) { item in
            if case .reference(let id) = item.value { Reference(id: id, location: item.location) } else { nil }
        }
    }

    /// The items of a list field.
    @inlinable public func list(_ name: String) -> [Field] {
        if case .list(let items)? = fields.value(of: name) { return items }
        return []
    }

    /// The texts of a list of scalars.
    @inlinable public func strings(_ name: String) -> [String] {
        items(of: name) { $0.value.asString }
    }

    /// A nested record field (`gcio`, `tunduk`, `sla`).
    @inlinable public func record(_ name: String) -> Record? {
        if case .record(let record)? = fields.value(of: name) { return record }
        return nil
    }

    /// The records of a list of records (`holds`, `attributes`, `messages`).
    @inlinable public func records(_ name: String) -> [Record] {
        items(of: name) { item in
            if case .record(let record) = item.value { record } else { nil }
        }
    }

    /// What `keep` makes of each item of a list field, the items it makes nothing of left
    /// out. Items are read in place: each taken whole is a copy of its value and location.
    @inlinable func items<Kept>(of name: String, _ keep: (borrowing Field) -> Kept?) -> [Kept] {
        guard case .list(let items)? = fields.value(of: name) else { return [] }
        var kept: [Kept] = []
        kept.reserveCapacity(items.count)
        for index in items.indices {
            if let one = keep(items[index]) { kept.append(one) }
        }
        return kept
    }

    /// A dictionary field's entries, sorted by key.
    @inlinable public func dictionary(_ name: String) -> [DictionaryEntry] {
        if case .dictionary(let entries)? = fields.value(of: name) { return entries }
        return []
    }
}
