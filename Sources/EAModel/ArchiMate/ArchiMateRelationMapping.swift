/// How a reference written in the model is drawn as an ArchiMate relationship.
///
/// Each reference field has a natural relationship type and direction: `owner` is an
/// Assignment from the Organisation to what it owns, `supportedBy` a Serving from the
/// system to the process, `holds` an Access from the system to the data. The exporter
/// uses the natural type where ArchiMate 3.2 allows it between the two element types
/// and falls back to Association otherwise (ArchiMate allows an Association between
/// almost any two concepts); the direction stays, so the importer knows which end holds
/// the field. A field the table does not know is an Association from its holder.
public struct ArchiMateRelationMapping: Sendable, Hashable {
    public var type: ArchiMateRelationshipType
    /// Whether the relationship runs from the referenced element to the one that writes
    /// the reference (an owner is assigned to what it owns).
    public var reversed: Bool
    /// For Access: Read, Write or ReadWrite (nil: unspecified).
    public var accessType: String?

    public init(_ type: ArchiMateRelationshipType, reversed: Bool = false, accessType: String? = nil) {
        self.type = type
        self.reversed = reversed
        self.accessType = accessType
    }

    /// Natural mappings by top-level field, or `field.leaf` inside records.
    static let natural: [String: ArchiMateRelationMapping] = [
        "owner": .init(.assignment, reversed: true),
        "operator": .init(.assignment, reversed: true),
        "parent": .init(.aggregation, reversed: true),
        "realizedBy": .init(.realization, reversed: true),
        "legalBasis": .init(.realization),
        "supportedBy": .init(.serving, reversed: true),
        "uses": .init(.access),
        "parties": .init(.association),
        "authoritativeSource": .init(.access, reversed: true, accessType: "Write"),
        "hosting": .init(.realization, reversed: true),
        "dependsOn": .init(.serving, reversed: true),
        "standards": .init(.realization),
        "authentication": .init(.realization),
        "standard": .init(.realization),
        "provider": .init(.composition, reversed: true),
        "via": .init(.serving, reversed: true),
        "supersededBy": .init(.association),
        "delivers": .init(.realization),
        "sameAs": .init(.association),
        "holds.entity": .init(.access, accessType: "Read"),
        "messages.carries": .init(.access),
        "attributes.codeList": .init(.association),
        "attributes.entity": .init(.association),
        "attributes.standard": .init(.association),
        "funding.funder": .init(.association),
    ]

    /// The natural mapping of a reference in `field` (its innermost field `leaf`); for
    /// `holds`, the record tells whether the system masters the entity.
    public static func natural(field: String, leaf: String, record: Record? = nil) -> ArchiMateRelationMapping {
        let key = field == leaf ? field : field + "." + leaf
        var mapping = natural[key] ?? natural[field] ?? .init(.association)
        if key == "holds.entity", record?.string("role") == "master" { mapping.accessType = "ReadWrite" }
        return mapping
    }

    /// Whether relationships drawn from `field` run from the referenced element to its holder.
    public static func isReversed(field: String) -> Bool {
        natural[field]?.reversed ?? false
    }

    /// The type to write between two concepts: the natural one when the ArchiMate table
    /// allows it, else Association, else nil (the table allows nothing).
    public func allowedType(from source: String, to target: String) -> ArchiMateRelationshipType? {
        if ArchiMateRelationshipRules.allows(type, from: source, to: target) { return type }
        if ArchiMateRelationshipRules.allows(.association, from: source, to: target) { return .association }
        return nil
    }

    /// A field name as words for a relationship's name (`realizedBy` → `realized by`).
    public static func label(_ field: String) -> String {
        var out = ""
        for character in field {
            if character.isUppercase {
                out += " " + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
