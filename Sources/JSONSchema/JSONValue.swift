/// A JSON value, with the position where it starts in its source text when it was read
/// from one.
///
/// Build one with ``JSONReader`` from bytes, or from any other source (a YAML document, a
/// model in memory) with the public initializers. Equality is JSON Schema equality:
/// positions and member order do not count, numbers compare mathematically (`1.0 == 1`)
/// and strings compare by Unicode scalars.
public struct JSONValue: Sendable, Hashable, CustomStringConvertible {
    /// What the value is.
    public enum Content: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public var content: Content
    /// Where the value starts (its first character) in the source text, if known.
    public var position: JSONPosition?

    public init(_ content: Content, position: JSONPosition? = nil) {
        self.content = content
        self.position = position
    }

    public static let null = JSONValue(.null)

    public init(_ value: Bool, position: JSONPosition? = nil) { self.init(.bool(value), position: position) }
    public init(_ value: String, position: JSONPosition? = nil) { self.init(.string(value), position: position) }
    public init(_ value: Int, position: JSONPosition? = nil) { self.init(.number(JSONNumber(value)), position: position) }
    public init(_ value: Double, position: JSONPosition? = nil) { self.init(.number(JSONNumber(value)), position: position) }
    public init(_ value: JSONNumber, position: JSONPosition? = nil) { self.init(.number(value), position: position) }
    public init(_ value: [JSONValue], position: JSONPosition? = nil) { self.init(.array(value), position: position) }
    public init(_ value: JSONObject, position: JSONPosition? = nil) { self.init(.object(value), position: position) }

    public var isNull: Bool { if case .null = content { return true } else { return false } }
    public var boolValue: Bool? { if case .bool(let b) = content { return b } else { return nil } }
    public var numberValue: JSONNumber? { if case .number(let n) = content { return n } else { return nil } }
    public var stringValue: String? { if case .string(let s) = content { return s } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = content { return a } else { return nil } }
    public var objectValue: JSONObject? { if case .object(let o) = content { return o } else { return nil } }

    /// The member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = content { return o[key] }
        return nil
    }

    /// The element at `index`, if this is an array that long.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let a) = content, index >= 0, index < a.count { return a[index] }
        return nil
    }

    /// The JSON type name: `null`, `boolean`, `number` (or `integer`), `string`, `array`, `object`.
    public var typeName: String {
        switch content {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let n): return n.isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.content, rhs.content) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        // Code-point equality (Swift's own == would also equate canonically equivalent
        // strings, which JSON Schema does not).
        case (.string(let a), .string(let b)): return a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch content {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .number(let n): hasher.combine(2); hasher.combine(n)
        // String's hash is over its normalized form: equal byte sequences hash equally.
        case .string(let s): hasher.combine(3); hasher.combine(s)
        case .array(let a): hasher.combine(4); hasher.combine(a)
        case .object(let o): hasher.combine(5); hasher.combine(o)
        }
    }

    /// Compact JSON text of the value.
    public var description: String {
        var out = ""
        JSONValue.write(self, into: &out)
        return out
    }

    static func write(_ v: JSONValue, into out: inout String) {
        switch v.content {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.literal
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out += "["
            for (i, e) in a.enumerated() {
                if i > 0 { out += "," }
                write(e, into: &out)
            }
            out += "]"
        case .object(let o):
            out += "{"
            for (i, m) in o.members.enumerated() {
                if i > 0 { out += "," }
                writeString(m.key, into: &out)
                out += ":"
                write(m.value, into: &out)
            }
            out += "}"
        }
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

/// A JSON object: its members in source order, each with the position of its key.
///
/// Lookup by key finds the first member with that key. Objects from ``JSONReader`` never
/// have duplicate keys (the reader reports them as errors).
public struct JSONObject: Sendable, Hashable {
    /// One `"key": value` pair.
    public struct Member: Sendable {
        public var key: String
        /// Where the key's opening quote is, if known.
        public var keyPosition: JSONPosition?
        public var value: JSONValue

        public init(key: String, keyPosition: JSONPosition? = nil, value: JSONValue) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public let members: [Member]
    /// Built for larger objects, where a linear scan would cost more than hashing.
    private let index: [String: Int]?

    static let indexThreshold = 12

    public init(_ members: [Member]) {
        self.members = members
        if members.count > JSONObject.indexThreshold {
            var index = [String: Int](minimumCapacity: members.count)
            for (i, m) in members.enumerated() where index[m.key] == nil { index[m.key] = i }
            self.index = index
        } else {
            self.index = nil
        }
    }

    /// Members from key-value pairs, in the order given.
    public init(_ pairs: [(String, JSONValue)]) {
        self.init(pairs.map { Member(key: $0.0, value: $0.1) })
    }

    init(members: [Member], index: [String: Int]?) {
        self.members = members
        self.index = index
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The position in `members` of the first member named `key`.
    public func memberIndex(forKey key: String) -> Int? {
        if let index { return index[key] }
        for i in members.indices where members[i].key == key { return i }
        return nil
    }

    public subscript(key: String) -> JSONValue? {
        guard let i = memberIndex(forKey: key) else { return nil }
        return members[i].value
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for m in lhs.members {
            guard let other = rhs[m.key], other == m.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent, as equality is.
        var sum = 0
        for m in members {
            var h = Hasher()
            h.combine(m.key)
            h.combine(m.value)
            sum = sum &+ h.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(sum)
    }
}

extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(booleanLiteral value: Bool) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }
    public init(stringLiteral value: String) { self.init(value) }
    public init(arrayLiteral elements: JSONValue...) { self.init(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(JSONObject(elements)) }
}
