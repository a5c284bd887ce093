/// A parsed document before it is read as model elements: scalars, sequences and
/// mappings, each with its position. YAML and XML model files both become node trees,
/// so one decoder turns both into the same elements.
public struct Node: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A scalar's text; `quoted` when it was written quoted (or given as XML text),
        /// so that a plain `null` or `~` can be told from the string "null".
        case scalar(String, quoted: Bool)
        case sequence([Node])
        case mapping([MappingEntry])
    }

    public var content: Content
    public var position: TextPosition
    /// How many nodes this subtree holds; bounds the work of expanding aliases.
    public var size: Int

    public init(_ content: Content, at position: TextPosition) {
        self.content = content
        self.position = position
        switch content {
        case .scalar: size = 1
        case .sequence(let items): size = items.reduce(1) { $0 + $1.size }
        case .mapping(let entries): size = entries.reduce(1) { $0 + $1.key.size + $1.value.size }
        }
    }

    /// The scalar's text, or nil for a sequence or mapping.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Whether this is a plain YAML null (`~`, `null`, or nothing).
    public var isNull: Bool {
        if case .scalar(let text, let quoted) = content, !quoted { return Self.isNullText(text) }
        return false
    }

    /// Whether a plain scalar's text means null: nothing, `~`, `null`, `Null` or `NULL`.
    static func isNullText(_ text: String) -> Bool {
        // By length first: this is asked of nearly every scalar while decoding.
        switch text.utf8.count {
        case 0: true
        case 1: text.utf8.first == UInt8(ascii: "~")
        case 4: text == "null" || text == "Null" || text == "NULL"
        default: false
        }
    }

    /// What kind of node this is, for messages.
    public var shape: String {
        switch content {
        case .scalar: isNull ? "nothing" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One key and value of a mapping node.
public struct MappingEntry: Sendable, Equatable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// One document of a model file, ready to be decoded as an element.
public struct ParsedDocument: Sendable {
    public var root: Node
    /// The kind given by the XML element name; YAML documents say it in a `kind` field.
    public var impliedKind: Kind?
    /// Whether every mapping's keys are known to differ (the YAML readers keep the first
    /// of a repeated key); XML elements may repeat a child, and the last one then wins.
    public var uniqueKeys: Bool

    public init(root: Node, impliedKind: Kind? = nil, uniqueKeys: Bool = false) {
        self.root = root
        self.impliedKind = impliedKind
        self.uniqueKeys = uniqueKeys
    }
}
