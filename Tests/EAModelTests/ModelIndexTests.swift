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
        let scratch = try TemporaryRepository()
        var path = TestPaths.inPackage(source)
        if source == "generated" {
            // Planted violations give duplicate ids and references to missing elements.
            let generated = try RepositoryGenerator(.init(elements: 1000, seed: 3, xmlShare: 0.1, violationsPerRule: 2)).generate()
            try generated.write(to: scratch.path)
            path = scratch.path
        }
        let model = try RepositoryLoader(threads: 2).load(path).model
        #expect(!model.duplicates.isEmpty || source == "examples/kyrgyz-egov")
        let dangling = Set(model.references.map(\.target)).subtracting(model.byID.keys)
        #expect(!dangling.isEmpty || source == "examples/kyrgyz-egov")
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
}
