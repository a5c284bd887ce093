import Foundation

/// Compiles JSON Schemas (draft 2020-12 and draft-07) into ``CompiledSchema`` values.
///
/// References resolve only against the schema itself, the `documents` given here, the
/// bundled metaschemas, and files under the `mappings`; nothing is fetched from a
/// network, and a reference that none of them satisfies is a compile error.
public struct SchemaCompiler: Sendable {
    public var options: SchemaOptions
    public var mappings: [ResourceMapping]
    /// Further schema documents by URI, for references between schemas.
    public var documents: [String: JSONValue]

    public init(options: SchemaOptions = SchemaOptions(), mappings: [ResourceMapping] = [],
                documents: [String: JSONValue] = [:]) {
        self.options = options
        self.mappings = mappings
        self.documents = documents
    }

    /// Compiles `schema`. `baseURI` is the schema's own URI (where it was read from),
    /// against which its relative references and `$id`s resolve.
    public func compile(_ schema: JSONValue, baseURI: String? = nil) throws(SchemaError) -> CompiledSchema {
        var compilation = Compilation(options: options, mappings: mappings, documents: documents)
        return try compilation.compileRoot(schema, uri: baseURI ?? "")
    }

    /// Reads the schema from JSON text, then compiles it.
    public func compile(bytes: [UInt8], baseURI: String? = nil) throws(SchemaError) -> CompiledSchema {
        let value: JSONValue
        do {
            value = try JSONReader.read(bytes)
        } catch {
            throw SchemaError(kind: .syntax, message: "the schema is not valid JSON: \(error.message)",
                              schemaLocation: baseURI, position: error.position)
        }
        return try compile(value, baseURI: baseURI)
    }

    /// Validates a schema against the metaschema of its draft (from its `$schema`, else
    /// the default draft); an empty result means the schema is well-formed. Only the
    /// bundled metaschemas are used: draft-04 schemas and custom metaschemas are not
    /// checked here (compiling still rejects malformed keywords).
    public func validateAgainstMetaschema(_ schema: JSONValue) -> [ValidationError] {
        var draft = options.defaultDraft
        if let s = schema["$schema"]?.stringValue, let d = Compilation.builtinDialect(URIReference(s).withoutFragment.description) {
            if d.draft4 { return [] }
            draft = d.draft
        }
        return CompiledSchema.metaschema(draft).validate(schema)
    }
}

/// A location in one of the compilation's documents: document index and JSON Pointer.
struct Location: Hashable, Sendable {
    var document: Int
    var pointer: String

    func appending(_ token: String) -> Location {
        grown(by: token, nil)
    }

    func appending(_ token: String, _ index: Int) -> Location {
        grown(by: token, String(index))
    }

    func appending(_ token: String, _ key: String) -> Location {
        grown(by: token, key)
    }

    /// The pointer grown by one or two tokens, escaped as they are copied, in one
    /// allocation: every subschema's location is built this way, twice (scanning, then
    /// compiling), and escaping each token and appending the pieces one by one cost about
    /// a thousand instructions a location.
    private func grown(by first: String, _ second: String?) -> Location {
        var pointer = pointer
        var first = first
        var second = second
        let grown = pointer.withUTF8 { head in
            first.withUTF8 { one in
                Self.withOptionalUTF8(&second) { two in
                    let count = head.count + 1 + Self.escapedCount(one) + (two.map { 1 + Self.escapedCount($0) } ?? 0)
                    return String(unsafeUninitializedCapacity: count) { output in
                        UnsafeMutableRawBufferPointer(output).copyMemory(from: UnsafeRawBufferPointer(head))
                        var at = head.count
                        Self.copyEscaped(one, into: output, at: &at)
                        if let two { Self.copyEscaped(two, into: output, at: &at) }
                        return at
                    }
                }
            }
        }
        return Location(document: document, pointer: grown)
    }

    private static func withOptionalUTF8<R>(_ text: inout String?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard var known = text else { return body(nil) }
        return known.withUTF8 { body($0) }
    }

