/// The id syntax of the metamodel: `^[a-z0-9]+([.-][a-z0-9]+)*$`, checked without regex.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        var previousWasSeparator = true
        var any = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasSeparator = false
                any = true
            case UInt8(ascii: "."), UInt8(ascii: "-"):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return any && !previousWasSeparator
    }
}
