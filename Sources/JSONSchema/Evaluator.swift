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
    /// The node being evaluated (-1 before the root); its location is read only when an
    /// error is reported, so that evaluating costs no string copies.
    var currentNode = -1
    var currentLocation: String { currentNode >= 0 ? nodes[currentNode].location : "" }
    /// Progress reports of ICU's backtracking engine (one about every ten thousand steps,
    /// so matches shorter than that cost nothing) that one validation may spend on patterns
    /// outside the linear-time automaton: about a fifth of a second's work. Past it such
    /// patterns are reported as too costly to check instead of holding the run for hours.
    var regexBudget = Evaluator.regexBudget
    static let regexBudget = 1_000
    /// The first pattern that ran out of budget, if any.
    var uncheckedPattern: String?

    init(schema: CompiledSchema, collecting: Bool) {
        self.schema = schema
        self.nodes = schema.nodes
        self.regexes = schema.regexes
        self.collecting = collecting
    }

    @discardableResult
    mutating func run(_ instance: JSONValue) -> Bool {
        var none: Evaluated? = nil
        let valid = evaluate(schema.root, instance, &none)
        // A pattern that could not be checked leaves the answer unknown, even where its
        // failure would have passed (under `not`, in one `anyOf` branch): the instance does
        // not pass, and says why.
        guard let source = uncheckedPattern else { return valid }
        if collecting && !errors.contains(where: { $0.message.contains(Evaluator.tooCostly(source)) }) {
            errors.append(ValidationError(instanceLocation: "", keywordLocation: "", absoluteKeywordLocation: nil, keyword: "pattern",
                                          message: "the instance is not fully checked: a value " + Evaluator.tooCostly(source),
                                          position: instance.position))
        }
        return false
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

    /// "value 3", "value 'abc'"; for objects and arrays, which are not shown, `container`.
    static func subject(_ v: JSONValue, container: String? = nil) -> String {
        switch v.content {
        case .object: return container ?? "the object"
        case .array: return container ?? "the array"
        default: return "value " + describe(v)
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
        if let constant = nodes[index].constant {
            if !constant && collecting {
                let saved = currentNode
                currentNode = index
                report(nil, "no value is allowed here (the schema is false)", value)
                currentNode = saved
            }
            return constant
        }
        guard depth < schema.options.maxEvaluationDepth else {
            let limit = schema.options.maxEvaluationDepth
            report(nil, "schema evaluation is nested deeper than the limit of \(limit) levels", value)
            return false
        }
        depth += 1
        let resource = nodes[index].resource
        let enteredResource = scope.last != resource
        if enteredResource { scope.append(resource) }
        let savedNode = currentNode
        currentNode = index
        var valid: Bool
        if nodes[index].tracksEvaluation {
            var local: Evaluated? = Evaluated()
            valid = runOps(nodes[index].ops, value, &local)
            if valid, ann != nil, let local { ann!.merge(local) }
        } else {
            valid = runOps(nodes[index].ops, value, &ann)
        }
        currentNode = savedNode
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

    /// Dispatches to one small function per keyword, so that the frames on the
    /// recursive path (evaluate, runOps, apply, an applicator) stay small even in debug
    /// builds and deep instances do not exhaust a thread's stack.
    mutating func apply(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?) -> Bool {
        switch op.kind {
        case .type(let mask): return checkType(op, value, &ann, mask)
        case .enumeration(let values): return checkEnumeration(op, value, &ann, values)
        case .constant(let c): return checkConstant(op, value, &ann, c)
        case .multipleOf(let d): return checkMultipleOf(op, value, &ann, d)
        case .maximum(let limit): return checkMaximum(op, value, &ann, limit)
        case .exclusiveMaximum(let limit): return checkExclusiveMaximum(op, value, &ann, limit)
        case .minimum(let limit): return checkMinimum(op, value, &ann, limit)
        case .exclusiveMinimum(let limit): return checkExclusiveMinimum(op, value, &ann, limit)
        case .maxLength(let limit): return checkMaxLength(op, value, &ann, limit)
        case .minLength(let limit): return checkMinLength(op, value, &ann, limit)
        case .pattern(let r): return checkPattern(op, value, &ann, r)
        case .format(let format): return checkFormat(op, value, &ann, format)
        case .prefixItems(let list): return checkPrefixItems(op, value, &ann, list)
        case .items(let n, let start): return checkItems(op, value, &ann, n, start)
        case .contains(let n, let minimum, let maximum): return checkContains(op, value, &ann, n, minimum, maximum)
        case .uniqueItems: return checkUniqueItems(op, value, &ann)
        case .maxItems(let limit): return checkMaxItems(op, value, &ann, limit)
        case .minItems(let limit): return checkMinItems(op, value, &ann, limit)
        case .properties(let table): return checkProperties(op, value, &ann, table)
        case .patternProperties(let list): return checkPatternProperties(op, value, &ann, list)
        case .additionalProperties(let n, let known, let patterns): return checkAdditionalProperties(op, value, &ann, n, known, patterns)
        case .propertyNames(let n): return checkPropertyNames(op, value, &ann, n)
        case .required(let names): return checkRequired(op, value, &ann, names)
        case .dependentRequired(let list): return checkDependentRequired(op, value, &ann, list)
        case .dependentSchemas(let list): return checkDependentSchemas(op, value, &ann, list)
        case .maxProperties(let limit): return checkMaxProperties(op, value, &ann, limit)
        case .minProperties(let limit): return checkMinProperties(op, value, &ann, limit)
        case .allOf(let list): return checkAllOf(op, value, &ann, list)
        case .anyOf(let list): return checkAnyOf(op, value, &ann, list)
        case .oneOf(let list): return checkOneOf(op, value, &ann, list)
        case .not(let n): return checkNot(op, value, &ann, n)
        case .conditional(let condition, let then, let otherwise): return checkConditional(op, value, &ann, condition, then, otherwise)
        case .unevaluatedProperties(let n): return checkUnevaluatedProperties(op, value, &ann, n)
        case .unevaluatedItems(let n): return checkUnevaluatedItems(op, value, &ann, n)
        case .ref(let target): return checkRef(op, value, &ann, target)
        case .dynamicRef(let target, let anchor): return checkDynamicRef(op, value, &ann, target, anchor)
        }
    }

    @inline(never)
    mutating func checkType(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ mask: TypeMask) -> Bool {
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
            report(op.keyword, "\(Evaluator.subject(value, container: "value")) is of type '\(value.typeName)', expected \(expected)", value)
        }
        return ok
    }

    @inline(never)
    mutating func checkEnumeration(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ values: [JSONValue]) -> Bool {
        if values.contains(value) { return true }
        report(op.keyword, {
            let shown = values.prefix(8).map(Evaluator.describe).joined(separator: ", ")
            return "\(Evaluator.subject(value)) is not one of the allowed values: \(shown)\(values.count > 8 ? ", ..." : "")"
        }(), value)
        return false
    }

    @inline(never)
    mutating func checkConstant(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ c: JSONValue) -> Bool {
        if c == value { return true }
        report(op.keyword, "\(Evaluator.subject(value)) is not the required constant \(Evaluator.describe(c))", value)
        return false
    }

    @inline(never)
    mutating func checkMultipleOf(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ d: JSONNumber) -> Bool {
        guard case .number(let n) = value.content, !n.isMultiple(of: d) else { return true }
        report(op.keyword, "value \(n) is not a multiple of \(d)", value)
        return false
    }

    @inline(never)
    mutating func checkMaximum(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: JSONNumber) -> Bool {
        guard case .number(let n) = value.content, JSONNumber.compare(n, limit) > 0 else { return true }
        report(op.keyword, "value \(n) is greater than the maximum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkExclusiveMaximum(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: JSONNumber) -> Bool {
        guard case .number(let n) = value.content, JSONNumber.compare(n, limit) >= 0 else { return true }
        report(op.keyword, "value \(n) is not less than the exclusive maximum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkMinimum(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: JSONNumber) -> Bool {
        guard case .number(let n) = value.content, JSONNumber.compare(n, limit) < 0 else { return true }
        report(op.keyword, "value \(n) is less than the minimum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkExclusiveMinimum(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: JSONNumber) -> Bool {
        guard case .number(let n) = value.content, JSONNumber.compare(n, limit) <= 0 else { return true }
        report(op.keyword, "value \(n) is not greater than the exclusive minimum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkMaxLength(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: Int) -> Bool {
        guard case .string(let s) = value.content else { return true }
        // A string has at most as many code points as UTF-8 bytes.
        if s.utf8.count <= limit { return true }
        let length = s.unicodeScalars.count
        if length <= limit { return true }
        report(op.keyword, "string is \(Evaluator.plural(length, "character")) long, longer than the maximum length \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkMinLength(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: Int) -> Bool {
        guard case .string(let s) = value.content else { return true }
        if s.utf8.count < limit || s.unicodeScalars.count < limit {
            let length = s.unicodeScalars.count
            report(op.keyword, "string is \(Evaluator.plural(length, "character")) long, shorter than the minimum length \(limit)", value)
            return false
        }
        return true
    }

    /// Whether pattern `r` matches `text`, or nil when it is too costly to tell (reported
    /// by the caller, which counts it as a failure: a check that could not be made does
    /// not pass).
    mutating func match(_ r: Int, _ text: String) -> Bool? {
        let regex = regexes[r]
        let matched = regex.matches(text, budget: &regexBudget)
        if matched == nil && uncheckedPattern == nil { uncheckedPattern = regex.source }
        return matched
    }

    static func tooCostly(_ source: String) -> String {
        "could not be checked against the pattern '\(source)': matching it backtracks past the engine's limit; simplify the pattern (nested quantifiers with a backreference or lookaround)"
    }

    @inline(never)
    mutating func checkPattern(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ r: Int) -> Bool {
        guard case .string(let s) = value.content else { return true }
        let source = regexes[r].source
        switch match(r, s) {
        case true?:
            return true
        case false?:
            report(op.keyword, "string \(Evaluator.describe(value)) does not match the pattern '\(source)'", value)
        case nil:
            report(op.keyword, "string \(Evaluator.describe(value)) " + Evaluator.tooCostly(source), value)
        }
        return false
    }

    @inline(never)
    mutating func checkFormat(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ format: Format) -> Bool {
        switch value.content {
        case .string(let s) where !format.isNumeric:
            if format.isValid(s) { return true }
        case .number(let n) where format.isNumeric:
            if format.isValid(n) { return true }
            report(op.keyword, "value \(n) is not a valid \(format.rawValue)", value)
            return false
        default:
            return true
        }
        report(op.keyword, "string \(Evaluator.describe(value)) is not a valid \(format.rawValue)", value)
        return false
    }

    @inline(never)
    mutating func checkPrefixItems(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [Int]) -> Bool {
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
    }

    @inline(never)
    mutating func checkItems(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int, _ start: Int) -> Bool {
        guard case .array(let items) = value.content else { return true }
        var valid = true
        if items.count > start {
            for i in start..<items.count {
                if !evaluateChild(n, items[i], keyword: op.keyword, sub: nil, token: .index(i),
                                  falseMessage: start == 0 ? "item \(i) is not allowed (no items are allowed)"
                                      : "item \(i) is not allowed (at most \(Evaluator.plural(start, "item")) \(start == 1 ? "is" : "are") allowed)") {
                    valid = false
                    if !collecting || stopped { return false }
                }
            }
        }
        if ann != nil { ann!.allItems = true }
        return valid
    }

    @inline(never)
    mutating func checkContains(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int, _ minimum: Int, _ maximum: Int?) -> Bool {
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
    }

    @inline(never)
    mutating func checkUniqueItems(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?) -> Bool {
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
    }

    @inline(never)
    mutating func checkMaxItems(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: Int) -> Bool {
        guard case .array(let items) = value.content, items.count > limit else { return true }
        report(op.keyword, "array has \(Evaluator.plural(items.count, "item")), more than the maximum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkMinItems(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: Int) -> Bool {
        guard case .array(let items) = value.content, items.count < limit else { return true }
        report(op.keyword, "array has \(Evaluator.plural(items.count, "item")), fewer than the minimum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkProperties(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ table: PropertyTable) -> Bool {
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
    }

    @inline(never)
    mutating func checkPatternProperties(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [(Int, Int)]) -> Bool {
        guard case .object(let object) = value.content else { return true }
        var valid = true
        for (i, m) in object.members.enumerated() {
            for (r, n) in list {
                guard let matched = match(r, m.key) else {
                    let source = regexes[r].source
                    report(op.keyword, sub: .name(source), instance: .name(m.key),
                           "property name '\(m.key)' " + Evaluator.tooCostly(source), value, position: m.keyPosition)
                    valid = false
                    if !collecting || stopped { return false }
                    continue
                }
                guard matched else { continue }
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
    }

    @inline(never)
    mutating func checkAdditionalProperties(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int, _ known: PropertyTable, _ patterns: [Int]) -> Bool {
        guard case .object(let object) = value.content else { return true }
        var valid = true
        for m in object.members {
            if known.lookup(m.key) != nil { continue }
            var covered = false
            for r in patterns {
                guard let matched = match(r, m.key) else {
                    let source = regexes[r].source
                    report(op.keyword, instance: .name(m.key), "property name '\(m.key)' " + Evaluator.tooCostly(source),
                           value, position: m.keyPosition)
                    return false
                }
                if matched { covered = true; break }
            }
            if covered { continue }
            if !evaluateChild(n, m.value, keyword: op.keyword, sub: nil, token: .name(m.key),
                              falseMessage: "property '\(m.key)' is not allowed (no additional properties are allowed)",
                              position: m.keyPosition) {
                valid = false
                if !collecting || stopped { return false }
            }
        }
        if ann != nil { ann!.allProperties = true }
        return valid
    }

    @inline(never)
    mutating func checkPropertyNames(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int) -> Bool {
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
    }

    @inline(never)
    mutating func checkRequired(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ names: [String]) -> Bool {
        guard case .object(let object) = value.content else { return true }
        var valid = true
        for name in names where object.memberIndex(forKey: name) == nil {
            valid = false
            if !collecting { return false }
            report(op.keyword, "required property '\(name)' is missing", value)
        }
        return valid
    }

    @inline(never)
    mutating func checkDependentRequired(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [(String, [String])]) -> Bool {
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
    }

    @inline(never)
    mutating func checkDependentSchemas(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [(String, Int)]) -> Bool {
        guard case .object(let object) = value.content else { return true }
        var valid = true
        for (name, n) in list where object.memberIndex(forKey: name) != nil {
            if !evaluateInPlace(n, value, keyword: op.keyword, sub: .name(name), &ann) {
                valid = false
                if !collecting || stopped { return false }
            }
        }
        return valid
    }

    @inline(never)
    mutating func checkMaxProperties(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: Int) -> Bool {
        guard case .object(let object) = value.content, object.count > limit else { return true }
        report(op.keyword, "object has \(Evaluator.plural(object.count, "property").replacingPropertys), more than the maximum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkMinProperties(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ limit: Int) -> Bool {
        guard case .object(let object) = value.content, object.count < limit else { return true }
        report(op.keyword, "object has \(Evaluator.plural(object.count, "property").replacingPropertys), fewer than the minimum \(limit)", value)
        return false
    }

    @inline(never)
    mutating func checkAllOf(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [Int]) -> Bool {
        var valid = true
        for (k, n) in list.enumerated() {
            if !evaluateInPlace(n, value, keyword: op.keyword, sub: .index(k), &ann) {
                valid = false
                if !collecting || stopped { return false }
            }
        }
        return valid
    }

    @inline(never)
    mutating func checkAnyOf(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [Int]) -> Bool {
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
    }

    @inline(never)
    mutating func checkOneOf(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ list: [Int]) -> Bool {
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
    }

    @inline(never)
    mutating func checkNot(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int) -> Bool {
        var none: Evaluated? = nil
        if probe(n, value, &none) {
            report(op.keyword, "value must not match the schema in 'not'", value)
            return false
        }
        return true
    }

    @inline(never)
    mutating func checkConditional(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ condition: Int, _ then: Int?, _ otherwise: Int?) -> Bool {
        if then == nil && otherwise == nil && ann == nil { return true }
        var local: Evaluated? = ann == nil ? nil : Evaluated()
        if probe(condition, value, &local) {
            if ann != nil, let local { ann!.merge(local) }
            if let then { return evaluateInPlace(then, value, keyword: "then", sub: nil, &ann) }
        } else if let otherwise {
            return evaluateInPlace(otherwise, value, keyword: "else", sub: nil, &ann)
        }
        return true
    }

    @inline(never)
    mutating func checkUnevaluatedProperties(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int) -> Bool {
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
    }

    @inline(never)
    mutating func checkUnevaluatedItems(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ n: Int) -> Bool {
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
    }

    @inline(never)
    mutating func checkRef(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ target: Int) -> Bool {
        return enterReference(target, value, keyword: op.keyword, &ann)
    }

    @inline(never)
    mutating func checkDynamicRef(_ op: Op, _ value: JSONValue, _ ann: inout Evaluated?, _ target: Int, _ anchor: String?) -> Bool {
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

extension String {
    /// "propertys" → "properties" for ``Evaluator/plural(_:_:)``.
    fileprivate var replacingPropertys: String {
        hasSuffix("propertys") ? String(dropLast(9)) + "properties" : self
    }
}