    /// A token's length once `~` and `/` are escaped (each takes two bytes).
    private static func escapedCount(_ token: UnsafeBufferPointer<UInt8>) -> Int {
        var count = token.count
        for byte in token where byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/") { count += 1 }
        return count
    }

    /// Writes `/` and the token, escaped as RFC 6901 says (`~` as `~0`, `/` as `~1`).
    private static func copyEscaped(_ token: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, at: inout Int) {
        output[at] = UInt8(ascii: "/")
        at += 1
        for byte in token {
            switch byte {
            case UInt8(ascii: "~"):
                output[at] = UInt8(ascii: "~")
                output[at + 1] = UInt8(ascii: "0")
                at += 2
            case UInt8(ascii: "/"):
                output[at] = UInt8(ascii: "~")
                output[at + 1] = UInt8(ascii: "1")
                at += 2
            default:
                output[at] = byte
                at += 1
            }
        }
    }
}

/// What holds at a schema location: its base URI, resource and dialect.
///
/// The base is an index into the compilation's bases: there are few of them (one a
/// resource), and scan info is copied for every subschema, several times over, which
/// with the URI's strings inside cost their reference counting each time.
struct ScanInfo: Sendable {
    var base: Int
    var resource: Int
    var dialect: Dialect
}

/// A schema location met while scanning: what holds there, and its node once it has one.
struct Subschema {
    var location: Location
    var info: ScanInfo
    /// The members of a schema object that are keywords, in order: compiling reads them
    /// here instead of looking every key up again.
    var keywords: [(member: Int, keyword: Keyword)]
    var node: Int?
}

/// Where a subschema is within the schema object holding it: that object's subschema, the
/// index of the member, and the index of the subschema in the member's array or object
/// (-1 when the member's value is the subschema itself).
struct SubschemaEdge: Hashable {
    var parent: Int
    var member: Int
    var element: Int
}

/// A schema resource: a schema with its own URI (a document root, or an embedded `$id`).
struct Resource {
    var uri: String
    var location: Location
    var dialect: Dialect
    var dynamicAnchors: [String: Location] = [:]
}

/// The state of one compilation: documents loaded, resources and anchors found, nodes
/// built. Discarded once the immutable ``CompiledSchema`` is made.
///
/// A structure changed through its mutating methods: its tables are accessed through
/// `inout self`, whose exclusive access is proved when compiled. As a class, every access
/// to one of them was checked at run time, about a twentieth of compiling a schema.
struct Compilation {
    let options: SchemaOptions
    let mappings: [ResourceMapping]
    var userDocuments: [String: JSONValue] = [:]

    var documents: [JSONValue] = []
    var resources: [Resource] = []
    var resourceByURI: [String: Int] = [:]
    /// Base URIs, without fragment, with their text (for anchor and resource keys).
    var bases: [(uri: URIReference, text: String)] = []
    var anchors: [String: Location] = [:]
    /// Room made at once in the subschema tables, for a schema of a few dozen subschemas
    /// (a generated message schema has about twenty): grown from empty, the tables
    /// rehashed every location at each doubling, and the records were moved.
    static let typicalSubschemaCount = 48
    /// Every schema location scanned, with its info and its node, found by its location in
    /// one look-up: a location is a pointer to hash, which scanning makes once.
    var subschemas: [Subschema] = []
    var subschemaAt = [Location: Int](minimumCapacity: Compilation.typicalSubschemaCount)
    /// Subschemas by their place in their parent, as scanning met them: compiling finds a
    /// child there without making and hashing its pointer again.
    var subschemaIn = [SubschemaEdge: Int](minimumCapacity: Compilation.typicalSubschemaCount)
    var metaschemaDialects: [String: Dialect] = [:]
    var dialectsInProgress: Set<String> = []

    var nodes: [Node?] = []
    var queue: [(index: Int, subschema: Int, value: JSONValue, info: ScanInfo)] = []
    var regexes: [ECMARegex] = []
    var regexIndex: [String: Int] = [:]
    var dynamicAnchorNames: Set<String> = []

    init(options: SchemaOptions, mappings: [ResourceMapping], documents: [String: JSONValue]) {
        self.options = options
        self.mappings = mappings
        subschemas.reserveCapacity(Compilation.typicalSubschemaCount)
        for (uri, value) in documents {
            userDocuments[URIReference(uri).withoutFragment.description] = value
        }
    }

