@testable import JSONSchema
import Testing

/// URI references split into their five parts by RFC 3986's delimiters, found as code
/// points: non-ASCII text (IRIs) and combining marks never hide or fake a delimiter.
@Suite struct URIReferenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let scheme: String?
        let authority: String?
        let path: String
        let query: String?
        let fragment: String?
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        Case(text: "https://Example.GOV.kg/schemas/person.json?v=2#/$defs/pin", scheme: "https", authority: "example.gov.kg",
             path: "/schemas/person.json", query: "v=2", fragment: "/$defs/pin"),
        Case(text: "HTTP://User@Host:8080/a", scheme: "http", authority: "User@host:8080", path: "/a", query: nil, fragment: nil),
        Case(text: "file:///srv/repo/messages/grs/схема.json", scheme: "file", authority: "", path: "/srv/repo/messages/grs/схема.json",
             query: nil, fragment: nil),
        Case(text: "urn:kg:tunduk:grs#", scheme: "urn", authority: nil, path: "kg:tunduk:grs", query: nil, fragment: ""),
        Case(text: "адрес.json#\u{301}якорь", scheme: nil, authority: nil, path: "адрес.json", query: nil, fragment: "\u{301}якорь"),
        Case(text: "a\u{301}?q\u{301}#f?g", scheme: nil, authority: nil, path: "a\u{301}", query: "q\u{301}", fragment: "f?g"),
        Case(text: "//cdn.example/x", scheme: nil, authority: "cdn.example", path: "/x", query: nil, fragment: nil),
        Case(text: "1abc:def", scheme: nil, authority: nil, path: "1abc:def", query: nil, fragment: nil),
        Case(text: "#", scheme: nil, authority: nil, path: "", query: nil, fragment: ""),
        Case(text: "", scheme: nil, authority: nil, path: "", query: nil, fragment: nil),
    ]

    @Test(arguments: cases)
    func splitsAtTheDelimiters(_ c: Case) {
        let uri = URIReference(c.text)
        #expect(uri.scheme == c.scheme)
        #expect(uri.authority == c.authority)
        #expect(uri.path == c.path)
        #expect(uri.query == c.query)
        #expect(uri.fragment == c.fragment)
    }
}
