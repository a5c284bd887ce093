@testable import EAGenerate
@testable import EAModel
@testable import EAValidate
import Foundation
import Testing

/// Properties that must hold for any model, checked on models made by a small seeded
/// generator (no package: the generator walks the metamodel, so every kind and field
/// type is covered, and a failing seed reproduces exactly).
///
/// - a model written in YAML and in XML loads to the same elements;
/// - the findings do not depend on the thread count or on the order of the files;
/// - the output is the same bytes from run to run.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test(arguments: seeds) func yamlAndXMLFormsLoadToTheSameModel(seed: UInt64) throws {
        var generator = ModelGenerator(seed: seed, hostile: false)
        let model = generator.model()
        let yaml = try TemporaryRepository(Dictionary(uniqueKeysWithValues: model.files(as: .yaml)))
        let xml = try TemporaryRepository(Dictionary(uniqueKeysWithValues: model.files(as: .xml)))
        let fromYAML = try RepositoryLoader(threads: 2).load(yaml.path)
        let fromXML = try RepositoryLoader(threads: 2).load(xml.path)
        #expect(fromYAML.issues.isEmpty, "seed \(seed): \(fromYAML.issues.prefix(3))")
        #expect(fromXML.issues.isEmpty, "seed \(seed): \(fromXML.issues.prefix(3))")
        #expect(fromYAML.model.elements.count == model.elements.count, "seed \(seed)")
        let xmlByID = fromXML.model.byID
        for element in fromYAML.model.elements {
            #expect(xmlByID[element.id] == element,
                    "seed \(seed): \(element.id) differs\nYAML \(element.fields)\nXML  \(String(describing: xmlByID[element.id]?.fields))")
        }
    }

    @Test(arguments: seeds) func findingsDoNotDependOnThreadsOrFileOrder(seed: UInt64) throws {
        var generator = ModelGenerator(seed: seed, hostile: true)
        let model = generator.model()
        let files = model.files(as: .mixed)
        // The same files under other names, so that they are read in the opposite order.
        var renamed: [String: String] = [:]
        var original: [String: String] = [:]
        for (index, file) in files.enumerated() {
            let name = "model/\(String(format: "%03d", files.count - index))-" + file.path.split(separator: "/").last!
            renamed[name] = file.text
            original[name] = file.path
        }
        let first = try TemporaryRepository(Dictionary(uniqueKeysWithValues: files))
        let second = try TemporaryRepository(renamed)

        let one = try findings(first, threads: 1)
        let four = try findings(first, threads: 4)
        #expect(one == four, "seed \(seed): one thread and four threads differ")
        // Across renamed files, the same findings once each file is named by its original name.
        // Where an id is repeated, which copy a reference reaches is decided by the order of
        // the files (and INT003 says so): findings about repeated ids are left out.
        let reordered = try findings(second, threads: 3, renamed: original)
        let repeated = Set(one.filter { $0.hasPrefix("INT003 ") }.map { String($0.split(separator: " ")[1]) })
        // A finding is left out when, in either order, it names a repeated id.
        func key(_ line: String) -> String { line.split(separator: " ").prefix(4).joined(separator: " ") }
        let affected = Set((one + reordered).filter { line in
            !line.hasPrefix("INT003 ") && repeated.contains { line.contains("'\($0)'") || line.contains(" \($0) ") }
        }.map(key))
        func unaffected(_ lines: [String]) -> [String] { lines.filter { !affected.contains(key($0)) }.sorted() }
        #expect(unaffected(one) == unaffected(reordered),
                "seed \(seed): the order of files changed the findings\n\(Set(unaffected(one)).symmetricDifference(unaffected(reordered)).sorted().prefix(6))")
        #expect(!one.isEmpty, "the hostile generator always plants problems")
    }

    @Test(arguments: seeds.prefix(4)) func outputIsTheSameBytesFromRunToRun(seed: UInt64) throws {
        var generator = ModelGenerator(seed: seed, hostile: true)
        let repository = try TemporaryRepository(Dictionary(uniqueKeysWithValues: generator.model().files(as: .mixed)))
        func render(threads: Int) throws -> String {
            let loaded = try RepositoryLoader(threads: threads).load(repository.path)
            let findings = Validator().validate(loaded, options: .init(asOf: ScratchRepository.asOf))
            return JSONReporter().render(FindingReport(repository: loaded, findings: findings, asOf: ScratchRepository.asOf))
                + SARIFReporter().render(FindingReport(repository: loaded, findings: findings, asOf: ScratchRepository.asOf))
        }
        let first = try render(threads: 1)
        #expect(try render(threads: 4) == first, "seed \(seed)")
        #expect(try render(threads: 2) == first, "seed \(seed)")
    }

    /// Export to the ArchiMate exchange format, import, write the YAML an import writes,
    /// load it: the same elements come back. Every kind is present so that each
    /// reference resolves (a reference to a missing id cannot be exported), and lists and
    /// maps are not empty (an exchange file writes an empty one as nothing).
    @Test(arguments: seeds.prefix(12)) func archiMateExportThenImportGivesTheSameModel(seed: UInt64) throws {
        var generator = ModelGenerator(seed: seed, hostile: false, everyKind: true)
        let repository = try TemporaryRepository(Dictionary(uniqueKeysWithValues: generator.model().files(as: .mixed)))
        let original = try RepositoryLoader().load(repository.path)
        #expect(original.issues.isEmpty, "seed \(seed): \(original.issues.prefix(3))")
        let exported = ArchiMateExporter(modelName: "property", languages: []).export(original.model)
        let result = try ArchiMateImporter().read(Array(exported.text.utf8), file: "export.xml")
        let folder = try TemporaryRepository()
        try SafeFileWriter(root: folder.path).write(ImportLayout.files(for: result, source: "export.xml", withConfig: true))
        let imported = try RepositoryLoader().load(folder.path)
        #expect(imported.issues.isEmpty, "seed \(seed): \(imported.issues.prefix(3))")
        let after = imported.model.byID
        #expect(Set(after.keys) == Set(original.model.byID.keys), "seed \(seed)")
        for element in original.model.elements {
            let differing = Set(element.fields.keys).union(after[element.id]?.fields.keys ?? []).sorted().filter {
                element.fields[$0] != after[element.id]?.fields[$0]
            }
            #expect(after[element.id] == element, "seed \(seed): \(element.id) changed in \(differing.map { "\($0): \(String(describing: element.fields[$0]?.value)) → \(String(describing: after[element.id]?.fields[$0]?.value))" })")
        }
    }

    /// Every finding as one line: location, rule, severity, element, message. A repeated id
    /// (INT003) is reported at whichever copy is read second, so it is written as the rule,
    /// the id and the set of places: the same whatever the order.
    private func findings(_ repository: TemporaryRepository, threads: Int, renamed: [String: String] = [:]) throws -> [String] {
        let loaded = try RepositoryLoader(threads: threads).load(repository.path)
        func original(_ text: String) -> String {
            renamed.reduce(text) { text, pair in text.replacingOccurrences(of: pair.key, with: pair.value) }
        }
        return Validator().validate(loaded, options: .init(asOf: ScratchRepository.asOf)).map {
            if $0.ruleID == "INT003" {
                return "INT003 \($0.elementID ?? "-") \(([$0.location] + $0.related.map(\.location)).map { original("\($0)") }.sorted())"
            }
            return original("\($0.location) \($0.ruleID) \($0.severity.rawValue) \($0.elementID ?? "-") \($0.message) \($0.related.map { "\($0.location)" })")
        }
    }
}