    // MARK: Entry

    mutating func compileRoot(_ schema: JSONValue, uri: String) throws(SchemaError) -> CompiledSchema {
        let resource = try loadDocument(schema, uri: uri)
        // Documents given by the caller are scanned up front, so that references to the
        // `$id`s embedded in them resolve.
        for key in userDocuments.keys.sorted() where resourceByURI[key] == nil {
            if let value = userDocuments[key] { _ = try loadDocument(value, uri: key) }
        }
        // Nearly every subschema scanned becomes a node.
        nodes.reserveCapacity(subschemas.count)
        queue.reserveCapacity(subschemas.count)
        let root = node(for: subschemaAt[resources[resource].location]!, value: schema)
        try drainQueue()
        try compileDynamicAnchors()
        let finished = nodes.map { $0! }
        try checkCycles(finished)
        var anchorTable = [[String: Int]](repeating: [:], count: resources.count)
        for (r, resource) in resources.enumerated() {
            for (name, loc) in resource.dynamicAnchors {
                if let s = subschemaAt[loc], let n = subschemas[s].node { anchorTable[r][name] = n }
            }
        }
        return CompiledSchema(nodes: finished, root: root, regexes: regexes, dynamicAnchors: anchorTable,
                              draft: resources[resource].dialect.draft, options: options)
    }

    mutating func drainQueue() throws(SchemaError) {
        while let item = queue.popLast() {
            let subschema = subschemas[item.subschema]
            nodes[item.index] = try compileNode(item.value, at: SchemaSite(location: subschema.location, subschema: item.subschema, info: item.info),
                                                absoluteLocation: absoluteLocation(subschema.location, in: subschema.info))
        }
    }

    /// Compiles, for every resource, the dynamic anchors that some `$dynamicRef` may
    /// look up at run time. Repeats while that brings in new resources or names.
    mutating func compileDynamicAnchors() throws(SchemaError) {
        var done: Set<Location> = []
        while true {
            var work: [Location] = []
            for resource in resources {
                for (name, loc) in resource.dynamicAnchors where dynamicAnchorNames.contains(name) && !done.contains(loc) {
                    done.insert(loc)
                    work.append(loc)
                }
            }
            if work.isEmpty { return }
            for loc in work {
                guard let value = value(at: loc) else { continue }
                _ = node(for: subschemaAt[loc]!, value: value)
            }
            try drainQueue()
        }
    }

    /// The node index for a scanned subschema, compiling it (later) if new.
    mutating func node(for subschema: Int, value: JSONValue) -> Int {
        if let existing = subschemas[subschema].node { return existing }
        let index = nodes.count
        nodes.append(nil)
        subschemas[subschema].node = index
        queue.append((index, subschema, value, subschemas[subschema].info))
        return index
    }

    /// The node for the subschema at `edge` in the schema being compiled (whose info is
    /// `parentInfo`): found by its place, where scanning recorded it. One that scanning did
    /// not meet is found by its location, and scanned if new.
    mutating func child(_ value: JSONValue, _ edge: SubschemaEdge, at location: @autoclosure () -> Location,
                        parentInfo: ScanInfo) throws(SchemaError) -> Int {
        if let known = subschemaIn[edge] { return node(for: known, value: value) }
        let location = location()
        if let known = subschemaAt[location] { return node(for: known, value: value) }
        return node(for: try scan(value, at: location, info: parentInfo, documentRoot: false), value: value)
    }

    // MARK: Documents and resources

    func value(at location: Location) -> JSONValue? {
        guard let tokens = JSONPointer.tokens(location.pointer) else { return nil }
        return JSONPointer.resolve(tokens: tokens, in: documents[location.document])
    }

    func absoluteLocation(_ location: Location) -> String {
        guard let info = nearestInfo(location) else { return "#" + location.pointer }
        return absoluteLocation(location, in: info)
    }

