import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process-wide set-up libxml2 needs, and the safe defaults every parse uses.
public enum LibXML {
    /// `xmlInitParser` must run once before threads use libxml2.
    public static let initialized: Bool = {
        xmlInitParser()
        EntityLoader.install()
        return true
    }()

    /// Network off; no entity substitution, DTD loading or default attributes from DTDs
    /// (those options are never passed); no "huge" documents.
    public static let safeParseOptions = Int32(XML_PARSE_NONET.rawValue)

    /// Collects libxml2's structured errors for one parse or validation on one thread.
    public final class ErrorCollector {
        public struct Entry {
            public var message: String
            public var line: Int
            public var column: Int
            public var node: UnsafeMutableRawPointer?
            public var isWarning: Bool
        }
        public var entries: [Entry] = []

        public init() {}

        /// Runs `body` with libxml2's per-thread structured error handler pointed at this collector.
        public func capturing<T>(_ body: () -> T) -> T {
            let context = Unmanaged.passUnretained(self).toOpaque()
            xmlSetStructuredErrorFunc(context, LibXML.collect)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return body()
        }
    }

    public static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        collector.entries.append(.init(
            message: LibXML.tidy(raw),
            line: Int(error.pointee.line),
            column: Int(error.pointee.int2),
            node: error.pointee.node,
            isWarning: error.pointee.level == XML_ERR_WARNING))
    }

    /// libxml2's messages end in a newline and spell names as `{namespace}local`;
    /// users write the local name, so that is what they are shown.
    public static func tidy(_ message: String) -> String {
        var text = message.trimmingCharacters(in: " \n\r\t")
        var searchFrom = text.startIndex
        while let open = text[searchFrom...].firstIndex(of: "{"),
              let close = text[open...].firstIndex(of: "}") {
            // Only `{namespace-uri}` prefixes go; `{13}` in a quoted pattern stays.
            if text[open..<close].contains(":") {
                text.removeSubrange(open...close)
                searchFrom = open
            } else {
                searchFrom = text.index(after: close)
            }
        }
        return text
    }

    /// Parses `bytes` with the safe options; `url` names the document (and is the base
    /// for its relative references). `context` is a parser context to reuse, one per
    /// thread; without one a context is made and freed here. Errors go to the thread's
    /// structured error handler, so call it inside `ErrorCollector.capturing`.
    public static func parse(_ bytes: [UInt8], url: String?, context: xmlParserCtxtPtr? = nil, options: Int32 = safeParseOptions) -> xmlDocPtr? {
        let parser = context ?? xmlNewParserCtxt()
        defer { if context == nil { xmlFreeParserCtxt(parser) } }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                eaf_xml_read_bytes(parser, chars.baseAddress, Int32(clamping: chars.count), url, options)
            }
        }
    }

    /// The concatenated text of a node's text and CDATA children.
    public static func text(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                var cursor = content
                while cursor.pointee != 0 {
                    bytes.append(cursor.pointee)
                    cursor += 1
                }
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension LibXML {
    /// Where a `<!DOCTYPE` starts in the bytes, if anywhere. Model files and messages are
    /// refused with one before parsing: neither needs a DTD (SOAP forbids them), and
    /// refusing it shuts out entity expansion and external entity attacks.
    public static func doctypeOffset(_ bytes: [UInt8]) -> Int? {
        // Anchored on the `!`: few files have any.
        firstOffset(of: Array("<!DOCTYPE".utf8), in: bytes, anchor: 1)
    }

    /// Where `needle` first occurs in `bytes`. memchr jumps to each occurrence of the
    /// needle's byte at `anchor` (choose a rare one), and only there is the whole needle
    /// compared.
    static func firstOffset(of needle: [UInt8], in bytes: [UInt8], anchor: Int = 0) -> Int? {
        guard needle.indices.contains(anchor), bytes.count >= needle.count else { return nil }
        return bytes.withUnsafeBytes { haystack -> Int? in
            needle.withUnsafeBytes { wanted -> Int? in
                guard let base = haystack.baseAddress, let pattern = wanted.baseAddress else { return nil }
                var offset = anchor
                while offset < haystack.count,
                      let found = memchr(base + offset, Int32(needle[anchor]), haystack.count - offset) {
                    let at = base.distance(to: UnsafeRawPointer(found)) - anchor
                    if at + needle.count <= haystack.count, memcmp(base + at, pattern, needle.count) == 0 { return at }
                    offset = at + anchor + 1
                }
                return nil
            }
        }
    }

    /// How many times `byte` occurs in `bytes`, counting no further than `limit + 1`.
    static func occurrences(of byte: UInt8, in bytes: [UInt8], upTo limit: Int) -> Int {
        bytes.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var offset = 0
            while count <= limit, offset < buffer.count,
                  let found = memchr(base + offset, Int32(byte), buffer.count - offset) {
                count += 1
                offset = base.distance(to: UnsafeRawPointer(found)) + 1
            }
            return count
        }
    }
}

