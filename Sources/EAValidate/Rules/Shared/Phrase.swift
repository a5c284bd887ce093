/// Lists for messages: `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`; past `limit` items the
/// rest are counted (`… and 4 more`), so a message stays one readable line.
enum Phrase {
    static func list(_ items: [String], quoted: Bool = true, limit: Int = 6) -> String {
        var parts = quoted ? items.map { "'\($0)'" } : items
        if parts.count > limit {
            let rest = parts.count - (limit - 1)
            parts = Array(parts.prefix(limit - 1)) + ["\(rest) more"]
        }
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }
}
