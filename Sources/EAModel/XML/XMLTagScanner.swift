#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds where each start tag and each of its attributes begins in an XML file.
///
/// libxml2 records only the line on which a start tag *ends*, and no column; users
/// need `file:line:col` for XML as for YAML. The file has already been parsed as
/// well-formed by libxml2, so this scanner only has to skip comments, CDATA sections
/// and processing instructions and can then read start tags in document order, which
/// is the order of a pre-order walk of the element tree. It jumps between markup with
/// `memchr` and counts lines and columns once, forward, up to each position it reports.
struct XMLTagScanner {
    struct StartTag {
        var position: TextPosition
        /// Attribute qualified names (`id`, `xml:lang`), as byte ranges of the scanned
        /// bytes, with where each begins.
        var attributes: [(name: Range<Int>, position: TextPosition)]
    }

    static func scan(_ bytes: [UInt8]) -> [StartTag] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var scanner = Scanner(base: base, count: buffer.count)
            return scanner.run()
        }
    }

    private struct Scanner {
        let base: UnsafePointer<UInt8>
        let count: Int
        /// Lines and columns are counted up to `counted`, never twice.
        var counted = 0
        var line = 1
        var column = 1

        init(base: UnsafePointer<UInt8>, count: Int) {
            self.base = base
            self.count = count
        }

        /// The position of a byte at or after the last one asked for. Columns count
        /// characters: UTF-8 continuation bytes do not start one.
        mutating func position(at offset: Int) -> TextPosition {
            while counted < offset {
                let byte = base[counted]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                counted += 1
            }
            return TextPosition(line: line, column: column)
        }

        /// The offset of the next `byte` from `offset`, or `count` when there is none.
        func find(_ byte: UInt8, from offset: Int) -> Int {
            guard offset < count, let found = memchr(base + offset, Int32(byte), count - offset) else { return count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }

        func starts(_ text: StaticString, at offset: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            return offset + length <= count && memcmp(base + offset, text.utf8Start, length) == 0
        }

        /// The offset just past the next `terminator` from `offset`, or `count`.
        func end(of terminator: StaticString, from offset: Int) -> Int {
            var at = offset
            while true {
                at = find(terminator.utf8Start[0], from: at)
                if at >= count { return count }
                if starts(terminator, at: at) { return at + terminator.utf8CodeUnitCount }
                at += 1
            }
        }

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        static func isNameByte(_ byte: UInt8) -> Bool {
            !(isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/"))
        }

        mutating func run() -> [StartTag] {
            var tags: [StartTag] = []
            var index = 0
            while true {
                index = find(UInt8(ascii: "<"), from: index)
                guard index < count else { break }
                if starts("<!--", at: index) { index = end(of: "-->", from: index + 4); continue }
                if starts("<![CDATA[", at: index) { index = end(of: "]]>", from: index + 9); continue }
                if starts("<?", at: index) { index = end(of: "?>", from: index + 2); continue }
                if starts("<!", at: index) || starts("</", at: index) { index = end(of: ">", from: index + 1); continue }

                var tag = StartTag(position: position(at: index), attributes: [])
                index += 1
                while index < count, Self.isNameByte(base[index]) { index += 1 }
                // Attributes until the tag closes.
                while index < count {
                    let byte = base[index]
                    if byte == UInt8(ascii: ">") { index += 1; break }
                    if Self.isSpace(byte) || byte == UInt8(ascii: "/") { index += 1; continue }
                    let nameStart = index
                    while index < count, Self.isNameByte(base[index]) { index += 1 }
                    let nameEnd = index
                    while index < count, base[index] != UInt8(ascii: "\""), base[index] != UInt8(ascii: "'") { index += 1 }
                    guard index < count else { break }
                    index = find(base[index], from: index + 1) + 1
                    if nameEnd > nameStart { tag.attributes.append((nameStart..<nameEnd, position(at: nameStart))) }
                }
                tags.append(tag)
            }
            return tags
        }
    }
}
