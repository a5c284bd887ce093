/// Where an import puts things: one element per file in a folder per kind
/// (`model/information-system/grs.population-register.yaml`; elements that were
/// reference material when exported go under `reference/` instead, which the written
/// `eaf.yaml` names as a reference folder), the report beside the model, and an
/// `eaf.yaml` when the folder has none. Element ids hold only `a-z`,
/// `0-9`, `.` and `-` (never `..` or `/`), so a file name cannot leave its folder.
public enum ImportLayout {
    public static let reportFile = "import-report.md"

    /// The folder for a kind: its name in lower case with hyphens (`public-service`).
    public static func folder(of kind: Kind) -> String {
        var out = ""
        for character in kind.rawValue {
            if character.isUppercase, !out.isEmpty { out += "-" }
            out += character.lowercased()
        }
        return out
    }

    /// The files an import writes.
    public static func files(for result: ArchiMateImporter.Result, source: String, withConfig: Bool) -> [SafeFileWriter.File] {
        var files: [SafeFileWriter.File] = []
        if withConfig {
            let name = result.modelName.map { YAMLWriter.scalar($0) } ?? YAMLWriter.scalar("Imported from \(source)")
            files.append(SafeFileWriter.File(path: RepositoryConfig.fileName, text: """
            # Written by eaf import from \(YAMLWriter.singleLine(source)); see \(reportFile) for what was and was not imported.
            name: \(name)
            metamodel: \(Metamodel.version)
            model: [model/]
            \(result.elements.contains(where: \.isReference) ? "reference: [reference/]\n" : "")\
            \(result.languages.isEmpty ? "" : "languages: [\(result.languages.map(YAMLWriter.scalar).joined(separator: ", "))]\n")
            """))
        }
        for element in result.elements where Identifier.isValid(element.id) {
            let comment = "Imported from \(source)"
            files.append(SafeFileWriter.File(path: "\(element.isReference ? "reference" : "model")/\(folder(of: element.kind))/\(element.id).yaml",
                                             text: YAMLWriter.document(element, comments: [comment])))
        }
        files.append(SafeFileWriter.File(path: reportFile, text: result.report.markdown))
        return files
    }
}
