import CLibXML2

/// Line and column of every element and attribute of a parsed XML document, keyed by
/// libxml2's node pointers, so errors that name a node can be placed exactly.
public enum XMLNodePositions {
    /// Pairs elements, in pre-order, with the start tags `XMLTagScanner` finds in the
    /// same order in the bytes the document was parsed from.
    public static func map(_ root: xmlNodePtr, bytes: [UInt8]) -> [UnsafeMutableRawPointer: TextPosition] {
        let tags = XMLTagScanner.scan(bytes)
        var positions: [UnsafeMutableRawPointer: TextPosition] = [:]
        var index = 0
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if index < tags.count {
                let tag = tags[index]
                positions[UnsafeMutableRawPointer(node)] = tag.position
                var attribute = node.pointee.properties
                while let current = attribute {
                    let local = LibXML.name(current.pointee.name)
                    let prefix = current.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) }
                    let qualified = prefix.map { "\($0):\(local)" } ?? local
                    if let found = tag.attributes.first(where: { $0.name == qualified }) {
                        positions[UnsafeMutableRawPointer(current)] = found.position
                    }
                    attribute = current.pointee.next
                }
            }
            index += 1
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
                child = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return positions
    }
}
