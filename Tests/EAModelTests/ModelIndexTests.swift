import EAGenerate
@testable import EAModel
import Foundation
import Testing

/// The model's reference indexes say what a scan of every reference would: for each id
/// (written once or more, named but never defined, or unknown), the references it writes
/// and the references that name it, in source order, and the elements that name it
/// through each field.
@Suite struct ModelIndexTests {
    @Test(arguments: ["examples/broken", "examples/kyrgyz-egov", "generated"])
    func indexesAgreeWithAScanOfEveryReference(_ source: String) throws {
        let model = try Self.model(of: source)
        #expect(!model.duplicates.isEmpty || source == "examples/kyrgyz-egov")
        let dangling = Set(model.references.map(\.target)).subtracting(model.byID.keys)
        #expect(!dangling.isEmpty || source == "examples/kyrgyz-egov")
        // The references that name no element, or an element of a kind their field does not
        // accept: found while the model is built, across its stretches (the generated
        // repository's thousand elements are four), and the same as a scan finds.
        #expect(model.danglingReferences == model.references.filter { $0.targetElement == nil })
        let misdirected = model.references.filter { reference in reference.targetElement.map { !reference.accepted.contains($0.kind) } ?? false }
        #expect(model.misdirectedReferences == misdirected)
        #expect(!misdirected.isEmpty || source == "examples/kyrgyz-egov")
        let ids = Set(model.byID.keys).union(dangling).union(["no-such-element", ""]).sorted()
        for id in ids {
            #expect(model.outgoing(from: id) == model.references.filter { $0.source == id }, "outgoing(from: \(id))")
            #expect(model.incoming(to: id) == model.references.filter { $0.target == id }, "incoming(to: \(id))")
            // Referrers: each source element once, sorted by id, through each field that names the id.
            for field in Set(model.references.filter { $0.target == id }.map(\.field)).union(["no-such-field"]).sorted() {
                let scanned = Dictionary(model.references.filter { $0.target == id && $0.field == field }
                    .compactMap { reference in reference.sourceElement.map { (reference.source, $0) } }, uniquingKeysWith: { first, _ in first })
                    .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map(\.value)
                #expect(model.referrers(to: id, through: field) == scanned, "referrers(to: \(id), through: \(field))")
            }
        }
    }

    /// The references the model collects are every reference its elements write, found by
    /// walking each field's type in the metamodel: reference fields, inside lists and
    /// records to any depth, with a URI where a reference-or-URI may be left out.
    @Test(arguments: ["examples/broken", "examples/kyrgyz-egov", "generated"])
    func referencesAreEveryReferenceTheFieldTypesAllow(_ source: String) throws {
        let model = try Self.model(of: source)
        var expected: [String] = []
        func walk(_ field: Field, _ type: FieldType, source: String, top: String, path: String, leaf: String) {
            switch (type, field.value) {
            case (.reference(let kinds), .reference(let id)), (.referenceOrURI(let kinds), .reference(let id)):
                expected.append("\(source) \(top) \(path) \(leaf) → \(id) \(kinds) at \(field.location)")
            case (.list(let item), .list(let items)):
                for (index, value) in items.enumerated() { walk(value, item, source: source, top: top, path: "\(path)[\(index)]", leaf: leaf) }
            case (.record(let specs), .record(let record)):
                for spec in specs {
                    if let inner = record.fields[spec.name] { walk(inner, spec.type, source: source, top: top, path: "\(path).\(spec.name)", leaf: spec.name) }
                }
            default:
                break
            }
        }
        for element in model.elements {
            for spec in Metamodel.fields(of: element.kind) {
                if let field = element.fields[spec.name] { walk(field, spec.type, source: element.id, top: spec.name, path: spec.name, leaf: spec.name) }
            }
        }
        let collected = model.references.map {
            "\($0.source) \($0.field) \($0.path) \($0.leafField) → \($0.target) \($0.accepted) at \($0.location)"
        }
        #expect(collected.count > 20)
        #expect(collected == expected)
        // The bit test rules use agrees with the list, for every kind.
        for reference in model.references {
            #expect(Kind.allCases.filter(reference.accepts) == Kind.allCases.filter(reference.accepted.contains), "\(reference.path)")
        }
        // Equal by value, not by box: the same files read again give equal references, and
        // no two references of one model are equal (nor hash as one).
        #expect(try Self.model(of: source).references == model.references)
        #expect(Set(model.references).count == model.references.count)
    }

    /// An element's lifecycle, kept aside when it is made, is its `lifecycle` field's text,
    /// whatever the field holds or if it is missing.
    @Test(arguments: ["examples/broken", "examples/kyrgyz-egov", "generated"])
    func lifecycleIsTheFieldAsWritten(_ source: String) throws {
        let model = try Self.model(of: source)
        #expect(model.elements.contains { $0.lifecycle != nil } && model.elements.contains { $0.lifecycle == nil })
        for element in model.elements {
            #expect(element.lifecycle == element.string("lifecycle"), "\(element.id)")
        }
        let location = SourceLocation(file: "a.yaml", line: 1, column: 1)
        let made = Element(id: "grs.register", kind: .informationSystem, name: .plain("Register"), location: location,
                           fields: ["lifecycle": Field(.string("retired"), at: location)])
        #expect(made.lifecycle == "retired")
        let other = Element(id: "grs.register", kind: .informationSystem, name: .plain("Register"), location: location,
                            fields: ["lifecycle": Field(.integer(3), at: location)])
        #expect(other.lifecycle == nil)
    }

    /// A reference is equal to another by what it says, not by its box or its site's
    /// number: where it is written counts, and two sites with the same field, innermost
    /// field and kinds (`owner` of two kinds) are one.
    @Test func referencesAreEqualByWhatTheySay() throws {
        let element = Element(id: "grs.register", kind: .informationSystem, name: .plain("Register"),
                              location: SourceLocation(file: "a.yaml", line: 1, column: 1), fields: [:])
        let sites = FieldWalk.referenceSites
        let owners = sites.indices.filter { sites[$0].field == "owner" && sites[$0].leafField == "owner" }
        #expect(owners.count > 1)
        let other = try #require(sites.indices.first { sites[$0].accepted != sites[owners[0]].accepted })
        func reference(_ file: String, site: Int) -> ModelReference {
            ModelReference(site: site, path: "owner", target: "grs", location: SourceLocation(file: file, line: 4, column: 8),
                           sourceElement: element, targetElement: nil)
        }
        #expect(reference("a.yaml", site: owners[0]) == reference("a.yaml", site: owners[0]))
        #expect(reference("a.yaml", site: owners[0]) == reference("a.yaml", site: owners[1]))
        #expect(reference("a.yaml", site: owners[0]) != reference("b.yaml", site: owners[0]))
        #expect(reference("a.yaml", site: owners[0]) != reference("a.yaml", site: other))
        #expect(Set([reference("a.yaml", site: owners[0]), reference("a.yaml", site: owners[1]), reference("b.yaml", site: owners[0])]).count == 2)
    }

    /// The model of a folder of the project, or of a generated repository of 1,000
    /// elements with two planted violations of every rule: duplicate ids and references
    /// to missing elements among them.
    private static func model(of source: String) throws -> Model {
        guard source == "generated" else { return try RepositoryLoader(threads: 2).load(TestPaths.inPackage(source)).model }
        let scratch = try TemporaryRepository()
        let generated = try RepositoryGenerator(.init(elements: 1000, seed: 3, xmlShare: 0.1, violationsPerRule: 2)).generate()
        try generated.write(to: scratch.path)
        return try RepositoryLoader(threads: 2).load(scratch.path).model
    }
}
