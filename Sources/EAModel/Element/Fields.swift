/// The fields of an element or record by name, in the order they were written.
///
/// An element has about ten fields and a record a handful, and rules read them by name
/// millions of times in a national run: a dictionary per element and record hashed the
/// name on every read and every insert and was most of an element's memory. Two small
/// arrays read by a short scan comparing names (small strings compare as two words)
/// cost less on both counts. Two `Fields` are equal when they hold the same names with
/// the same values, in whatever order; anything shown to users sorts the names first.
public struct Fields: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    // `@usableFromInline` so that the inlinable subscript (and `FieldContainer`'s readers
    // in rules) read them in place; only this type changes them.
    @usableFromInline var names: [String] = []
    @usableFromInline var values: [Field] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, Field)...) {
        for (name, field) in elements { self[name] = field }
    }

    /// The field of this name; setting one replaces a field of the same name (keeping its
    /// place) or adds it at the end, and nil removes it.
    @inlinable public subscript(name: String) -> Field? {
        get {
            guard let index = place(of: name) else { return nil }
            return values[index]
        }
        set {
            switch (newValue, place(of: name)) {
            case (let field?, let index?):
                values[index] = field
            case (let field?, nil):
                names.append(name)
                values.append(field)
            case (nil, let index?):
                names.remove(at: index)
                values.remove(at: index)
            case (nil, nil):
                break
            }
        }
    }

    /// The value of the field of this name, read in place: a field taken whole is a copy
    /// of its value and its location, each reference counted, where the typed readers of
    /// `FieldContainer` need the value alone.
    @inlinable func value(of name: String) -> FieldValue? {
        guard let index = place(of: name) else { return nil }
        return values[index].value
    }

    /// Where the field of this name is.
    @inlinable func place(of name: String) -> Int? {
        EAModel.place(of: name, in: names.indices) { names[$0] }
    }

    public static func == (lhs: Fields, rhs: Fields) -> Bool {
        guard lhs.names.count == rhs.names.count else { return false }
        return lhs.names.indices.allSatisfy { rhs[lhs.names[$0]] == lhs.values[$0] }
    }

    /// Independent of order, like equality: the sum of each field's own hash.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for index in names.indices {
            var field = Hasher()
            field.combine(names[index])
            field.combine(values[index])
            sum &+= field.finalize()
        }
        hasher.combine(names.count)
        hasher.combine(sum)
    }

    /// The names, in the order they were written.
    public var keys: [String] { names }
    public var count: Int { names.count }
    public var isEmpty: Bool { names.isEmpty }

    /// Adds a field whose name is not among these (the decoder's, when the reader has
    /// already made sure): no search for a field to replace.
    mutating func append(_ name: consuming String, _ field: consuming Field) {
        assert(!names.contains(name), "field '\(name)' appended twice")
        names.append(consume name)
        values.append(consume field)
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        names.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// A dictionary of the fields' transformed values, by name.
    public func mapValues<T>(_ transform: (Field) throws -> T) rethrows -> [String: T] {
        var result: [String: T] = [:]
        result.reserveCapacity(names.count)
        for index in names.indices { result[names[index]] = try transform(values[index]) }
        return result
    }

    public struct Iterator: IteratorProtocol {
        private let fields: Fields
        private var index = 0

        fileprivate init(_ fields: Fields) { self.fields = fields }

        public mutating func next() -> (key: String, value: Field)? {
            guard index < fields.names.count else { return nil }
            defer { index += 1 }
            return (fields.names[index], fields.values[index])
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }
}
