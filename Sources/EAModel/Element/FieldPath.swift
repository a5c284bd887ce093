/// Field paths as findings name them (`messages[0].schema`), each made in one allocation
/// from the bytes of its parts. A path is made for every reference and every path field
/// in the model, and interpolating `"\(path)[\(index)]"` appends piece by piece, at about
/// twice the cost.
public enum FieldPath {
    /// `path[index]`: an item of a list (`index` counts from 0).
    public static func item(_ path: String, _ index: Int) -> String {
        // The decimal digits, written backwards from the end of twenty bytes (UInt.max has 20).
        var digits: (UInt64, UInt64, UInt32) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            var rest = UInt(index)
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            return joined(path, "[", UnsafeRawBufferPointer(rebasing: buffer[start...]), closing: "]")
        }
    }

    /// `path.name`: a field of a record.
    public static func member(_ path: String, _ name: String) -> String {
        var name = name
        return name.withUTF8 { joined(path, ".", UnsafeRawBufferPointer($0), closing: nil) }
    }

    private static func joined(_ path: String, _ separator: Unicode.Scalar, _ tail: UnsafeRawBufferPointer,
                               closing: Unicode.Scalar?) -> String {
        var path = path
        return path.withUTF8 { head in
            let count = head.count + 1 + tail.count + (closing == nil ? 0 : 1)
            return String(unsafeUninitializedCapacity: count) { output in
                let bytes = UnsafeMutableRawBufferPointer(output)
                bytes.copyMemory(from: UnsafeRawBufferPointer(head))
                bytes[head.count] = UInt8(ascii: separator)
                UnsafeMutableRawBufferPointer(rebasing: bytes[(head.count + 1)...]).copyMemory(from: tail)
                if let closing { bytes[count - 1] = UInt8(ascii: closing) }
                return count
            }
        }
    }
}
