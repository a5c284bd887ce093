/// "Did you mean …" for misspelt field names, enum values, kinds and ids.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible typo (at most a third of the word's length, and at least 1, at most 3 edits).
    /// Ties go to the candidate that sorts first, so the hint is stable.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = min(3, max(1, target.count / 3))
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            if abs(scalars.count - target.count) > limit { continue }
            let distance = editDistance(target, scalars, limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (distance, candidate)
            }
        }
        return best?.candidate
    }

    /// A message tail such as "; did you mean 'hosting'?", or "" with no close candidate.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        nearest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The most word-against-candidate comparisons a rule spends on hints in one run. Each
    /// look-up compares the word with every candidate, so thousands of misspelt ids among
    /// thousands of elements would take minutes (20,000 of each took over five); past
    /// this, a rule gives its findings without hints, decided by counts alone so that
    /// the output does not depend on the order of the files.
    public static let comparisonBudget = 2_000_000

    /// Candidates prepared once (lower-cased, as scalars) for many look-ups.
    public struct Candidates: Sendable {
        private let items: [(text: String, scalars: [Unicode.Scalar])]

        public init(_ candidates: some Sequence<String>) {
            items = candidates.map { ($0, Array($0.lowercased().unicodeScalars)) }
        }

        public var count: Int { items.count }

        /// As `Suggestion.nearest(to:in:)`, without preparing the candidates again.
        public func nearest(to word: String) -> String? {
            let target = Array(word.lowercased().unicodeScalars)
            let limit = min(3, max(1, target.count / 3))
            var best: (distance: Int, candidate: String)?
            for item in items {
                if abs(item.scalars.count - target.count) > limit { continue }
                let distance = Suggestion.editDistance(target, item.scalars, limit: limit)
                guard distance <= limit else { continue }
                if best == nil || distance < best!.distance || (distance == best!.distance && item.text < best!.candidate) {
                    best = (distance, item.text)
                }
            }
            return best?.candidate
        }

        public func hint(for word: String) -> String {
            nearest(to: word).map { "; did you mean '\($0)'?" } ?? ""
        }
    }

    /// Optimal string alignment distance, giving up early past `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
