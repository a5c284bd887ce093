import EAModel

extension Element {
    /// The element's lifecycle is `retired`: it describes the past and is left alone by
    /// rules about current obligations.
    var isRetired: Bool { lifecycle == "retired" }
}