/// A generated value of a field, before it is written in either syntax.
indirect enum GeneratedValue {
    case scalar(String)
    case translations([(language: String, text: String)])
    case list([GeneratedValue])
    case record([(name: String, value: GeneratedValue)])
    case dictionary([(key: String, value: String)])
}

struct GeneratedElement {
    var kind: Kind
    var fields: [(name: String, value: GeneratedValue)]
}

/// A generated model: elements spread over files.
struct GeneratedModel {
    enum Syntax { case yaml, xml, mixed }

    var elements: [GeneratedElement]
    /// Which file each element goes to.
    var fileOf: [Int]

    func files(as syntax: Syntax) -> [(path: String, text: String)] {
        var groups: [Int: [GeneratedElement]] = [:]
        for (index, element) in elements.enumerated() { groups[fileOf[index], default: []].append(element) }
        return groups.keys.sorted().map { file in
            let useXML = syntax == .xml || (syntax == .mixed && file % 3 == 2)
            let path = "model/f\(file)." + (useXML ? "xml" : "yaml")
            return (path, useXML ? GeneratedModel.xml(groups[file]!) : GeneratedModel.yaml(groups[file]!, style: file))
        }
    }

    // MARK: YAML

    static func yaml(_ elements: [GeneratedElement], style: Int) -> String {
        elements.map { element in
            var lines: [String] = []
            lines.append("kind: \(element.kind.rawValue)")
            for field in element.fields { block(field.name, field.value, indent: "", flow: style % 2 == 1, into: &lines) }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "---\n")
    }

