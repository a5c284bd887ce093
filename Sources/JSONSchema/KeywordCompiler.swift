/// The schema object whose keywords are compiled: its location, its subschema (the parent
/// of the subschemas its keywords hold) and its scan info.
struct SchemaSite {
    var location: Location
    var subschema: Int
    var info: ScanInfo

    /// The place of a subschema in this schema: in the member at `member`, at `element` of
    /// its array or object, or the member's value itself (-1).
    func edge(_ member: Int, _ element: Int = -1) -> SubschemaEdge {
        SubschemaEdge(parent: subschema, member: member, element: element)
    }
}

/// Turns one schema object into its node: keyword values are checked, subschemas and
/// references become node indices, regexes are compiled once.
extension Compilation {
    mutating func compileNode(_ value: JSONValue, at site: SchemaSite, absoluteLocation absolute: String) throws(SchemaError) -> Node {
        let info = site.info
        var node = Node(constant: nil, ops: [], resource: info.resource, location: absolute, tracksEvaluation: false)
        switch value.content {
        case .bool(let b):
            node.constant = b
            return node
        case .object(let object):
            node.ops = try compileOps(object, at: site)
            node.tracksEvaluation = node.ops.contains {
                switch $0.kind {
                case .unevaluatedItems, .unevaluatedProperties: return true
                default: return false
                }
            }
            return node
        default:
            throw SchemaError(kind: .invalidKeyword, message: "a schema must be an object or a boolean, not \(value.typeName)",
                              schemaLocation: absolute, position: value.position)
        }
    }

    private func invalid(_ keyword: String, _ requirement: String, _ member: JSONObject.Member, _ location: Location) -> SchemaError {
        SchemaError(kind: .invalidKeyword, message: "'\(keyword)' must be \(requirement)",
                    schemaLocation: absoluteLocation(location.appending(keyword)), position: member.value.position ?? member.keyPosition)
    }

    private func nonNegativeInteger(_ member: JSONObject.Member, _ location: Location) throws(SchemaError) -> Int {
        guard let n = member.value.numberValue, n.isInteger, n.doubleValue >= 0 else {
            throw invalid(member.key, "a non-negative integer", member, location)
        }
        // Huge limits are clamped: no string, array or object can reach them anyway.
        if let v = n.int64Value { return Int(v) }
        return Int.max
    }

    private mutating func regex(_ pattern: String, _ member: JSONObject.Member, _ location: Location, keyword: String) throws(SchemaError) -> Int {
        if let existing = regexIndex[pattern] { return existing }
        do {
            let compiled = try ECMARegex(pattern)
            regexes.append(compiled)
            regexIndex[pattern] = regexes.count - 1
            return regexes.count - 1
        } catch {
            throw SchemaError(kind: .invalidKeyword, message: "'\(keyword)': \(error.message)",
                              schemaLocation: absoluteLocation(location.appending(keyword)), position: member.value.position)
        }
    }

    private func isSchema(_ v: JSONValue) -> Bool {
        switch v.content {
        case .object, .bool: return true
        default: return false
        }
    }

    /// The subschema of the member at `index`.
    private mutating func schemaChild(_ member: JSONObject.Member, _ index: Int, _ site: SchemaSite) throws(SchemaError) -> Int {
        guard isSchema(member.value) else { throw invalid(member.key, "a schema (an object or a boolean)", member, site.location) }
        return try child(member.value, site.edge(index),
                         at: site.location.appending(member.key), parentInfo: site.info)
    }

    /// The subschemas in the array of the member at `index`.
    private mutating func schemaArray(_ member: JSONObject.Member, _ index: Int, _ site: SchemaSite) throws(SchemaError) -> [Int] {
        guard case .array(let items) = member.value.content else {
            throw invalid(member.key, "an array of schemas", member, site.location)
        }
        var out: [Int] = []
        out.reserveCapacity(items.count)
        for (k, item) in items.enumerated() {
            guard isSchema(item) else { throw invalid(member.key, "an array of schemas", member, site.location) }
            out.append(try child(item, site.edge(index, k),
                                 at: site.location.appending(member.key, k), parentInfo: site.info))
        }
        return out
    }

