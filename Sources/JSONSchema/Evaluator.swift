/// One validation run: walks the compiled nodes over an instance, keeping the instance
/// and keyword paths (only when collecting errors), the dynamic scope for
/// `$dynamicRef`, and the references entered at each instance depth to stop loops.
struct Evaluator {
    /// A step in an instance or keyword path.
    enum Segment {
        case name(String)
        case index(Int)

        var escaped: String {
            switch self {
            case .name(let s): return JSONPointer.escape(s)
            case .index(let i): return String(i)
            }
        }
    }

    let schema: CompiledSchema
    let nodes: [Node]
    let regexes: [ECMARegex]
    /// Collecting errors (with paths) rather than just answering valid or not. Turned
    /// off while evaluating subschemas whose failures are not errors themselves
    /// (`anyOf` branches, `not`, `if`, `contains`).
    var collecting: Bool
    var errors: [ValidationError] = []
    var stopped = false
    var summarizing = false

    var instancePath: [Segment] = []
    var keywordPath: [Segment] = []
    var instanceDepth = 0
    var refDepth = 0
    var depth = 0
    var scope: [Int] = []
    var refStack: [(node: Int, depth: Int)] = []
    var currentLocation = ""

    init(schema: CompiledSchema, collecting: Bool) {
        self.schema = schema
        self.nodes = schema.nodes
        self.regexes = schema.regexes
        self.collecting = collecting
    }

    @discardableResult
    mutating func run(_ instance: JSONValue) -> Bool {
        var none: Evaluated? = nil
        return evaluate(schema.root, instance, &none)
    }

    // MARK: Paths and reports

    @inline(__always) mutating func pushKeyword(_ s: Segment) { if collecting { keywordPath.append(s) } }
    @inline(__always) mutating func popKeyword() { if collecting { keywordPath.removeLast() } }
    @inline(__always) mutating func pushInstance(_ s: Segment) {
        instanceDepth += 1
        if collecting { instancePath.append(s) }
    }
    @inline(__always) mutating func popInstance() {
        instanceDepth -= 1
        if collecting { instancePath.removeLast() }
    }

    static func pointer(_ path: [Segment]) -> String {
        var out = ""
        for s in path { out += "/" + s.escaped }
        return out
    }

    /// Records an error at the current paths, extended by `keyword`, `sub` and `instance`.
    mutating func report(_ keyword: String?, sub: Segment? = nil, instance: Segment? = nil,
                         _ message: @autoclosure () -> String, _ value: JSONValue, position: JSONPosition? = nil) {
        guard collecting, !stopped else { return }
        var suffix = ""
        if let keyword { suffix += "/" + JSONPointer.escape(keyword) }
        if let sub { suffix += "/" + sub.escaped }
        var instanceLocation = Evaluator.pointer(instancePath)
        if let instance { instanceLocation += "/" + instance.escaped }
        errors.append(ValidationError(
            instanceLocation: instanceLocation,
            keywordLocation: Evaluator.pointer(keywordPath) + suffix,
            absoluteKeywordLocation: refDepth > 0 ? currentLocation + suffix : nil,
            keyword: keyword ?? "false",
            message: message(),
            position: position ?? value.position))
        if errors.count >= schema.options.maxErrors { stopped = true }
    }

    static func describe(_ v: JSONValue) -> String {
        switch v.content {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            let text = n.literal
            return text.count > 40 ? String(text.prefix(37)) + "..." : text
        case .string(let s): return quote(s)
        case .array(let a): return a.isEmpty ? "[]" : "an array"
        case .object(let o): return o.isEmpty ? "{}" : "an object"
        }
    }

    static func quote(_ s: String) -> String {
        var scalars = s.unicodeScalars.prefix(60).map { c -> String in
            c.value < 0x20 ? "\\u{\(String(c.value, radix: 16))}" : String(c)
        }.joined()
        if s.unicodeScalars.count > 60 { scalars += "..." }
        return "'" + scalars + "'"
    }

    static func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

    // MARK: Evaluation

