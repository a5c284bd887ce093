/// A place in the metamodel where a reference to an element is written: the top-level
/// field, the innermost one, and the kinds it accepts. Every model reference names its
/// site by number instead of holding the three itself.
struct ReferenceSite: Sendable {
    let field: String
    let leafField: String
    let accepted: [Kind]
    /// `accepted` as one bit per kind's place, read without touching the array.
    let acceptedPlaces: UInt32

    init(field: String, leafField: String, accepted: [Kind]) {
        self.field = field
        self.leafField = leafField
        self.accepted = accepted
        acceptedPlaces = accepted.reduce(0) { $0 | 1 << UInt32($1.place) }
    }
}