    /// The subschemas by name in the object of the member at `index`.
    private mutating func schemaMap(_ member: JSONObject.Member, _ index: Int, _ site: SchemaSite) throws(SchemaError) -> [(String, Int)] {
        guard case .object(let map) = member.value.content else {
            throw invalid(member.key, "an object whose values are schemas", member, site.location)
        }
        var out: [(String, Int)] = []
        out.reserveCapacity(map.count)
        for (k, entry) in map.members.enumerated() {
            guard isSchema(entry.value) else { throw invalid(member.key, "an object whose values are schemas", member, site.location) }
            out.append((entry.key, try child(entry.value, site.edge(index, k),
                                             at: site.location.appending(member.key, entry.key), parentInfo: site.info)))
        }
        return out
    }

    private func stringArray(_ member: JSONObject.Member, _ location: Location, keyword: String) throws(SchemaError) -> [String] {
        guard case .array(let items) = member.value.content else {
            throw invalid(keyword, "an array of strings", member, location)
        }
        var out: [String] = []
        for item in items {
            guard let s = item.stringValue else { throw invalid(keyword, "an array of strings", member, location) }
            out.append(s)
        }
        return out
    }

    private func number(_ member: JSONObject.Member, _ location: Location) throws(SchemaError) -> JSONNumber {
        guard let n = member.value.numberValue else { throw invalid(member.key, "a number", member, location) }
        return n
    }

    /// The node a reference keyword points at, and the target schema.
    private mutating func reference(_ member: JSONObject.Member, _ location: Location, _ info: ScanInfo) throws(SchemaError) -> (node: Int, target: JSONValue) {
        guard let text = member.value.stringValue else { throw invalid(member.key, "a URI reference string", member, location) }
        let (subschema, value) = try resolve(text, info: info, from: location, keyword: member.key, position: member.value.position)
        return (node(for: subschema, value: value), value)
    }

