import EAModel

extension ModelReference {
    /// The field path without list indices (`attributes.standard` for
    /// `attributes[2].standard`): a fingerprint subject that survives reordering a list.
    var stablePath: String {
        var out = ""
        var inIndex = false
        for character in path {
            switch character {
            case "[": inIndex = true
            case "]": inIndex = false
            default: if !inIndex { out.append(character) }
            }
        }
        return out
    }
}
