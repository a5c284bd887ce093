/// A position in a source file, 1-based, as users see it in `file:line:col`.
///
/// `file` is relative to the repository root, with `/` separators, so that the
/// same repository gives the same locations wherever it is checked out.
///
/// Line and column are kept in 32 bits each (files are at most 64 MiB): every field of
/// every element carries a location, and this keeps one to 24 bytes.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var file: String
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case file
        case storedLine = "line"
        case storedColumn = "column"
    }

    public init(file: String, line: Int, column: Int) {
        self.file = file
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return ByteOrder.precedes(lhs.file, rhs.file) }
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
}