    mutating func compileOps(_ object: JSONObject, at site: SchemaSite) throws(SchemaError) -> [Op] {
        let location = site.location, info = site.info
        let draft = info.dialect.draft
        let vocab = info.dialect.vocabularies
        // The members that are keywords, as scanning found them. Keywords that change
        // another are found among them by keyword, not by comparing keys: the first, as a
        // look-up by key finds.
        let keywords = subschemas[site.subschema].keywords
        // A keyword gives an op or two: one allocation.
        var ops: [Op] = []
        ops.reserveCapacity(keywords.count)
        var trailing: [Op] = []
        func siblingIndex(_ keyword: Keyword) -> Int? { keywords.first(where: { $0.keyword == keyword })?.member }
        func sibling(_ keyword: Keyword) -> JSONValue? { siblingIndex(keyword).map { object.members[$0].value } }

        // Draft-07: a $ref makes every sibling keyword be ignored.
        if draft == .draft7, let ref = keywords.first(where: { $0.keyword == .ref }) {
            let (target, _) = try reference(object.members[ref.member], location, info)
            return [Op(keyword: "$ref", kind: .ref(target))]
        }

        let applicator = vocab.contains(.applicator)
        let validation = vocab.contains(.validation)
        let assertFormat = options.assertFormats || vocab.contains(.formatAssertion)

        for (index, keyword) in keywords {
            let member = object.members[index]
            let key = member.key
            let v = member.value
            switch keyword {
            case .ref:
                let (target, _) = try reference(member, location, info)
                ops.append(Op(keyword: key, kind: .ref(target)))

            case .dynamicRef where draft == .draft2020_12:
                let (target, targetSchema) = try reference(member, location, info)
                var anchor: String? = nil
                if let text = v.stringValue, let hash = text.firstIndex(of: "#") {
                    let fragment = URIReference.percentDecoded(String(text[text.index(after: hash)...]))
                    if !fragment.isEmpty, !fragment.hasPrefix("/"),
                       targetSchema["$dynamicAnchor"]?.stringValue == fragment {
                        anchor = fragment
                        dynamicAnchorNames.insert(fragment)
                    }
                }
                ops.append(Op(keyword: key, kind: .dynamicRef(node: target, anchor: anchor)))

            // Validation vocabulary
            case .type where validation:
                var mask: TypeMask = []
                let names: [JSONValue]
                switch v.content {
                case .string: names = [v]
                case .array(let list): names = list
                default: throw invalid(key, "a type name or an array of type names", member, location)
                }
                for name in names {
                    guard let s = name.stringValue, let t = TypeMask.names.first(where: { $0.0 == s })?.1 else {
                        throw invalid(key, "one of null, boolean, object, array, number, string, integer (or an array of them)", member, location)
                    }
                    mask.insert(t)
                }
                ops.append(Op(keyword: key, kind: .type(mask)))
            case .enumeration where validation:
                guard case .array(let list) = v.content else { throw invalid(key, "an array", member, location) }
                ops.append(Op(keyword: key, kind: .enumeration(list)))
            case .const where validation:
                ops.append(Op(keyword: key, kind: .constant(v)))
            case .multipleOf where validation:
                let n = try number(member, location)
                guard JSONNumber.compare(n, JSONNumber(0)) > 0 else { throw invalid(key, "a number greater than 0", member, location) }
                ops.append(Op(keyword: key, kind: .multipleOf(n)))
            case .maximum where validation:
                let limit = try number(member, location)
                let exclusive = info.dialect.draft4 && sibling(.exclusiveMaximum)?.boolValue == true
                ops.append(Op(keyword: key, kind: exclusive ? .exclusiveMaximum(limit) : .maximum(limit)))
            case .exclusiveMaximum where validation:
                if info.dialect.draft4, v.boolValue != nil { continue }  // modifies "maximum"
                ops.append(Op(keyword: key, kind: .exclusiveMaximum(try number(member, location))))
            case .minimum where validation:
                let limit = try number(member, location)
                let exclusive = info.dialect.draft4 && sibling(.exclusiveMinimum)?.boolValue == true
                ops.append(Op(keyword: key, kind: exclusive ? .exclusiveMinimum(limit) : .minimum(limit)))
            case .exclusiveMinimum where validation:
                if info.dialect.draft4, v.boolValue != nil { continue }  // modifies "minimum"
                ops.append(Op(keyword: key, kind: .exclusiveMinimum(try number(member, location))))
            case .maxLength where validation:
                ops.append(Op(keyword: key, kind: .maxLength(try nonNegativeInteger(member, location))))
            case .minLength where validation:
                ops.append(Op(keyword: key, kind: .minLength(try nonNegativeInteger(member, location))))
            case .pattern where validation:
                guard let p = v.stringValue else { throw invalid(key, "a string (a regular expression)", member, location) }
                ops.append(Op(keyword: key, kind: .pattern(try regex(p, member, location, keyword: key))))
            case .maxItems where validation:
                ops.append(Op(keyword: key, kind: .maxItems(try nonNegativeInteger(member, location))))
            case .minItems where validation:
                ops.append(Op(keyword: key, kind: .minItems(try nonNegativeInteger(member, location))))
            case .uniqueItems where validation:
                guard let b = v.boolValue else { throw invalid(key, "a boolean", member, location) }
                if b { ops.append(Op(keyword: key, kind: .uniqueItems)) }
            case .maxProperties where validation:
                ops.append(Op(keyword: key, kind: .maxProperties(try nonNegativeInteger(member, location))))
            case .minProperties where validation:
                ops.append(Op(keyword: key, kind: .minProperties(try nonNegativeInteger(member, location))))
            case .required where validation:
                let names = try stringArray(member, location, keyword: key)
                if !names.isEmpty { ops.append(Op(keyword: key, kind: .required(names))) }
            case .dependentRequired where validation && draft == .draft2020_12:
                guard case .object(let map) = v.content else { throw invalid(key, "an object of string arrays", member, location) }
                var deps: [(String, [String])] = []
                for entry in map.members {
                    deps.append((entry.key, try stringArray(entry, location.appending(key), keyword: entry.key)))
                }
                ops.append(Op(keyword: key, kind: .dependentRequired(deps)))
            case .format:
                guard let name = v.stringValue else { throw invalid(key, "a string", member, location) }
                if assertFormat, let format = Format(rawValue: name) {
                    ops.append(Op(keyword: key, kind: .format(format)))
                }

            // Applicator vocabulary
            case .properties where applicator:
                ops.append(Op(keyword: key, kind: .properties(PropertyTable(try schemaMap(member, index, site)))))
            case .patternProperties where applicator:
                guard case .object(let map) = v.content else { throw invalid(key, "an object whose values are schemas", member, location) }
                var list: [(Int, Int)] = []
                for (k, entry) in map.members.enumerated() {
                    guard isSchema(entry.value) else { throw invalid(key, "an object whose values are schemas", member, location) }
                    let r = try regex(entry.key, entry, location, keyword: key)
                    list.append((r, try child(entry.value, site.edge(index, k),
                                              at: location.appending(key, entry.key), parentInfo: info)))
                }
                ops.append(Op(keyword: key, kind: .patternProperties(list)))
            case .additionalProperties where applicator:
                let n = try schemaChild(member, index, site)
                var known: [(String, Int)] = []
                if let props = sibling(.properties)?.objectValue { known = props.members.map { ($0.key, 0) } }
                var patterns: [Int] = []
                if case .object(let map)? = sibling(.patternProperties)?.content {
                    for entry in map.members { patterns.append(try regex(entry.key, entry, location, keyword: "patternProperties")) }
                }
                ops.append(Op(keyword: key, kind: .additionalProperties(node: n, known: PropertyTable(known), patterns: patterns)))
            case .propertyNames where applicator:
                ops.append(Op(keyword: key, kind: .propertyNames(try schemaChild(member, index, site))))
            case .dependentSchemas where applicator && draft == .draft2020_12:
                ops.append(Op(keyword: key, kind: .dependentSchemas(try schemaMap(member, index, site))))
            case .dependencies where draft == .draft7:
                guard case .object(let map) = v.content else { throw invalid(key, "an object", member, location) }
                var names: [(String, [String])] = []
                var schemas: [(String, Int)] = []
                for (k, entry) in map.members.enumerated() {
                    switch entry.value.content {
                    case .array:
                        names.append((entry.key, try stringArray(entry, location.appending(key), keyword: entry.key)))
                    case .object, .bool:
                        schemas.append((entry.key, try child(entry.value, site.edge(index, k),
                                                             at: location.appending(key, entry.key), parentInfo: info)))
                    default:
                        throw invalid(key, "an object whose values are schemas or arrays of strings", member, location)
                    }
                }
                if !names.isEmpty { ops.append(Op(keyword: key, kind: .dependentRequired(names))) }
                if !schemas.isEmpty { ops.append(Op(keyword: key, kind: .dependentSchemas(schemas))) }
            case .prefixItems where applicator && draft == .draft2020_12:
                ops.append(Op(keyword: key, kind: .prefixItems(try schemaArray(member, index, site))))
            case .items where applicator:
                if draft == .draft7, case .array = v.content {
                    let list = try schemaArray(member, index, site)
                    ops.append(Op(keyword: key, kind: .prefixItems(list)))
                    if let additional = siblingIndex(.additionalItems) {
                        let n = try schemaChild(object.members[additional], additional, site)
                        ops.append(Op(keyword: "additionalItems", kind: .items(node: n, start: list.count)))
                    }
                } else {
                    var start = 0
                    if draft == .draft2020_12, case .array(let prefix)? = sibling(.prefixItems)?.content { start = prefix.count }
                    ops.append(Op(keyword: key, kind: .items(node: try schemaChild(member, index, site), start: start)))
                }
            case .contains where applicator:
                let n = try schemaChild(member, index, site)
                var minimum = 1
                var maximum: Int? = nil
                if draft == .draft2020_12 && validation {
                    if let m = siblingIndex(.minContains) { minimum = try nonNegativeInteger(object.members[m], location) }
                    if let m = siblingIndex(.maxContains) { maximum = try nonNegativeInteger(object.members[m], location) }
                }
                ops.append(Op(keyword: key, kind: .contains(node: n, min: minimum, max: maximum)))
            case .allOf where applicator:
                ops.append(Op(keyword: key, kind: .allOf(try schemaArray(member, index, site))))
            case .anyOf where applicator:
                ops.append(Op(keyword: key, kind: .anyOf(try schemaArray(member, index, site))))
            case .oneOf where applicator:
                ops.append(Op(keyword: key, kind: .oneOf(try schemaArray(member, index, site))))
            case .not where applicator:
                ops.append(Op(keyword: key, kind: .not(try schemaChild(member, index, site))))
            case .if where applicator:
                let condition = try schemaChild(member, index, site)
                var then: Int? = nil, otherwise: Int? = nil
                if let m = siblingIndex(.then) { then = try schemaChild(object.members[m], m, site) }
                if let m = siblingIndex(.else) { otherwise = try schemaChild(object.members[m], m, site) }
                // Kept without then/else too: `if` still yields annotations for unevaluated*.
                ops.append(Op(keyword: key, kind: .conditional(condition: condition, then: then, else: otherwise)))

            // Unevaluated vocabulary: evaluated last, after the annotations of all others.
            case .unevaluatedProperties where draft == .draft2020_12 && vocab.contains(.unevaluated):
                trailing.append(Op(keyword: key, kind: .unevaluatedProperties(try schemaChild(member, index, site))))
            case .unevaluatedItems where draft == .draft2020_12 && vocab.contains(.unevaluated):
                trailing.append(Op(keyword: key, kind: .unevaluatedItems(try schemaChild(member, index, site))))

            default:
                continue
            }
        }
        if !trailing.isEmpty { ops += trailing.sorted { $0.keyword < $1.keyword } }
        return ops
    }
}
