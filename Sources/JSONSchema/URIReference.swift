/// A URI reference split into its RFC 3986 components, with reference resolution.
///
/// Only what schema identification needs: no validation beyond the split, and
/// normalization limited to case-folding the scheme and host.
struct URIReference: Sendable, Hashable, CustomStringConvertible {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Splits per RFC 3986 appendix B; every string splits.
    init(_ text: String) {
        // The delimiters are ASCII code points (RFC 3986 and 3987 work on code points, not
        // characters), so they are found among the UTF-8 bytes: walking characters decided
        // grapheme breaks at every step, and searching the UTF-8 views of substrings cost
        // thousands of instructions a URI.
        var text = text
        (scheme, authority, path, query, fragment) = text.withUTF8 { bytes in
            func part(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var end = bytes.count
            var fragment: String?
            if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
                fragment = part(hash + 1..<end)
                end = hash
            }
            var query: String?
            if let q = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) {
                query = part(q + 1..<end)
                end = q
            }
            var start = 0
            var scheme: String?
            if let colon = bytes[..<end].firstIndex(of: UInt8(ascii: ":")), URIReference.isScheme(bytes[..<colon]) {
                scheme = part(0..<colon).lowercased()
                start = colon + 1
            }
            var authority: String?
            if end - start >= 2, bytes[start] == UInt8(ascii: "/"), bytes[start + 1] == UInt8(ascii: "/") {
                let hostEnd = bytes[(start + 2)..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
                authority = URIReference.lowercasingHost(part((start + 2)..<hostEnd))
                start = hostEnd
            }
            return (scheme, authority, part(start..<end), query, fragment)
        }
    }

    /// RFC 3986: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    static func isScheme<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool {
        guard let first = text.first, URIReference.isAlpha(first) else { return false }
        return text.allSatisfy { isAlpha($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    static func isAlpha(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// Lower-cases the host part of an authority (`user@Host:port`), which is case-insensitive.
    private static func lowercasingHost(_ authority: String) -> String {
        guard let at = authority.lastIndex(of: "@") else { return authority.lowercased() }
        return String(authority[...at]) + authority[authority.index(after: at)...].lowercased()
    }

    var isAbsolute: Bool { scheme != nil }

    var description: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// The same reference without its fragment.
    var withoutFragment: URIReference {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// Resolves this reference against `base` (RFC 3986 section 5.2.2).
    func resolved(against base: URIReference) -> URIReference {
        if scheme != nil {
            return URIReference(scheme: scheme, authority: authority, path: URIReference.removeDotSegments(path), query: query, fragment: fragment)
        }
        var target = URIReference(scheme: base.scheme, authority: nil, path: "", query: nil, fragment: fragment)
        if authority != nil {
            target.authority = authority
            target.path = URIReference.removeDotSegments(path)
            target.query = query
            return target
        }
        target.authority = base.authority
        if path.isEmpty {
            target.path = base.path
            target.query = query ?? base.query
        } else {
            if path.hasPrefix("/") {
                target.path = URIReference.removeDotSegments(path)
            } else {
                target.path = URIReference.removeDotSegments(merge(base))
            }
            target.query = query
        }
        return target
    }

    private func merge(_ base: URIReference) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    static func removeDotSegments(_ path: String) -> String {
        guard path.utf8.contains(UInt8(ascii: ".")) else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        var outputAbsolute = false
        // Work on segments: simpler than the RFC's buffer loop and equivalent for our use.
        if input.hasPrefix("/") { outputAbsolute = true; input = input.dropFirst() }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        var trailingSlash = false
        for (k, seg) in segments.enumerated() {
            let last = k == segments.count - 1
            switch seg {
            case ".":
                if last { trailingSlash = true }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if last { trailingSlash = true }
            default:
                output.append(seg)
            }
        }
        var result = (outputAbsolute ? "/" : "") + output.joined(separator: "/")
        if trailingSlash && !result.hasSuffix("/") && !output.isEmpty { result += "/" }
        if trailingSlash && output.isEmpty && !outputAbsolute { result = "" }
        return result
    }

    /// Decodes `%XX` escapes; invalid escapes are kept as they are.
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        let u = Array(text.utf8)
        var k = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        while k < u.count {
            if u[k] == UInt8(ascii: "%"), k + 2 < u.count, let h = hex(u[k + 1]), let l = hex(u[k + 2]) {
                bytes.append(h << 4 | l)
                k += 3
            } else {
                bytes.append(u[k])
                k += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