    mutating func evaluate(_ index: Int, _ value: JSONValue, _ ann: inout Evaluated?) -> Bool {
        let node = nodes[index]
        if let constant = node.constant {
            if !constant && collecting {
                let saved = currentLocation
                currentLocation = node.location
                report(nil, "no value is allowed here (the schema is false)", value)
                currentLocation = saved
            }
            return constant
        }
        guard depth < schema.options.maxEvaluationDepth else {
            let limit = schema.options.maxEvaluationDepth
            report(nil, "schema evaluation is nested deeper than the limit of \(limit) levels", value)
            return false
        }
        depth += 1
        let enteredResource = scope.last != node.resource
        if enteredResource { scope.append(node.resource) }
        let savedLocation = currentLocation
        currentLocation = node.location
        var valid: Bool
        if node.tracksEvaluation {
            var local: Evaluated? = Evaluated()
            valid = runOps(node.ops, value, &local)
            if valid, ann != nil, let local { ann!.merge(local) }
        } else {
            valid = runOps(node.ops, value, &ann)
        }
        currentLocation = savedLocation
        if enteredResource { scope.removeLast() }
        depth -= 1
        return valid
    }

    mutating func runOps(_ ops: [Op], _ value: JSONValue, _ ann: inout Evaluated?) -> Bool {
        var valid = true
        for op in ops {
            if !apply(op, value, &ann) {
                valid = false
                if !collecting || stopped { return false }
            }
        }
        return valid
    }

    /// Evaluates subschema `n` on a member or item of the instance.
    mutating func evaluateChild(_ n: Int, _ child: JSONValue, keyword: String, sub: Segment?, token: Segment,
                                falseMessage: @autoclosure () -> String, position: JSONPosition? = nil) -> Bool {
        if nodes[n].constant == false {
            report(keyword, sub: sub, instance: token, falseMessage(), child, position: position)
            return false
        }
        pushKeyword(.name(keyword))
        if let sub { pushKeyword(sub) }
        pushInstance(token)
        var none: Evaluated? = nil
        let ok = evaluate(n, child, &none)
        popInstance()
        if sub != nil { popKeyword() }
        popKeyword()
        return ok
    }

    /// Evaluates subschema `n` on the same instance value, sharing annotations.
    mutating func evaluateInPlace(_ n: Int, _ value: JSONValue, keyword: String, sub: Segment?, _ ann: inout Evaluated?) -> Bool {
        pushKeyword(.name(keyword))
        if let sub { pushKeyword(sub) }
        let ok = evaluate(n, value, &ann)
        if sub != nil { popKeyword() }
        popKeyword()
        return ok
    }

    /// Evaluates without collecting errors: for subschemas whose failure is an outcome,
    /// not an error (`anyOf` branches, `not`, `if`, `contains`).
    mutating func probe(_ n: Int, _ value: JSONValue, _ ann: inout Evaluated?) -> Bool {
        let saved = collecting
        collecting = false
        let ok = evaluate(n, value, &ann)
        collecting = saved
        return ok
    }

    /// " (0: …; 1: …)": the first error of each alternative, to explain an `anyOf` or
    /// `oneOf` failure without reporting every nested error.
    mutating func summary(_ branches: [Int], _ value: JSONValue, keyword: String) -> String {
        guard collecting, !summarizing, !stopped else { return "" }
        summarizing = true
        let mark = errors.count
        let here = Evaluator.pointer(instancePath)
        var parts: [String] = []
        for (k, b) in branches.prefix(4).enumerated() {
            var none: Evaluated? = nil
            _ = evaluateInPlace(b, value, keyword: keyword, sub: .index(k), &none)
            if errors.count > mark {
                let e = errors[mark]
                let at = e.instanceLocation == here ? "" : String(e.instanceLocation.dropFirst(here.count)) + ": "
                parts.append("\(k): \(at)\(e.message)")
                errors.removeSubrange(mark...)
            }
            stopped = false
        }
        summarizing = false
        if parts.isEmpty { return "" }
        if branches.count > 4 { parts.append("...") }
        return " (" + parts.joined(separator: "; ") + ")"
    }

    mutating func enterReference(_ target: Int, _ value: JSONValue, keyword: String, _ ann: inout Evaluated?) -> Bool {
        // A reference re-entered at the same instance location without any progress
        // in between would recurse forever.
        var k = refStack.count - 1
        while k >= 0, refStack[k].depth == instanceDepth {
            if refStack[k].node == target {
                let location = nodes[target].location
                report(keyword, "the reference loops back to '\(location)' without reaching into the instance", value)
                return false
            }
            k -= 1
        }
        refStack.append((target, instanceDepth))
        refDepth += 1
        pushKeyword(.name(keyword))
        let ok = evaluate(target, value, &ann)
        popKeyword()
        refDepth -= 1
        refStack.removeLast()
        return ok
    }

    // MARK: Keywords