extension LibXML {
    /// The most attributes (namespace declarations included) one start tag may carry.
    /// libxml2 2.9 compares a tag's attribute names pairwise for repeats, so a 1 MB tag of
    /// 100,000 attributes takes minutes to parse; no model file, message or schema needs
    /// more than a few dozen.
    public static let maxAttributesPerElement = 256

    /// A start tag with more than `limit` attributes: where it begins and how many it has.
    /// One pass over the bytes, skipping comments, CDATA, processing instructions and
    /// declarations, counting `=` outside quoted values in each tag.
    public static func attributeFlood(_ bytes: [UInt8], limit: Int = maxAttributesPerElement) -> (offset: Int, count: Int)? {
        // Every attribute has an `=`: a file with no more of them than the limit, as
        // nearly every file is, needs no closer look.
        guard occurrences(of: UInt8(ascii: "="), in: bytes, upTo: limit) > limit else { return nil }
        let count = bytes.count
        var index = 0
        func skip(past terminator: StaticString) {
            let end = terminator.utf8CodeUnitCount
            let text = terminator.utf8Start
            while index < count {
                if bytes[index] == text[0], index + end <= count {
                    var matched = true
                    for k in 1..<end where bytes[index + k] != text[k] { matched = false; break }
                    if matched { index += end; return }
                }
                index += 1
            }
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let start = index
            let next = index + 1 < count ? bytes[index + 1] : 0
            if next == UInt8(ascii: "!") {
                if index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    skip(past: "-->")
                } else if index + 2 < count, bytes[index + 2] == UInt8(ascii: "[") {
                    skip(past: "]]>")
                } else {
                    skip(past: ">")
                }
                continue
            }
            if next == UInt8(ascii: "?") { skip(past: "?>"); continue }
            if next == UInt8(ascii: "/") { skip(past: ">"); continue }
            index += 1
            var attributes = 0
            var quote: UInt8 = 0
            while index < count {
                let byte = bytes[index]
                index += 1
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                    if attributes > limit { return (start, attributes) }
                } else if byte == UInt8(ascii: ">") {
                    break
                }
            }
        }
        return nil
    }

    /// The message for a refused attribute flood.
    public static func attributeFloodMessage(_ count: Int) -> String {
        "an element has more than \(maxAttributesPerElement) attributes (\(count) counted so far); it is refused unparsed, as parsing it would take minutes"
    }
}

extension String {
    /// The text without the ASCII characters of `set` at either end, compared as code
    /// points (as XML defines its white space): read from the UTF-8 view, and not copied
    /// when there is nothing to trim. Every scalar text of an XML model file passes here;
    /// walking characters, with a set of them made for each call, cost 3,000 instructions
    /// a text.
    func trimmingCharacters(in set: String) -> String {
        func trimmed(_ byte: UInt8) -> Bool { byte < 0x80 && set.utf8.contains(byte) }
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, trimmed(utf8[start]) { start = utf8.index(after: start) }
        while end > start, trimmed(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start == utf8.startIndex && end == utf8.endIndex { return self }
        return String(self[start..<end])
    }
}