    private static func block(_ key: String, _ value: GeneratedValue, indent: String, flow: Bool, into lines: inout [String]) {
        switch value {
        case .scalar(let text):
            lines.append("\(indent)\(key): \(scalar(text))")
        case .translations(let texts):
            if flow {
                lines.append("\(indent)\(key): {" + texts.map { "\($0.language): \(YAMLWriter.quoted($0.text))" }.joined(separator: ", ") + "}")
            } else {
                lines.append("\(indent)\(key):")
                for text in texts { lines.append("\(indent)  \(text.language): \(scalar(text.text))") }
            }
        case .dictionary(let entries):
            lines.append("\(indent)\(key):" + (entries.isEmpty ? " {}" : ""))
            for entry in entries { lines.append("\(indent)  \(YAMLWriter.quoted(entry.key)): \(scalar(entry.value))") }
        case .list(let items):
            if items.isEmpty || flow, let inline = flowList(items) {
                lines.append("\(indent)\(key): \(inline)")
                return
            }
            lines.append("\(indent)\(key):")
            for item in items {
                switch item {
                case .record(let fields):
                    var inner: [String] = []
                    for field in fields { block(field.name, field.value, indent: indent + "    ", flow: flow, into: &inner) }
                    if inner.isEmpty { lines.append("\(indent)  - {}"); continue }
                    inner[0] = indent + "  - " + inner[0].dropFirst(indent.count + 4)
                    lines += inner
                case .scalar(let text):
                    lines.append("\(indent)  - \(scalar(text))")
                default:
                    lines.append("\(indent)  - ~")
                }
            }
        case .record(let fields):
            lines.append("\(indent)\(key):" + (fields.isEmpty ? " {}" : ""))
            for field in fields { block(field.name, field.value, indent: indent + "  ", flow: flow, into: &lines) }
        }
    }

