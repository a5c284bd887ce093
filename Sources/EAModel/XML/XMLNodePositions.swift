import CLibXML2

/// Line and column of every element and attribute of a parsed XML document, keyed by
/// libxml2's node pointers, so errors that name a node can be placed exactly.
public enum XMLNodePositions {
    /// Pairs elements, in pre-order, with the start tags `XMLTagScanner` finds in the
    /// same order in the bytes the document was parsed from.
    public static func map(_ root: xmlNodePtr, bytes: [UInt8]) -> [UnsafeMutableRawPointer: TextPosition] {
        let tags = XMLTagScanner.scan(bytes)
        var positions: [UnsafeMutableRawPointer: TextPosition] = [:]
        positions.reserveCapacity(tags.count * 2)
        var index = 0
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if index < tags.count {
                let tag = tags[index]
                positions[UnsafeMutableRawPointer(node)] = tag.position
                var attribute = node.pointee.properties
                while let current = attribute {
                    let prefix = current.pointee.ns?.pointee.prefix
                    if let found = tag.attributes.first(where: { names(bytes, $0.name, prefix: prefix, local: current.pointee.name) }) {
                        positions[UnsafeMutableRawPointer(current)] = found.position
                    }
                    attribute = current.pointee.next
                }
            }
            index += 1
            // Children go on the stack last first, so the first is visited next.
            var child = node.pointee.last
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append(current) }
                child = current.pointee.prev
            }
        }
        return positions
    }

    /// Whether the bytes in `range` spell `prefix:local` (or `local` without a prefix).
    private static func names(_ bytes: [UInt8], _ range: Range<Int>, prefix: UnsafePointer<xmlChar>?,
                              local: UnsafePointer<xmlChar>?) -> Bool {
        var offset = range.lowerBound
        func consume(_ text: UnsafePointer<xmlChar>) -> Bool {
            var cursor = text
            while cursor.pointee != 0 {
                guard offset < range.upperBound, bytes[offset] == cursor.pointee else { return false }
                offset += 1
                cursor += 1
            }
            return true
        }
        if let prefix {
            guard consume(prefix), offset < range.upperBound, bytes[offset] == UInt8(ascii: ":") else { return false }
            offset += 1
        }
        guard let local, consume(local) else { return false }
        return offset == range.upperBound
    }
}
