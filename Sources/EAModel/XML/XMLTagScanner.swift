/// Finds where each start tag and each of its attributes begins in an XML file.
///
/// libxml2 records only the line on which a start tag *ends*, and no column; users
/// need `file:line:col` for XML as for YAML. The file has already been parsed as
/// well-formed by libxml2, so this scanner only has to skip comments, CDATA sections
/// and processing instructions and can then read start tags in document order, which
/// is the order of a pre-order walk of the element tree.
struct XMLTagScanner {
    struct StartTag {
        var position: TextPosition
        /// Attribute qualified names (`id`, `xml:lang`) with where each begins.
        var attributes: [(name: String, position: TextPosition)]
    }

    static func scan(_ bytes: [UInt8]) -> [StartTag] {
        var tags: [StartTag] = []
        var index = 0
        var line = 1
        var column = 1
        let count = bytes.count

        func position() -> TextPosition { TextPosition(line: line, column: column) }
        // Columns count characters: UTF-8 continuation bytes do not start one.
        func advance(to end: Int) {
            while index < end && index < count {
                if bytes[index] == 0x0A {
                    line += 1
                    column = 1
                } else if bytes[index] & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
        }
        func skip(past terminator: [UInt8]) {
            while index < count {
                if bytes[index] == terminator[0], index + terminator.count <= count,
                   Array(bytes[index..<index + terminator.count]) == terminator {
                    advance(to: index + terminator.count)
                    return
                }
                advance(to: index + 1)
            }
        }
        func hasPrefix(_ text: String) -> Bool {
            let utf8 = Array(text.utf8)
            return index + utf8.count <= count && Array(bytes[index..<index + utf8.count]) == utf8
        }
        func isNameByte(_ byte: UInt8) -> Bool {
            !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "=")
              || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/"))
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                advance(to: index + 1)
                continue
            }
            if hasPrefix("<!--") { skip(past: Array("-->".utf8)); continue }
            if hasPrefix("<![CDATA[") { skip(past: Array("]]>".utf8)); continue }
            if hasPrefix("<?") { skip(past: Array("?>".utf8)); continue }
            if hasPrefix("<!") || hasPrefix("</") { skip(past: [UInt8(ascii: ">")]); continue }

            var tag = StartTag(position: position(), attributes: [])
            advance(to: index + 1)
            while index < count, isNameByte(bytes[index]) { advance(to: index + 1) }
            // Attributes until the tag closes.
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") { advance(to: index + 1); break }
                if isSpace(byte) || byte == UInt8(ascii: "/") { advance(to: index + 1); continue }
                let nameStart = index
                let namePosition = position()
                while index < count, isNameByte(bytes[index]) { advance(to: index + 1) }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
                while index < count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") {
                    advance(to: index + 1)
                }
                guard index < count else { break }
                let quote = bytes[index]
                advance(to: index + 1)
                while index < count, bytes[index] != quote { advance(to: index + 1) }
                advance(to: index + 1)
                if !name.isEmpty { tag.attributes.append((name, namePosition)) }
            }
            tags.append(tag)
        }
        return tags
    }
}
