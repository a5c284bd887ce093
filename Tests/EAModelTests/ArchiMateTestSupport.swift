@testable import EAModel
import Foundation

/// Shared by the ArchiMate tests: the Open Group schemas and Archi's relationship table
/// in `../shared/testdata/archimate/`, and the repositories to export.
enum ArchiMateTestData {
    static let folder = TestPaths.testdata + "/archimate"

    /// Repositories with every kind and field: the equivalence fixture, the published
    /// examples that exist (not the broken one) and the reference architecture.
    static var repositories: [String] {
        var paths = [TestPaths.inPackage("Tests/EAModelTests/Fixtures/equivalence/yaml")]
        for name in ["examples/minimal", "examples/kyrgyz-egov", "architecture"] where FileTree.isDirectory(TestPaths.inPackage(name)) {
            paths.append(TestPaths.inPackage(name))
        }
        return paths
    }

    /// A wrapper schema in a temporary folder that imports the Diagram XSD (which
    /// includes View and Model) and the `xml:` and Dublin Core schemas by relative path,
    /// so xmllint validates with no network.
    static func wrapperSchema(in directory: URL) throws -> String {
        let depth = directory.standardizedFileURL.path.split(separator: "/").count
        let up = String(repeating: "../", count: depth)
        let local = up + URL(fileURLWithPath: folder).standardizedFileURL.path.dropFirst()
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:eaf:test:archimate-wrapper">
          <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="\(local)/xml.xsd"/>
          <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="\(local)/dc.xsd"/>
          <xs:import namespace="http://www.opengroup.org/xsd/archimate/3.0/" schemaLocation="\(local)/archimate3_Diagram.xsd"/>
        </xs:schema>

        """
        let path = directory.appendingPathComponent("archimate-wrapper.xsd").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// xmllint's verdict on an exchange file, against the Open Group schemas.
    static func validate(_ text: String) throws -> ExternalTool.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-archimate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("export.xml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", try wrapperSchema(in: directory), file])
    }

    /// Checks every relationship of an exchange file against relationships.xml with
    /// python, independently of eaf's own table; prints one line per relationship that
    /// ArchiMate does not allow, and the number checked.
    static func checkRelationships(_ text: String) throws -> ExternalTool.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("eaf-archimate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("export.xml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try ExternalTool.run("python3", ["-c", """
            import sys, xml.etree.ElementTree as ET
            A = '{http://www.opengroup.org/xsd/archimate/3.0/}'
            XSI = '{http://www.w3.org/2001/XMLSchema-instance}type'
            keys = {k.get('relationship').replace('Relationship', ''): k.get('char') for k in ET.parse(sys.argv[2]).getroot()}
            table = {(s.get('concept'), t.get('concept')): t.get('relations') or '' for s in ET.parse(sys.argv[1]).getroot() for t in s}
            model = ET.parse(sys.argv[3]).getroot()
            types = {e.get('identifier'): e.get(XSI) for e in model.iter(A + 'element')}
            relationships = list(model.iter(A + 'relationship'))
            types.update({r.get('identifier'): 'Relationship' for r in relationships})
            bad = 0
            for r in relationships:
                source, target, kind = types[r.get('source')], types[r.get('target')], r.get(XSI)
                if keys[kind] not in table[(source, target)]:
                    bad += 1
                    print(f"{r.get('identifier')}: {kind} from {source} to {target} is not allowed")
            print(f"checked {len(relationships)}")
            sys.exit(1 if bad else 0)
            """, folder + "/relationships.xml", folder + "/relationships-keys.xml", file])
    }
}