    mutating func apply(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?) -> Bool {
        switch op.kind {
        case .type(let mask):
            let ok: Bool
            switch value.content {
            case .null: ok = mask.contains(.null)
            case .bool: ok = mask.contains(.boolean)
            case .string: ok = mask.contains(.string)
            case .array: ok = mask.contains(.array)
            case .object: ok = mask.contains(.object)
            case .number(let n): ok = mask.contains(.number) || (mask.contains(.integer) && n.isInteger)
            }
            if !ok {
                let expected = mask.names.map { "'\($0)'" }.joined(separator: " or ")
                report(op.keyword, "value \(Evaluator.describe(value)) is of type '\(value.typeName)', expected \(expected)", value)
            }
            return ok

        case .enumeration(let values):
            if values.contains(value) { return true }
            report(op.keyword, {
                let shown = values.prefix(8).map(Evaluator.describe).joined(separator: ", ")
                return "value \(Evaluator.describe(value)) is not one of the allowed values: \(shown)\(values.count > 8 ? ", ..." : "")"
            }(), value)
            return false

        case .constant(let c):
            if c == value { return true }
            report(op.keyword, "value \(Evaluator.describe(value)) is not the required constant \(Evaluator.describe(c))", value)
            return false

        case .multipleOf(let d):
            guard case .number(let n) = value.content, !n.isMultiple(of: d) else { return true }
            report(op.keyword, "value \(n) is not a multiple of \(d)", value)
            return false

        case .maximum(let limit):
            guard case .number(let n) = value.content, JSONNumber.compare(n, limit) > 0 else { return true }
            report(op.keyword, "value \(n) is greater than the maximum \(limit)", value)
            return false

        case .exclusiveMaximum(let limit):
            guard case .number(let n) = value.content, JSONNumber.compare(n, limit) >= 0 else { return true }
            report(op.keyword, "value \(n) is not less than the exclusive maximum \(limit)", value)
            return false

        case .minimum(let limit):
            guard case .number(let n) = value.content, JSONNumber.compare(n, limit) < 0 else { return true }
            report(op.keyword, "value \(n) is less than the minimum \(limit)", value)
            return false

        case .exclusiveMinimum(let limit):
            guard case .number(let n) = value.content, JSONNumber.compare(n, limit) <= 0 else { return true }
            report(op.keyword, "value \(n) is not greater than the exclusive minimum \(limit)", value)
            return false

        case .maxLength(let limit):
            guard case .string(let s) = value.content else { return true }
            // A string has at most as many code points as UTF-8 bytes.
            if s.utf8.count <= limit { return true }
            let length = s.unicodeScalars.count
            if length <= limit { return true }
            report(op.keyword, "string is \(Evaluator.plural(length, "character")) long, longer than the maximum length \(limit)", value)
            return false

        case .minLength(let limit):
            guard case .string(let s) = value.content else { return true }
            if s.utf8.count < limit || s.unicodeScalars.count < limit {
                let length = s.unicodeScalars.count
                report(op.keyword, "string is \(Evaluator.plural(length, "character")) long, shorter than the minimum length \(limit)", value)
                return false
            }
            return true

        case .pattern(let r):
            guard case .string(let s) = value.content, !regexes[r].matches(s) else { return true }
            let source = regexes[r].source
            report(op.keyword, "string \(Evaluator.describe(value)) does not match the pattern '\(source)'", value)
            return false

        case .format(let format):
            guard case .string(let s) = value.content, !format.isValid(s) else { return true }
            report(op.keyword, "string \(Evaluator.describe(value)) is not a valid \(format.rawValue)", value)
            return false

        case .prefixItems(let list):
            guard case .array(let items) = value.content else { return true }
            var valid = true
            for i in 0..<min(list.count, items.count) {
                ann?.items.insert(i)
                if !evaluateChild(list[i], items[i], keyword: op.keyword, sub: .index(i), token: .index(i),
                                  falseMessage: "item \(i) is not allowed") {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            return valid

        case .items(let n, let start):
            guard case .array(let items) = value.content else { return true }
            var valid = true
            if items.count > start {
                for i in start..<items.count {
                    if !evaluateChild(n, items[i], keyword: op.keyword, sub: nil, token: .index(i),
                                      falseMessage: start == 0 ? "item \(i) is not allowed (no items are allowed)"
                                          : "item \(i) is not allowed (at most \(Evaluator.plural(start, "item")) are allowed)") {
                        valid = false
                        if !collecting || stopped { return false }
                    }
                }
            }
            if ann != nil { ann!.allItems = true }
            return valid

        case .contains(let n, let minimum, let maximum):
            guard case .array(let items) = value.content else { return true }
            var count = 0
            for (i, item) in items.enumerated() {
                pushInstance(.index(i))
                var none: Evaluated? = nil
                let ok = probe(n, item, &none)
                popInstance()
                if ok {
                    count += 1
                    ann?.items.insert(i)
                }
                if ann == nil {
                    if let maximum, count > maximum { break }
                    if maximum == nil, count >= minimum { break }
                }
            }
            if count < minimum {
                report(op.keyword, minimum == 1 ? "array has no item that matches the 'contains' schema"
                    : "array has \(Evaluator.plural(count, "item")) matching the 'contains' schema, fewer than the minimum \(minimum)", value)
                return false
            }
            if let maximum, count > maximum {
                report(op.keyword, "array has \(count > maximum + 1 && ann == nil ? "more than \(maximum)" : String(count)) items matching the 'contains' schema, more than the maximum \(maximum)", value)
                return false
            }
            return true

        case .uniqueItems:
            guard case .array(let items) = value.content, items.count > 1 else { return true }
            if items.count <= 16 {
                for i in 1..<items.count {
                    for j in 0..<i where items[i] == items[j] {
                        report(op.keyword, "array items \(j) and \(i) are equal, but items must be unique", value)
                        return false
                    }
                }
                return true
            }
            var seen = [JSONValue: Int](minimumCapacity: items.count)
            for (i, item) in items.enumerated() {
                if let j = seen[item] {
                    report(op.keyword, "array items \(j) and \(i) are equal, but items must be unique", value)
                    return false
                }
                seen[item] = i
            }
            return true

        case .maxItems(let limit):
            guard case .array(let items) = value.content, items.count > limit else { return true }
            report(op.keyword, "array has \(Evaluator.plural(items.count, "item")), more than the maximum \(limit)", value)
            return false

        case .minItems(let limit):
            guard case .array(let items) = value.content, items.count < limit else { return true }
            report(op.keyword, "array has \(Evaluator.plural(items.count, "item")), fewer than the minimum \(limit)", value)
            return false

        case .properties(let table):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for (i, m) in object.members.enumerated() {
                guard let n = table.lookup(m.key) else { continue }
                ann?.properties.insert(i)
                if !evaluateChild(n, m.value, keyword: op.keyword, sub: .name(m.key), token: .name(m.key),
                                  falseMessage: "property '\(m.key)' is not allowed", position: m.keyPosition) {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            return valid

        case .patternProperties(let list):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for (i, m) in object.members.enumerated() {
                for (r, n) in list where regexes[r].matches(m.key) {
                    ann?.properties.insert(i)
                    let source = regexes[r].source
                    if !evaluateChild(n, m.value, keyword: op.keyword, sub: .name(source), token: .name(m.key),
                                      falseMessage: "property '\(m.key)' is not allowed (its name matches '\(source)')",
                                      position: m.keyPosition) {
                        valid = false
                        if !collecting || stopped { return false }
                    }
                }
            }
            return valid

        case .additionalProperties(let n, let known, let patterns):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for m in object.members {
                if known.lookup(m.key) != nil { continue }
                if patterns.contains(where: { regexes[$0].matches(m.key) }) { continue }
                if !evaluateChild(n, m.value, keyword: op.keyword, sub: nil, token: .name(m.key),
                                  falseMessage: "property '\(m.key)' is not allowed (no additional properties are allowed)",
                                  position: m.keyPosition) {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            if ann != nil { ann!.allProperties = true }
            return valid

        case .propertyNames(let n):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for m in object.members {
                let name = JSONValue(.string(m.key), position: m.keyPosition)
                if nodes[n].constant == false {
                    report(op.keyword, "property name '\(m.key)' is not allowed", name)
                    valid = false
                } else {
                    var none: Evaluated? = nil
                    if !evaluateInPlace(n, name, keyword: op.keyword, sub: nil, &none) { valid = false }
                }
                if !valid && (!collecting || stopped) { return false }
            }
            return valid

        case .required(let names):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for name in names where object.memberIndex(forKey: name) == nil {
                valid = false
                if !collecting { return false }
                report(op.keyword, "required property '\(name)' is missing", value)
            }
            return valid

        case .dependentRequired(let list):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for (name, needed) in list where object.memberIndex(forKey: name) != nil {
                for other in needed where object.memberIndex(forKey: other) == nil {
                    valid = false
                    if !collecting { return false }
                    report(op.keyword, sub: .name(name), "property '\(other)' is required when '\(name)' is present", value)
                }
            }
            return valid

        case .dependentSchemas(let list):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for (name, n) in list where object.memberIndex(forKey: name) != nil {
                if !evaluateInPlace(n, value, keyword: op.keyword, sub: .name(name), &ann) {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            return valid

        case .maxProperties(let limit):
            guard case .object(let object) = value.content, object.count > limit else { return true }
            report(op.keyword, "object has \(Evaluator.plural(object.count, "property").replacingPropertys), more than the maximum \(limit)", value)
            return false

        case .minProperties(let limit):
            guard case .object(let object) = value.content, object.count < limit else { return true }
            report(op.keyword, "object has \(Evaluator.plural(object.count, "property").replacingPropertys), fewer than the minimum \(limit)", value)
            return false

        case .allOf(let list):
            var valid = true
            for (k, n) in list.enumerated() {
                if !evaluateInPlace(n, value, keyword: op.keyword, sub: .index(k), &ann) {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            return valid

        case .anyOf(let list):
            var matched = false
            if ann == nil {
                for n in list {
                    var none: Evaluated? = nil
                    if probe(n, value, &none) { matched = true; break }
                }
            } else {
                // Every valid branch contributes annotations, so none may be skipped.
                for n in list {
                    var local: Evaluated? = Evaluated()
                    if probe(n, value, &local) {
                        matched = true
                        ann!.merge(local!)
                    }
                }
            }
            if !matched {
                let explanation = summary(list, value, keyword: op.keyword)
                report(op.keyword, "value does not match any of the \(list.count) schemas in 'anyOf'" + explanation, value)
            }
            return matched

        case .oneOf(let list):
            var matches: [Int] = []
            var kept: Evaluated? = nil
            for (k, n) in list.enumerated() {
                var local: Evaluated? = ann == nil ? nil : Evaluated()
                if probe(n, value, &local) {
                    matches.append(k)
                    kept = local
                    if matches.count > 1 && !collecting && ann == nil { break }
                }
            }
            if matches.count == 1 {
                if ann != nil, let kept { ann!.merge(kept) }
                return true
            }
            if matches.isEmpty {
                let explanation = summary(list, value, keyword: op.keyword)
                report(op.keyword, "value does not match any of the \(list.count) schemas in 'oneOf'" + explanation, value)
            } else {
                report(op.keyword, "value matches \(matches.count) schemas in 'oneOf' (\(matches.map(String.init).joined(separator: ", "))), but must match exactly one", value)
            }
            return false

        case .not(let n):
            var none: Evaluated? = nil
            if probe(n, value, &none) {
                report(op.keyword, "value must not match the schema in 'not'", value)
                return false
            }
            return true

        case .conditional(let condition, let then, let otherwise):
            if then == nil && otherwise == nil && ann == nil { return true }
            var local: Evaluated? = ann == nil ? nil : Evaluated()
            if probe(condition, value, &local) {
                if ann != nil, let local { ann!.merge(local) }
                if let then { return evaluateInPlace(then, value, keyword: "then", sub: nil, &ann) }
            } else if let otherwise {
                return evaluateInPlace(otherwise, value, keyword: "else", sub: nil, &ann)
            }
            return true

        case .unevaluatedProperties(let n):
            guard case .object(let object) = value.content else { return true }
            var valid = true
            for (i, m) in object.members.enumerated() where !(ann?.hasProperty(i) ?? false) {
                if !evaluateChild(n, m.value, keyword: op.keyword, sub: nil, token: .name(m.key),
                                  falseMessage: "property '\(m.key)' is not allowed (it is not evaluated by any other keyword)",
                                  position: m.keyPosition) {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            if ann != nil { ann!.allProperties = true }
            return valid

        case .unevaluatedItems(let n):
            guard case .array(let items) = value.content else { return true }
            var valid = true
            for i in items.indices where !(ann?.hasItem(i) ?? false) {
                if !evaluateChild(n, items[i], keyword: op.keyword, sub: nil, token: .index(i),
                                  falseMessage: "item \(i) is not allowed (it is not evaluated by any other keyword)") {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
            if ann != nil { ann!.allItems = true }
            return valid

        case .ref(let target):
            return enterReference(target, value, keyword: op.keyword, &ann)

        case .dynamicRef(let target, let anchor):
            var resolved = target
            if let anchor {
                // The outermost resource in the dynamic scope that has the anchor wins.
                for r in scope {
                    if let n = schema.dynamicAnchors[r][anchor] { resolved = n; break }
                }
            }
            return enterReference(resolved, value, keyword: op.keyword, &ann)
        }
    }
}

extension String {
    /// "propertys" → "properties" for ``Evaluator/plural(_:_:)``.
    fileprivate var replacingPropertys: String {
        hasSuffix("propertys") ? String(dropLast(9)) + "properties" : self
    }
}
