import EAModel

/// Text of one row per item, the rows written in runs on all threads and joined in item
/// order: the same text as one loop writes, for the HTML and Markdown reports' tables of
/// every element, a national repository's longest lists (100,000 rows).
enum RowText {
    /// Fewer items than this a run are written on one thread.
    static let shortestRun = 256

    static func joined<Item: Sendable>(_ items: [Item], threads: Int, _ row: @Sendable (Item, inout String) -> Void) -> String {
        let count = threads > 1 ? min(items.count / shortestRun, threads * 8) : 0
        guard count > 1 else {
            var text = ""
            for item in items { row(item, &text) }
            return text
        }
        let runs = Parallel.ranges(of: items.count, runs: count)
        return Parallel.map(runs.count, threads: threads) { run in
            var text = ""
            for item in items[runs[run]] { row(item, &text) }
            return text
        }.joined()
    }
}
