/// The schema keywords the compiler acts on, of both drafts.
///
/// A member's key is looked up once in a table: a `switch` over forty `String` cases
/// compares them one by one, and every key that is no keyword at all (`description`,
/// `title`, `examples`) went through all forty comparisons.
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

    private static let byName: [String: Keyword] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The keyword a member key names, if it is one.
    init?(_ name: String) {
        guard let keyword = Keyword.byName[name] else { return nil }
        self = keyword
    }
}
