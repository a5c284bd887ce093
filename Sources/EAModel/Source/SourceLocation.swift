/// A position in a source file, 1-based, as users see it in `file:line:col`.
///
/// `file` is relative to the repository root, with `/` separators, so that the
/// same repository gives the same locations wherever it is checked out.
///
/// The file is held by its interned handle (`SourceFile`), and line and column in 32 bits
/// each (files are at most 64 MiB): every field of every element carries a location, and
/// this keeps one to 12 bytes that copy without a reference count.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The file, by its interned handle: compared and hashed as one word.
    public var source: SourceFile
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The file's path; setting it interns the new path.
    public var file: String {
        get { source.path }
        set { source = SourceFile(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column
    }

    public init(file: String, line: Int, column: Int) {
        self.init(source: SourceFile(file), line: line, column: column)
    }

    public init(source: SourceFile, line: Int, column: Int) {
        self.source = source
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(file: container.decode(String.self, forKey: .file), line: container.decode(Int.self, forKey: .line),
                      column: container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.source != rhs.source { return ByteOrder.precedes(lhs.file, rhs.file) }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A line and column inside one file, before the file's path is attached.
public struct TextPosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public func `in`(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// This position in a file already interned: what readers use for every node.
    public func `in`(_ file: SourceFile) -> SourceLocation {
        SourceLocation(source: file, line: line, column: column)
    }
}
