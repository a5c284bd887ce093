/// The schema keywords the compiler acts on, of both drafts.
///
/// A member's key is looked up once: a `switch` over forty `String` cases compares them
/// one by one, and every key that is no keyword at all (`description`, `title`,
/// `examples`) went through all forty comparisons.
enum Keyword: String, Sendable, CaseIterable {
    // Core
    case ref = "$ref"
    case dynamicRef = "$dynamicRef"
    case id = "$id"
    case draft4ID = "id"
    case anchor = "$anchor"
    case dynamicAnchor = "$dynamicAnchor"
    case defs = "$defs"
    case definitions

    // Validation
    case type
    case enumeration = "enum"
    case const
    case multipleOf
    case maximum
    case exclusiveMaximum
    case minimum
    case exclusiveMinimum
    case maxLength
    case minLength
    case pattern
    case maxItems
    case minItems
    case uniqueItems
    case maxContains
    case minContains
    case maxProperties
    case minProperties
    case required
    case dependentRequired
    case format

    // Applicators
    case properties
    case patternProperties
    case additionalProperties
    case propertyNames
    case dependentSchemas
    case dependencies
    case prefixItems
    case items
    case additionalItems
    case contains
    case allOf
    case anyOf
    case oneOf
    case not
    case `if`
    case then
    case `else`
    case unevaluatedProperties
    case unevaluatedItems
    case contentSchema

    /// Keywords by the length of their name, each with its first byte: a key is compared
    /// only with the one or two keywords of its length that start as it does. Hashing the
    /// key for a dictionary cost about twice as much.
    private static let byLength: [[(first: UInt8, name: String, keyword: Keyword)]] = {
        let longest = allCases.map(\.rawValue.utf8.count).max() ?? 0
        var table = [[(first: UInt8, name: String, keyword: Keyword)]](repeating: [], count: longest + 1)
        for keyword in allCases {
            let name = keyword.rawValue
            table[name.utf8.count].append((name.utf8.first ?? 0, name, keyword))
        }
        return table
    }()

    /// The keyword a member key names, if it is one.
    init?(_ name: String) {
        let length = name.utf8.count
        guard length > 0, length < Keyword.byLength.count else { return nil }
        let first = name.utf8.first
        for candidate in Keyword.byLength[length] where candidate.first == first && candidate.name == name {
            self = candidate.keyword
            return
        }
        return nil
    }
}
