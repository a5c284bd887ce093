/// A 1-based line and column in a JSON text, as a user sees it in an editor.
///
/// Columns count Unicode scalars, so a Cyrillic letter (two bytes in UTF-8) is one
/// column, and a tab is one column.
public struct JSONPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
