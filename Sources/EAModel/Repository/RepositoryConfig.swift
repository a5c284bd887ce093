/// The repository's `eaf.yaml`: which folders hold the model, which are read only so
/// references resolve, the languages names must be given in, rule settings and waivers.
/// Without the file every default applies and the whole folder is the model.
public struct RepositoryConfig: Sendable {
    /// A rule setting as written: a rule id or a layer name, and a severity or `off`.
    /// EAValidate interprets it; unknown ids become findings there.
    public struct RuleSetting: Sendable, Hashable {
        public var scope: String
        public var level: String
        public var location: SourceLocation
    }

    /// A waiver as written: findings of `rule` on `element` are accepted until `expires`.
    public struct Waiver: Sendable, Hashable {
        public var rule: String
        public var element: String
        public var reason: String
        public var approvedBy: String
        public var expires: LocalDate?
        public var location: SourceLocation
    }

    /// A folder named in `model` or `reference`, with where it is named.
    public struct FolderSetting: Sendable, Hashable {
        public var path: String
        public var location: SourceLocation?
    }

    public static let fileName = "eaf.yaml"

    public var name: String?
    public var metamodel: Int = Metamodel.version
    public var model: [FolderSetting] = [FolderSetting(path: ".", location: nil)]
    public var reference: [FolderSetting] = []
    public var languages: [String] = []
    public var rules: [RuleSetting] = []
    public var waivers: [Waiver] = []
    /// Whether the settings came from an `eaf.yaml` (false: defaults).
    public var isPresent = false

    public init() {}

    /// Reads `eaf.yaml` bytes. A file that is not well-formed YAML gives `nil` and its
    /// issue (nothing sensible can be read with it); any other problem is an issue
    /// beside the settings that could be read.
    public static func parse(_ bytes: [UInt8], file: String = fileName) -> (config: RepositoryConfig?, issues: [LoadIssue]) {
        let parsed = YAMLReader().read(bytes, file: file)
        if let failure = parsed.issues.first(where: { $0.category == .malformed }) {
            return (nil, parsed.issues.filter { $0 != failure } + [failure])
        }
        var issues = parsed.issues
        var config = RepositoryConfig()
        config.isPresent = true
        guard let root = parsed.documents.first, !root.isNull else { return (config, issues) }
        guard case .mapping(let entries) = root.content else {
            issues.append(LoadIssue(.structure, "eaf.yaml must be a mapping of settings (name, model, reference, languages, rules, waivers)", at: root.position.in(file)))
            return (config, issues)
        }
        func issue(_ message: String, _ node: Node) {
            issues.append(LoadIssue(.structure, message, at: node.position.in(file), subject: "eaf.yaml"))
        }
        func strings(_ node: Node, _ field: String) -> [(text: String, node: Node)] {
            if let text = node.scalar, !node.isNull { return [(text, node)] }
            guard case .sequence(let items) = node.content else {
                issue("'\(field)' must be a list of strings", node)
                return []
            }
            return items.compactMap { item in
                if let text = item.scalar, !item.isNull { return (text, item) }
                issue("items of '\(field)' must be strings", item)
                return nil
            }
        }
        let known = ["name", "metamodel", "model", "reference", "languages", "rules", "waivers"]
        for entry in entries {
            guard let key = entry.key.scalar else { continue }
            let value = entry.value
            switch key {
            case "name":
                config.name = value.scalar
            case "metamodel":
                if let text = value.scalar, let version = Int(text) {
                    config.metamodel = version
                    if version != Metamodel.version {
                        issue("metamodel \(version) is not supported; this eaf reads metamodel \(Metamodel.version)", value)
                    }
                } else {
                    issue("'metamodel' must be a whole number (\(Metamodel.version))", value)
                }
            case "model":
                config.model = strings(value, key).map { FolderSetting(path: $0.text, location: $0.node.position.in(file)) }
            case "reference":
                config.reference = strings(value, key).map { FolderSetting(path: $0.text, location: $0.node.position.in(file)) }
            case "languages":
                for (language, node) in strings(value, key) {
                    if ElementDecoder.isLanguageCode(language) {
                        config.languages.append(language)
                    } else {
                        issue("'\(language)' is not a language code such as ky, ru or en", node)
                    }
                }
            case "rules":
                guard case .mapping(let settings) = value.content else {
                    if !value.isNull { issue("'rules' must be a mapping of rule id or layer to error, warning, info or off", value) }
                    continue
                }
                for setting in settings {
                    guard let scope = setting.key.scalar, let level = setting.value.scalar else {
                        issue("each rule setting must be `ID: error|warning|info|off`", setting.key)
                        continue
                    }
                    config.rules.append(RuleSetting(scope: scope, level: level, location: setting.key.position.in(file)))
                }
            case "waivers":
                guard case .sequence(let items) = value.content else {
                    if !value.isNull { issue("'waivers' must be a list of {rule, element, reason, approvedBy, expires}", value) }
                    continue
                }
                for item in items {
                    if let waiver = parseWaiver(item, file: file, issue: issue) { config.waivers.append(waiver) }
                }
            default:
                issue("unknown setting '\(key)' in eaf.yaml\(Suggestion.hint(for: key, in: known))", entry.key)
            }
        }
        return (config, issues)
    }

    private static func parseWaiver(_ node: Node, file: String, issue: (String, Node) -> Void) -> Waiver? {
        guard case .mapping(let entries) = node.content else {
            issue("a waiver must be a mapping of rule, element, reason, approvedBy and expires", node)
            return nil
        }
        var values: [String: Node] = [:]
        let known = ["rule", "element", "reason", "approvedBy", "expires"]
        for entry in entries {
            guard let key = entry.key.scalar else { continue }
            if known.contains(key) {
                values[key] = entry.value
            } else {
                issue("unknown waiver field '\(key)'\(Suggestion.hint(for: key, in: known))", entry.key)
            }
        }
        var missing: [String] = []
        for key in ["rule", "element", "reason", "approvedBy"] where values[key]?.scalar == nil || values[key]!.isNull {
            missing.append(key)
        }
        if !missing.isEmpty {
            issue("a waiver needs \(missing.joined(separator: ", ")): say which finding is accepted, why, and who approved it", node)
            return nil
        }
        var expires: LocalDate?
        if let node = values["expires"] {
            expires = node.scalar.flatMap { LocalDate($0) }
            if expires == nil { issue("'expires' must be a date (YYYY-MM-DD)", node) }
        }
        return Waiver(rule: values["rule"]!.scalar!, element: values["element"]!.scalar!, reason: values["reason"]!.scalar!,
                      approvedBy: values["approvedBy"]!.scalar!, expires: expires, location: node.position.in(file))
    }
}
