import CLibYAML

/// Reads YAML bytes into node trees: the common shape of model files with
/// `BlockYAMLReader`, everything else by walking libyaml's event parser.
///
/// libyaml is used directly rather than through Yams: it is several times faster on
/// model files and Yams bundles its own copy of the same C symbols (DESIGN.md §1).
/// The reader keeps every node's position, reports repeated keys, and bounds alias
/// expansion and nesting so that hostile input ends in an issue, not a hang.
public struct YAMLReader: Sendable {
    /// The most nodes that aliases may add to one file before it counts as an alias bomb.
    public var maxAliasExpansion: Int
    /// The deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// Whether files of the usual shape are read by `BlockYAMLReader`; false reads every
    /// file with libyaml, which must give the same result (the `yaml` fuzz target checks).
    public var fastPath: Bool

    public init(maxAliasExpansion: Int = 1_000_000, maxDepth: Int = 256, fastPath: Bool = true) {
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDepth = maxDepth
        self.fastPath = fastPath
    }

    /// The documents of one file and the problems met reading it. Documents before a
    /// syntax error are kept; libyaml cannot resume after one.
    public struct Result: Sendable {
        public var documents: [Node]
        public var issues: [LoadIssue]
    }

    /// A sequence or mapping being built. Frames are mutated in place on the stack, so
    /// appending a child never copies the siblings before it.
    private struct Frame {
        var isMapping: Bool
        var start: TextPosition
        var anchor: String?
        var items: [Node] = []
        var entries: [MappingEntry] = []
        /// A mapping's key waiting for its value; `skipValue` drops the value of a repeated key.
        var pendingKey: Node?
        var skipValue = false
        /// Keys seen so far, built only once a mapping is large enough for a linear scan
        /// to cost more than hashing.
        var keyIndex: [String: TextPosition]?

        init(isMapping: Bool, start: TextPosition, anchor: String?) {
            self.isMapping = isMapping
            self.start = start
            self.anchor = anchor
        }

        /// Where `key` was first given in this mapping, if it was.
        mutating func firstPosition(of key: String) -> TextPosition? {
            if keyIndex == nil && entries.count >= 16 {
                var index: [String: TextPosition] = [:]
                for entry in entries { if let text = entry.key.scalar, index[text] == nil { index[text] = entry.key.position } }
                keyIndex = index
            }
            if let keyIndex { return keyIndex[key] }
            return entries.first { $0.key.scalar == key }?.key.position
        }
    }

    private struct Failure: Error {
        var issue: LoadIssue
    }

    public func read(_ bytes: [UInt8], file: String) -> Result {
        if fastPath, let documents = bytes.withUnsafeBufferPointer({ BlockYAMLReader.read($0, maxDepth: maxDepth) }) {
            return Result(documents: documents, issues: [])
        }
        return readWithLibYAML(bytes, file: file)
    }

