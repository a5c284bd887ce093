/// A text's strings by language code, kept in the order of their codes' UTF-8 bytes.
///
/// Nearly every name and description in a national model is given in two or three
/// languages: a dictionary per text was built (hashing each code) for every element
/// read, and every reader that lists the languages sorted its keys again. A short sorted
/// list is cheaper on both counts and reads the same: looked up by code, listed in order.
public struct Translations: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One language's string.
    public struct Entry: Sendable, Hashable {
        public let language: String
        public let text: String
    }

    private var entries: [Entry] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (language, text) in elements { self[language] = text }
    }

    /// The string in a language; setting one replaces that language's string or adds it
    /// in its place, and nil removes it.
    public subscript(language: String) -> String? {
        get {
            let (index, found) = place(of: language)
            return found ? entries[index].text : nil
        }
        set {
            let (index, found) = place(of: language)
            switch (newValue, found) {
            case (let text?, true): entries[index] = Entry(language: language, text: text)
            case (let text?, false) where index == entries.count: entries.append(Entry(language: language, text: text))
            case (let text?, false): entries.insert(Entry(language: language, text: text), at: index)
            case (nil, true): entries.remove(at: index)
            case (nil, false): break
            }
        }
    }

    /// Where `language` is, or would go.
    private func place(of language: String) -> (index: Int, found: Bool) {
        for index in entries.indices {
            let code = entries[index].language
            if code == language { return (index, true) }
            if ByteOrder.precedes(language, code) { return (index, false) }
        }
        return (entries.count, false)
    }

    /// Room for this many languages, so that adding them one by one allocates once.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    /// The language codes, in order.
    public var keys: [String] { entries.map(\.language) }
    /// The string of the first code in order.
    public var first: Entry? { entries.first }

    public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }
}

/// Written as a JSON object of strings by language code, as a dictionary would be.
extension Translations: Encodable {
    private struct Code: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Code.self)
        for entry in entries { try container.encode(entry.text, forKey: Code(stringValue: entry.language)) }
    }
}