    /// A list of scalars in flow style, or nil when it holds records.
    private static func flowList(_ items: [GeneratedValue]) -> String? {
        var parts: [String] = []
        for item in items {
            guard case .scalar(let text) = item else { return nil }
            parts.append(YAMLWriter.quoted(text))
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// Plain when only letters, digits and a few marks, so the reader's plain scalars are
    /// exercised; otherwise double-quoted.
    static func scalar(_ text: String) -> String {
        let plain = text.unicodeScalars.first?.properties.isAlphabetic == true && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-. ".unicodeScalars.contains($0) }
            && text.first != " " && text.last != " " && !["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"].contains(text.lowercased())
        return plain ? text : YAMLWriter.quoted(text)
    }


    // MARK: XML

    static func xml(_ elements: [GeneratedElement]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"urn:egeaf:model:1\">\n"
        for element in elements {
            out += "  " + xmlElement(element.kind.xmlName, element.fields, specs: Metamodel.fields(of: element.kind), itemName: nil) + "\n"
        }
        return out + "</model>\n"
    }

    /// Text and attribute values alike are escaped as attributes, so line ends and tabs
    /// are character references, which attribute-value normalisation keeps.
    private static func xmlElement(_ name: String, _ fields: [(name: String, value: GeneratedValue)], specs: [FieldSpec], itemName: String?) -> String {
        var attributes = ""
        var children = ""
        for field in fields {
            let spec = specs.first { $0.name == field.name }!
            switch (field.value, spec.type) {
            case (.scalar(let text), .localizedText):
                children += "<\(field.name)>\(XMLText.attribute(text))</\(field.name)>"
            case (.scalar(let text), _):
                attributes += " \(field.name)=\"\(XMLText.attribute(text))\""
            case (.translations(let texts), _):
                children += "<\(field.name)>" + texts.map { "<text xml:lang=\"\($0.language)\">\(XMLText.attribute($0.text))</text>" }.joined() + "</\(field.name)>"
            case (.dictionary(let entries), _):
                children += "<\(field.name)>" + entries.map { "<entry key=\"\(XMLText.attribute($0.key))\" value=\"\(XMLText.attribute($0.value))\"/>" }.joined() + "</\(field.name)>"
            case (.record(let inner), .record(let innerSpecs)):
                children += xmlElement(field.name, inner, specs: innerSpecs, itemName: nil)
            case (.list(let items), .list(let itemType)):
                children += "<\(field.name)>"
                for item in items {
                    switch (item, itemType) {
                    case (.record(let inner), .record(let innerSpecs)):
                        children += xmlElement(spec.xmlItemName ?? "item", inner, specs: innerSpecs, itemName: nil)
                    case (.scalar(let text), _):
                        let tag = itemType.referencedKinds == nil ? "item" : "ref"
                        children += "<\(tag)>\(XMLText.attribute(text))</\(tag)>"
                    default:
                        break
                    }
                }
                children += "</\(field.name)>"
            default:
                break
            }
        }
        return "<\(name)\(attributes)>\(children)</\(name)>"
    }
}

/// Makes models from the metamodel: random kinds, every field type, text with Cyrillic,
/// quotes, line breaks and marks that mean something in YAML or XML. A hostile model
/// also has dangling and mistyped references, repeated ids and values out of range.
struct ModelGenerator {
    private var random: SeededRandom
    private let hostile: Bool
    private var ids: [Kind: [String]] = [:]

    private let everyKind: Bool

    init(seed: UInt64, hostile: Bool, everyKind: Bool = false) {
        // The seed scrambled as the tests' generator always did, so each seed names the same model.
        random = SeededRandom(seed: seed &* 0x9E37_79B9_7F4A_7C15)
        self.hostile = hostile
        self.everyKind = everyKind
    }

    mutating func model() -> GeneratedModel {
        let count = everyKind ? Int.random(in: 14...30, using: &random) : Int.random(in: 8...30, using: &random)
        var kinds: [Kind] = []
        for index in 0..<count {
            let kind = index < Kind.allCases.count && (count > 20 || everyKind) ? Kind.allCases[index] : Kind.allCases.randomElement(using: &random)!
            kinds.append(kind)
            ids[kind, default: []].append("\(kind.rawValue.lowercased()).e\(index)")
        }
        var elements: [GeneratedElement] = []
        for (index, kind) in kinds.enumerated() {
            var id = "\(kind.rawValue.lowercased()).e\(index)"
            if hostile && index > 0 && chance(0.1) { id = "\(kinds[index - 1].rawValue.lowercased()).e\(index - 1)" }
            var fields: [(name: String, value: GeneratedValue)] = [("id", .scalar(id))]
            for spec in Metamodel.fields(of: kind) where spec.name != "id" && spec.name != "kind" {
                guard spec.required || chance(0.6) else { continue }
                fields.append((spec.name, value(spec.type)))
            }
            elements.append(GeneratedElement(kind: kind, fields: fields))
        }
        let files = Int.random(in: 2...6, using: &random)
        return GeneratedModel(elements: elements, fileOf: elements.indices.map { _ in Int.random(in: 0..<files, using: &random) })
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func value(_ type: FieldType) -> GeneratedValue {
        switch type {
        case .string:
            return .scalar(text())
        case .localizedText:
            if chance(0.4) { return .scalar(text()) }
            let languages = ["ky", "ru", "en"].filter { _ in chance(0.7) }
            return .translations((languages.isEmpty ? ["ru"] : languages).map { ($0, text()) })
        case .identifier:
            return .scalar("x.\(Int.random(in: 0...999, using: &random))")
        case .integer(let range):
            let range = range ?? -1_000_000...1_000_000
            if hostile && chance(0.1) { return .scalar(String(range.upperBound &+ 1)) }
            return .scalar(String(Int.random(in: range, using: &random)))
        case .number:
            return .scalar(["99.5", "0", "100", "12.25", "3", "0.001"].randomElement(using: &random)!)
        case .boolean:
            return .scalar(chance(0.5) ? "true" : "false")
        case .date:
            let day = String(format: "%04d-%02d-%02d", Int.random(in: 1990...2040, using: &random), Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
            return .scalar(hostile && chance(0.05) ? "2023-02-30" : day)
        case .url:
            return .scalar("https://example.kg/" + ["a", "б/в?x=1&y=2", "path#frag"].randomElement(using: &random)!)
        case .path(let extensions):
            return .scalar("../messages/m\(Int.random(in: 0...3, using: &random)).\(extensions.randomElement(using: &random)!)")
        case .choice(let values):
            if hostile && chance(0.05) { return .scalar("not-a-choice") }
            return .scalar(values.randomElement(using: &random)!)
        case .reference(let kinds), .referenceOrURI(let kinds):
            if case .referenceOrURI = type, chance(0.2) { return .scalar("https://data.europa.eu/x/\(Int.random(in: 0...9, using: &random))") }
            return .scalar(reference(to: kinds))
        case .list(let item):
            // An exchange file has no way to say "an empty list": it is left out.
            return .list((0..<Int.random(in: everyKind ? 1...3 : 0...3, using: &random)).map { _ in value(item) })
        case .record(let specs):
            var fields: [(name: String, value: GeneratedValue)] = []
            for spec in specs where spec.required || chance(0.6) { fields.append((spec.name, value(spec.type))) }
            return .record(fields)
        case .dictionary:
            var seen = Set<String>()
            var entries: [(key: String, value: String)] = []
            for _ in 0..<Int.random(in: everyKind ? 1...3 : 0...3, using: &random) {
                let key = ["pin", "code", "имя", "a.b", "x y"].randomElement(using: &random)!
                if seen.insert(key).inserted { entries.append((key, text())) }
            }
            return .dictionary(entries)
        }
    }

    private mutating func reference(to kinds: [Kind]) -> String {
        if hostile && chance(0.15) {
            // A dangling reference, or one to an element of the wrong kind.
            return chance(0.5) ? "missing.e\(Int.random(in: 0...99, using: &random))" : (ids.values.randomElement(using: &random)?.first ?? "none")
        }
        let candidates = kinds.flatMap { ids[$0] ?? [] }
        return candidates.randomElement(using: &random) ?? "missing.\(kinds.first!.rawValue.lowercased())"
    }

    /// Text that no naive writer or reader gets right: Cyrillic and Kyrgyz letters, both
    /// quotes, `#`, `:`, `&`, `<`, line breaks, tabs, leading digits and YAML words. No
    /// leading or trailing white space (XML text content is trimmed on reading).
    private mutating func text() -> String {
        let pieces = ["Кыргыз", "Республикасы", "ңөү", "Ёлка", "name", "\"quoted\"", "it's", "a: b", "#tag", "x & y", "<b>",
                      "line\nbreak", "tab\there", "42", "true", "null", "~", "- dash", "[x]", "{y}", "*star", "!bang", "%", "@", "`", "é", "🙂", "\\back"]
        var words: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) { words.append(pieces.randomElement(using: &random)!) }
        return words.joined(separator: " ")
    }
}