    /// Reads `bytes` with libyaml's event parser: every file `BlockYAMLReader` declines, and
    /// the reference the tests hold that reader to.
    func readWithLibYAML(_ bytes: [UInt8], file: String) -> Result {
        var documents: [Node] = []
        var issues: [LoadIssue] = []
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Result(documents: [], issues: [LoadIssue(.malformed, "could not start the YAML parser", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        defer { yaml_parser_delete(&parser) }

        bytes.withUnsafeBufferPointer { buffer in
            // libyaml reads the input through this pointer until the parser is deleted,
            // which happens before the closure returns.
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var stack: [Frame] = []
            var anchors: [String: Node] = [:]
            var expanded = 0
            var event = yaml_event_t()

            func position(_ mark: yaml_mark_t) -> TextPosition {
                TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
            func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
                guard let pointer else { return "" }
                return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
            }
            func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                guard let pointer else { return nil }
                return String(cString: pointer)
            }

            // Adds a finished node to its parent, or makes it the document's root.
            func attach(_ node: Node, anchor: String?) {
                if let anchor { anchors[anchor] = node }
                let top = stack.count - 1
                guard top >= 0 else {
                    documents.append(node)
                    return
                }
                if !stack[top].isMapping {
                    stack[top].items.append(node)
                } else if let key = stack[top].pendingKey {
                    if !stack[top].skipValue {
                        stack[top].entries.append(MappingEntry(key: key, value: node))
                        if let text = key.scalar { stack[top].keyIndex?[text] = key.position }
                    }
                    stack[top].pendingKey = nil
                    stack[top].skipValue = false
                } else {
                    // A repeated key's value is still parsed but then dropped: the first
                    // one stays, as the message says.
                    if let text = node.scalar, let first = stack[top].firstPosition(of: text) {
                        stack[top].skipValue = true
                        issues.append(LoadIssue(
                            .duplicateKey,
                            "key '\(text)' is repeated in this mapping (first at line \(first.line)); remove one of them",
                            at: node.position.in(file), related: [first.in(file)], subject: text))
                    }
                    stack[top].pendingKey = node
                }
            }

            func fail(_ message: String, at position: TextPosition) -> Failure {
                Failure(issue: LoadIssue(.malformed, message, at: position.in(file)))
            }

            do throws(Failure) {
                parsing: while true {
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        throw Failure(issue: syntaxIssue(parser, bytes: buffer, file: file))
                    }
                    defer { yaml_event_delete(&event) }
                    let start = position(event.start_mark)
                    switch event.type {
                    case YAML_STREAM_END_EVENT:
                        break parsing
                    case YAML_DOCUMENT_START_EVENT:
                        anchors.removeAll(keepingCapacity: true)
                    case YAML_SCALAR_EVENT:
                        let scalar = event.data.scalar
                        let text = string(scalar.value, scalar.length)
                        let tag = cString(scalar.tag)
                        let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE || tag == "tag:yaml.org,2002:str"
                        attach(Node(.scalar(text, quoted: quoted), at: start), anchor: cString(scalar.anchor))
                    case YAML_ALIAS_EVENT:
                        let name = cString(event.data.alias.anchor) ?? ""
                        guard let node = anchors[name] else {
                            throw fail("alias '*\(name)' names no anchor defined before it", at: start)
                        }
                        expanded += node.size
                        if expanded > maxAliasExpansion {
                            throw fail("aliases expand to more than \(maxAliasExpansion) nodes (an alias bomb?); write the values out or use fewer aliases", at: start)
                        }
                        var copy = node
                        copy.position = start
                        attach(copy, anchor: nil)
                    case YAML_SEQUENCE_START_EVENT:
                        if stack.count >= maxDepth {
                            throw fail("nesting is deeper than \(maxDepth) levels; flatten the document", at: start)
                        }
                        stack.append(Frame(isMapping: false, start: start, anchor: cString(event.data.sequence_start.anchor)))
                    case YAML_SEQUENCE_END_EVENT:
                        if let frame = stack.popLast() {
                            attach(Node(.sequence(frame.items), at: frame.start), anchor: frame.anchor)
                        }
                    case YAML_MAPPING_START_EVENT:
                        if stack.count >= maxDepth {
                            throw fail("nesting is deeper than \(maxDepth) levels; flatten the document", at: start)
                        }
                        stack.append(Frame(isMapping: true, start: start, anchor: cString(event.data.mapping_start.anchor)))
                    case YAML_MAPPING_END_EVENT:
                        if let frame = stack.popLast() {
                            attach(Node(.mapping(frame.entries), at: frame.start), anchor: frame.anchor)
                        }
                    default:
                        break
                    }
                }
            } catch {
                issues.append(error.issue)
            }
        }
        return Result(documents: documents, issues: issues)
    }

    /// Turns libyaml's error state into an issue at the parser's own position.
    private func syntaxIssue(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String) -> LoadIssue {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR {
            let at = Self.position(ofByte: Int(parser.problem_offset), in: bytes)
            return LoadIssue(.malformed, "not readable as YAML: \(problem) (byte \(parser.problem_offset)); save the file as UTF-8",
                             at: at.in(file))
        }
        let mark = parser.problem_mark
        var message = "not well-formed YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            let line = Int(parser.context_mark.line) + 1
            let column = Int(parser.context_mark.column) + 1
            message += " \(context) at \(line):\(column)"
        }
        return LoadIssue(.malformed, message,
                         at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }

    /// The line and column of a byte offset, counting columns in characters of valid UTF-8.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextPosition {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return TextPosition(line: line, column: column)
    }
}
