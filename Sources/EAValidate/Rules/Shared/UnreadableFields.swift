import EAModel

/// Fields that were written but could not be read: the decoder drops them and INT002
/// reports them. A rule that checks that a field is given asks here first, so a typo in a
/// value is reported once, by INT002, and not again as a missing field.
struct UnreadableFields {
    private let keys: Set<String>
    private let paths: Set<String>

    init(_ repository: Repository) {
        var keys = Set<String>()
        var paths = Set<String>()
        for issue in repository.issues where issue.category == .structure {
            guard let element = issue.elementID else { continue }
            let field = issue.subject.prefix { $0 != "[" && $0 != "." }
            keys.insert(element + "\u{1F}" + field)
            paths.insert(element + "\u{1F}" + issue.subject)
        }
        self.keys = keys
        self.paths = paths
    }

    /// Whether INT002 reported a problem at exactly this field path (`attributes[2].codeList`).
    /// A repository without structure issues (the usual one) answers without building a key.
    func contains(_ element: Element, path: String) -> Bool {
        !paths.isEmpty && paths.contains(element.id + "\u{1F}" + path)
    }

    /// Whether INT002 reported a problem in this top-level field of the element.
    func contains(_ element: Element, _ field: String) -> Bool {
        !keys.isEmpty && keys.contains(element.id + "\u{1F}" + field)
    }

    /// Whether the element gives no value for the field (absent, or an empty list) and
    /// did not try to: nothing about it was reported by INT002.
    func lacks(_ element: Element, _ field: String) -> Bool {
        guard !contains(element, field) else { return false }
        switch element.field(field)?.value {
        case nil: return true
        case .list(let items)?: return items.isEmpty
        default: return false
        }
    }
}