    /// The absolute location of a location whose scan info is known.
    func absoluteLocation(_ location: Location, in info: ScanInfo) -> String {
        // The resource's fields are read one by one: a copy of the whole resource
        // retained (and released) each of its strings and tables, for every node.
        let resourceLocation = resources[info.resource].location
        guard resourceLocation.document == location.document, location.pointer.hasPrefix(resourceLocation.pointer) else {
            return "#" + location.pointer
        }
        // On bytes, in one allocation: every node's location is made this way.
        var uri = resources[info.resource].uri
        var pointer = location.pointer
        let skipped = resourceLocation.pointer.utf8.count
        return uri.withUTF8 { head in
            pointer.withUTF8 { whole in
                let tail = UnsafeBufferPointer(rebasing: whole[skipped...])
                return String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { output in
                    UnsafeMutableRawBufferPointer(output).copyMemory(from: UnsafeRawBufferPointer(head))
                    output[head.count] = UInt8(ascii: "#")
                    UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: output[(head.count + 1)...]))
                        .copyMemory(from: UnsafeRawBufferPointer(tail))
                    return head.count + 1 + tail.count
                }
            }
        }
    }

    /// Loads a document retrieved from `uri`; returns its root resource.
    @discardableResult
    mutating func loadDocument(_ root: JSONValue, uri: String) throws(SchemaError) -> Int {
        let base = addBase(URIReference(uri).withoutFragment)
        let baseURI = bases[base].text
        let document = documents.count
        documents.append(root)
        let location = Location(document: document, pointer: "")
        let dialect = try dialect(of: root, fallback: Dialect.standard(options.defaultDraft), at: baseURI)
        let resource = resources.count
        resources.append(Resource(uri: baseURI, location: location, dialect: dialect))
        if resourceByURI[baseURI] == nil { resourceByURI[baseURI] = resource }
        _ = try scan(root, at: location, info: ScanInfo(base: base, resource: resource, dialect: dialect), documentRoot: true)
        return resource
    }

    /// The resource for an absolute URI (without fragment), loading its document from the
    /// given documents, the bundled metaschemas or a mapped folder if needed.
    mutating func resource(for uri: String) throws(SchemaError) -> Int? {
        if let r = resourceByURI[uri] { return r }
        if let value = userDocuments[uri] {
            try loadDocument(value, uri: uri)
        } else if let text = Metaschemas.text(for: uri) {
            guard let value = try? JSONReader.read(text) else { return nil }
            try loadDocument(value, uri: uri)
        } else if let (value, _) = try loadMapped(uri) {
            try loadDocument(value, uri: uri)
        }
        return resourceByURI[uri]
    }

    /// Reads the file a mapping gives for `uri`, if any mapping covers it.
    func loadMapped(_ uri: String) throws(SchemaError) -> (JSONValue, String)? {
        for mapping in mappings {
            // Prefixes are compared with normalized URIs (scheme and host in lower case);
            // normalized here, as most schemas never reach outside their own document.
            let prefix = URIReference(mapping.prefix).description
            guard uri.hasPrefix(prefix) else { continue }
            let rest = URIReference.percentDecoded(String(uri.dropFirst(prefix.count)))
            let parts = rest.split(separator: "/", omittingEmptySubsequences: true)
            // Stay inside the folder: no parent or hidden path steps.
            guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") || $0.contains("\0") }) else { continue }
            let path = (mapping.folder.hasSuffix("/") ? mapping.folder : mapping.folder + "/") + parts.joined(separator: "/")
            // Read with POSIX calls inside the folder's real path: `FileManager` follows a
            // symbolic link anywhere, and would block on a FIFO.
            let bytes: [UInt8]
            switch MappedFile.read(path, inside: mapping.folder) {
            case .bytes(let read): bytes = read
            case .missing: continue
            case .refused(let reason):
                throw SchemaError(kind: .unresolvableReference, message: "refused to read '\(path)' for '\(uri)': \(reason)",
                                  schemaLocation: uri)
            }
            do {
                return (try JSONReader.read(bytes), path)
            } catch {
                throw SchemaError(kind: .syntax, message: "the schema document for '\(uri)' is not valid JSON: \(error.message)",
                                  schemaLocation: uri, position: error.position)
            }
        }
        return nil
    }

    static func builtinDialect(_ uri: String) -> Dialect? {
        switch uri {
        case "http://json-schema.org/draft-07/schema", "https://json-schema.org/draft-07/schema",
             "http://json-schema.org/draft-06/schema":
            return Dialect.standard(.draft7)
        case "http://json-schema.org/draft-04/schema":
            var dialect = Dialect.standard(.draft7)
            dialect.draft4 = true
            return dialect
        case "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema":
            return Dialect.standard(.draft2020_12)
        default:
            return nil
        }
    }

    /// The dialect a resource root declares with `$schema`. A custom metaschema is read
    /// for its `$vocabulary`; an unknown, unavailable one gives `fallback`.
    mutating func dialect(of value: JSONValue, fallback: Dialect, at uri: String) throws(SchemaError) -> Dialect {
        guard let s = value["$schema"]?.stringValue else { return fallback }
        // A standard metaschema written out in full names itself (an absolute URI with no
        // dot segments resolves to itself): no URI parsing for nearly every schema.
        if let builtin = Compilation.builtinDialect(s.hasSuffix("#") ? String(s.dropLast()) : s) { return builtin }
        let metaURI = URIReference(s).resolved(against: URIReference(uri)).withoutFragment.description
        if let builtin = Compilation.builtinDialect(metaURI) { return builtin }
        if let cached = metaschemaDialects[metaURI] { return cached }
        guard !dialectsInProgress.contains(metaURI) else { return fallback }
        dialectsInProgress.insert(metaURI)
        defer { dialectsInProgress.remove(metaURI) }
        guard let r = try resource(for: metaURI), let meta = self.value(at: resources[r].location) else {
            return Dialect.standard(options.defaultDraft)
        }
        var dialect = resources[r].dialect
        if let declared = meta["$vocabulary"]?.objectValue {
            var vocabularies: Vocabularies = []
            for member in declared.members {
                if let v = Vocabularies.byURI[member.key] {
                    vocabularies.insert(v)
                } else if member.value.boolValue == true {
                    throw SchemaError(kind: .unsupportedVocabulary,
                                      message: "the metaschema '\(metaURI)' requires the vocabulary '\(member.key)', which this engine does not support",
                                      schemaLocation: metaURI, position: member.keyPosition)
                }
            }
            dialect.vocabularies = vocabularies.union(.core)
        }
        metaschemaDialects[metaURI] = dialect
        return dialect
    }

    /// Records a base URI (without fragment); returns its index in `bases`.
    mutating func addBase(_ uri: URIReference) -> Int {
        bases.append((uri, uri.description))
        return bases.count - 1
    }

    mutating func addResource(uri: String, location: Location, dialect: Dialect) -> Int {
        if let existing = resourceByURI[uri], resources[existing].location == location { return existing }
        let index = resources.count
        resources.append(Resource(uri: uri, location: location, dialect: dialect))
        // The first definition of a URI wins; a later duplicate is ignored.
        if resourceByURI[uri] == nil { resourceByURI[uri] = index }
        return index
    }

    // MARK: Scanning

    /// Records base URI, resource and dialect for every subschema under `value`, and
    /// registers the resources (`$id`) and anchors found, following only the keywords
    /// that hold subschemas in the dialect (so an `$id` inside `enum` is not one).
    /// Works from an explicit stack, in document order, so deep schemas cannot
    /// exhaust the thread's stack. Returns the subschema recorded for `location`.
    mutating func scan(_ value: JSONValue, at location: Location, info: ScanInfo, documentRoot: Bool) throws(SchemaError) -> Int {
        var work: [ScanItem] = []
        let scanned = try scanOne(ScanItem(value: value, location: location, edge: nil, info: info, documentRoot: documentRoot, depth: 0),
                                  into: &work)
        while let item = work.popLast() {
            try scanOne(item, into: &work)
        }
        return scanned
    }

    /// Records what holds at a location, and where it is in its parent; returns its
    /// subschema. A location scanned again (a reference reached into it before its
    /// enclosing schema was scanned) keeps its node.
    mutating func record(_ info: ScanInfo, at location: Location, edge: SubschemaEdge?,
                         keywords: [(member: Int, keyword: Keyword)] = []) -> Int {
        let subschema: Int
        // One hash for a new location, the common case: the next index is stored, and the
        // one it replaced put back when the location was known.
        if let known = subschemaAt.updateValue(subschemas.count, forKey: location) {
            subschemaAt[location] = known
            subschemas[known].info = info
            subschemas[known].keywords = keywords
            subschema = known
        } else {
            subschemas.append(Subschema(location: location, info: info, keywords: keywords, node: nil))
            subschema = subschemas.count - 1
        }
        if let edge { subschemaIn[edge] = subschema }
        return subschema
    }

    struct ScanItem {
        var value: JSONValue
        var location: Location
        /// Its place in the schema that holds it; none for where a scan starts.
        var edge: SubschemaEdge?
        /// The info of the enclosing schema, which this one's own `$id` may change.
        var info: ScanInfo
        var documentRoot: Bool
        var depth: Int
    }

    @discardableResult
    private mutating func scanOne(_ item: ScanItem, into work: inout [ScanItem]) throws(SchemaError) -> Int {
        let value = item.value, location = item.location, documentRoot = item.documentRoot
        guard item.depth < 1000 else {
            throw SchemaError(kind: .invalidKeyword, message: "the schema is nested too deeply", schemaLocation: absoluteLocation(location), position: value.position)
        }
        guard case .object(let object) = value.content else {
            return record(item.info, at: location, edge: item.edge)
        }
        // One pass over the members finds the keywords: those that name the schema, and
        // those that may hold subschemas (whose shape depends on the dialect, known only
        // after `$id`). The first member of a name counts, as in a look-up by key.
        var ref: JSONValue?, id: JSONValue?, draft4ID: JSONValue?, anchorValue: JSONValue?, dynamicAnchorValue: JSONValue?
        var keywords: [(member: Int, keyword: Keyword)] = []
        keywords.reserveCapacity(object.count)
        // Each member's key and value are read in place: copying the member retained and
        // released both, for every member of every schema.
        let members = object.members
        for index in members.indices {
            guard let keyword = Keyword(members[index].key) else { continue }
            switch keyword {
            case .ref: if ref == nil { ref = members[index].value }
            case .id: if id == nil { id = members[index].value }
            case .draft4ID: if draft4ID == nil { draft4ID = members[index].value }
            case .anchor: if anchorValue == nil { anchorValue = members[index].value }
            case .dynamicAnchor: if dynamicAnchorValue == nil { dynamicAnchorValue = members[index].value }
            default: break
            }
            keywords.append((index, keyword))
        }
        var base = item.info.base
        var resource = item.info.resource
        var dialect = item.info.dialect
        let draft7 = dialect.draft == .draft7
        let hasRef = ref != nil
        if let id = (dialect.draft4 ? draft4ID : id)?.stringValue, !(draft7 && hasRef) {
            if draft7 && id.hasPrefix("#") {
                let name = String(id.dropFirst())
                if !name.isEmpty, anchors[bases[base].text + "#" + name] == nil {
                    anchors[bases[base].text + "#" + name] = location
                }
            } else {
                let resolved = URIReference(id).resolved(against: bases[base].uri)
                let fragment = resolved.fragment ?? ""
                if fragment.isEmpty || draft7 {
                    let newBase = addBase(resolved.withoutFragment)
                    let newBaseURI = bases[newBase].text
                    if !documentRoot {
                        dialect = try self.dialect(of: value, fallback: dialect, at: newBaseURI)
                    }
                    if documentRoot {
                        resources[resource].uri = newBaseURI
                        if resourceByURI[newBaseURI] == nil { resourceByURI[newBaseURI] = resource }
                    } else {
                        resource = addResource(uri: newBaseURI, location: location, dialect: dialect)
                    }
                    base = newBase
                    if draft7 && !fragment.isEmpty && anchors[newBaseURI + "#" + fragment] == nil {
                        anchors[newBaseURI + "#" + fragment] = location
                    }
                }
            }
        }
        if dialect.draft == .draft2020_12 {
            if let anchor = anchorValue?.stringValue, anchors[bases[base].text + "#" + anchor] == nil {
                anchors[bases[base].text + "#" + anchor] = location
            }
            if let anchor = dynamicAnchorValue?.stringValue {
                if anchors[bases[base].text + "#" + anchor] == nil { anchors[bases[base].text + "#" + anchor] = location }
                if resources[resource].dynamicAnchors[anchor] == nil { resources[resource].dynamicAnchors[anchor] = location }
            }
        }
        let info = ScanInfo(base: base, resource: resource, dialect: dialect)
        let scanned = record(info, at: location, edge: item.edge, keywords: keywords)
        if draft7 && hasRef { return scanned }
        let first = work.count
        func add(_ v: JSONValue, _ loc: @autoclosure () -> Location, _ member: Int, _ element: Int) {
            switch v.content {
            case .object, .bool:
                work.append(ScanItem(value: v, location: loc(), edge: SubschemaEdge(parent: scanned, member: member, element: element),
                                     info: info, documentRoot: false, depth: item.depth + 1))
            default:
                break
            }
        }
        for (index, keyword) in keywords {
            let key = members[index].key
            switch (Compilation.subschemaShape(keyword, dialect.draft), members[index].value.content) {
            case (.single, _), (.singleOrArray, .object), (.singleOrArray, .bool):
                add(members[index].value, location.appending(key), index, -1)
            case (.array, .array(let items)), (.singleOrArray, .array(let items)):
                for k in items.indices { add(items[k], location.appending(key, k), index, k) }
            case (.map, .object(let map)):
                for k in map.members.indices { add(map.members[k].value, location.appending(key, map.members[k].key), index, k) }
            default:
                continue
            }
        }
        // Reversed on the stack, so that they are scanned in document order; swapped in
        // place, as reversing the slice `work[first...]` copied it.
        var low = first, high = work.count - 1
        while low < high {
            work.swapAt(low, high)
            low += 1
            high -= 1
        }
        return scanned
    }

    enum SubschemaShape { case none, single, singleOrArray, array, map }

    static func subschemaShape(_ keyword: Keyword, _ draft: Draft) -> SubschemaShape {
        switch draft {
        case .draft2020_12:
            switch keyword {
            case .additionalProperties, .propertyNames, .items, .contains, .not, .if, .then, .else,
                 .unevaluatedItems, .unevaluatedProperties, .contentSchema:
                return .single
            case .allOf, .anyOf, .oneOf, .prefixItems: return .array
            case .defs, .definitions, .properties, .patternProperties, .dependentSchemas: return .map
            default: return .none
            }
        case .draft7:
            switch keyword {
            case .additionalItems, .additionalProperties, .propertyNames, .contains, .not, .if, .then, .else:
                return .single
            case .items: return .singleOrArray
            case .allOf, .anyOf, .oneOf: return .array
            case .definitions, .properties, .patternProperties, .dependencies: return .map
            default: return .none
            }
        }
    }

    /// Scan info for a location that was not scanned: that of its nearest scanned ancestor.
    func nearestInfo(_ location: Location) -> ScanInfo? {
        var pointer = Substring(location.pointer)
        while true {
            if let s = subschemaAt[Location(document: location.document, pointer: String(pointer))] { return subschemas[s].info }
            guard let slash = pointer.lastIndex(of: "/") else { return nil }
            pointer = pointer[..<slash]
        }
    }

    // MARK: References

    /// Resolves a reference written at a location with `info`; returns the target's
    /// subschema and value.
    mutating func resolve(_ reference: String, info: ScanInfo, from location: Location, keyword: String,
                          position: JSONPosition?) throws(SchemaError) -> (subschema: Int, value: JSONValue) {
        let absolute: String
        let rawFragment: String?
        if reference.utf8.first == UInt8(ascii: "#") {
            // A fragment alone (`#/$defs/x`, nearly every reference) resolves to the base
            // itself with that fragment: no URI to parse, resolve and write out again.
            absolute = bases[info.base].text
            rawFragment = String(reference.utf8.dropFirst())
        } else {
            let target = URIReference(reference).resolved(against: bases[info.base].uri)
            absolute = target.withoutFragment.description
            rawFragment = target.fragment
        }
        let fragment = URIReference.percentDecoded(rawFragment ?? "")
        func failure(_ why: String) -> SchemaError {
            let target = URIReference(reference).resolved(against: bases[info.base].uri)
            return SchemaError(kind: .unresolvableReference,
                               message: "cannot resolve \(keyword) '\(reference)'\(absolute.isEmpty || absolute == reference ? "" : " (resolved to '\(target)')"): \(why)",
                               schemaLocation: absoluteLocation(location), position: position)
        }
        guard let r = try resource(for: absolute) else {
            throw failure("no schema has that URI, and no given document or mapped folder provides it (references are never fetched from the network)")
        }
        let resourceLocation = resources[r].location
        let targetLocation: Location
        let target: JSONValue?
        if fragment.isEmpty {
            targetLocation = resourceLocation
            target = value(at: targetLocation)
        } else if fragment.hasPrefix("/") {
            guard let tokens = JSONPointer.tokens(fragment) else { throw failure("'\(fragment)' is not a valid JSON Pointer") }
            // A valid pointer is its tokens escaped again: it extends the resource's
            // pointer as it is, and is followed from the resource's schema.
            targetLocation = Location(document: resourceLocation.document, pointer: resourceLocation.pointer + fragment)
            target = value(at: resourceLocation).flatMap { JSONPointer.resolve(tokens: tokens, in: $0) }
        } else {
            guard let anchored = anchors[absolute + "#" + fragment] else {
                throw failure("no anchor '\(fragment)' in '\(absolute)'")
            }
            targetLocation = anchored
            target = value(at: targetLocation)
        }
        guard let value = target else {
            throw failure("the pointer '\(fragment)' does not point at a value")
        }
        switch value.content {
        case .object, .bool: break
        default: throw failure("the target is not a schema (object or boolean)")
        }
        if let known = subschemaAt[targetLocation] { return (known, value) }
        let parent = nearestInfo(targetLocation) ?? ScanInfo(base: addBase(URIReference(absolute)), resource: r, dialect: resources[r].dialect)
        return (try scan(value, at: targetLocation, info: parent, documentRoot: false), value)
    }

    // MARK: Cycles

    /// Rejects reference loops that never consume the instance: following `$ref`,
    /// `allOf`, `oneOf`, `not`, `if` and the first `anyOf` branch, which are always
    /// evaluated when their schema is, from a node back to itself.
    func checkCycles(_ nodes: [Node]) throws(SchemaError) {
        var state = [UInt8](repeating: 0, count: nodes.count)  // 0 new, 1 on stack, 2 done
        func edges(_ n: Int) -> [Int] {
            var out: [Int] = []
            for op in nodes[n].ops {
                switch op.kind {
                case .ref(let t): out.append(t)
                case .dynamicRef(let t, nil): out.append(t)
                case .allOf(let list), .oneOf(let list): out.append(contentsOf: list)
                case .anyOf(let list): if let first = list.first { out.append(first) }
                case .not(let t): out.append(t)
                case .conditional(let c, _, _): out.append(c)
                default: break
                }
            }
            return out
        }
        // Iterative depth-first search, from each node not reached yet, on one stack.
        var stack: [(node: Int, next: [Int])] = []
        for start in nodes.indices where state[start] == 0 {
            stack.append((start, edges(start)))
            state[start] = 1
            while !stack.isEmpty {
                if let next = stack[stack.count - 1].next.popLast() {
                    if state[next] == 1 {
                        let cycle = stack.map(\.node).drop(while: { $0 != next }).map { nodes[$0].location } + [nodes[next].location]
                        throw SchemaError(kind: .referenceCycle,
                                          message: "references loop without consuming the instance: " + cycle.joined(separator: " -> "),
                                          schemaLocation: nodes[next].location)
                    }
                    if state[next] == 0 {
                        state[next] = 1
                        stack.append((next, edges(next)))
                    }
                } else {
                    state[stack.removeLast().node] = 2
                }
            }
        }
    }
}
