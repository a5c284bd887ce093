/// Identifiers in the exchange format are `xs:ID`s (NCNames: a letter or `_` first, then
/// letters, digits, `.`, `-`, `_`). eaf ids may start with a digit, so every concept
/// gets a prefix that also keeps the kinds of concept apart: `id-` for elements (and
/// the Flows that Exchanges become), `rel-` for relationships, `view-`, `node-`,
/// `conn-` and `propdef-` for the rest. `_` never occurs in an eaf id, so it joins
/// two ids without ambiguity.
public enum ArchiMateIdentifier {
    public static let elementPrefix = "id-"

    public static func element(_ id: String) -> String { elementPrefix + id }

    /// The relationship drawn for the reference at `path` of element `source`
    /// (`holds[0].entity` → `rel-grs.registry_holds.0.entity`).
    public static func relationship(source: String, path: String) -> String {
        var token = ""
        for character in path {
            switch character {
            case "[", ".": if !token.hasSuffix(".") { token.append(".") }
            case "]": break
            default: token.append(character)
            }
        }
        return "rel-" + source + "_" + token
    }

    public static func view(_ organisation: String) -> String { "view-" + organisation }

    public static func node(view organisation: String, element: String) -> String { "node-" + organisation + "_" + element }

    public static func connection(view organisation: String, relationship: String) -> String { "conn-" + organisation + "_" + relationship }

    /// An eaf id for an exchange-format identifier: with `strippingPrefix` (a file eaf
    /// wrote), `id-grs.registry` gives `grs.registry` back; any other is lower-cased, with
    /// runs of characters eaf ids cannot hold turned into one `-` (`id-1544` stays
    /// `id-1544`). Nil when nothing usable is left.
    public static func eafID(from identifier: String, strippingPrefix: Bool = true) -> String? {
        if strippingPrefix, identifier.hasPrefix(elementPrefix) {
            let rest = String(identifier.dropFirst(elementPrefix.count))
            if Identifier.isValid(rest) { return rest }
        }
        return Identifier.derived(from: identifier)
    }
}
