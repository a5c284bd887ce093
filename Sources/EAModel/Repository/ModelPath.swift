/// A file path written in the model (a message schema or example), resolved against
/// the folder of the model file that holds it.
public struct ModelPath: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
    /// The field path it is written in (`messages[0].schema`).
    public var fieldPath: String

    /// Where a model path leads.
    public enum Resolution: Sendable, Hashable {
        /// An existing regular file inside the repository: its path, usable for reading,
        /// and its repository-relative form.
        case file(path: String, relative: String)
        case missing(relative: String)
        /// Absolute, or climbing out of the repository, or a link that leads out.
        case outside
    }
}

extension Element {
    /// Every path field of the element, found through the metamodel's `path` type.
    public var paths: [ModelPath] {
        var result: [ModelPath] = []
        func walk(_ field: Field, _ type: FieldType, _ path: String) {
            switch (type, field.value) {
            case (.path, .string(let text)):
                result.append(ModelPath(text: text, location: field.location, fieldPath: path))
            case (.list(let item), .list(let items)):
                for (index, value) in items.enumerated() { walk(value, item, "\(path)[\(index)]") }
            case (.record(let specs), .record(let record)):
                for spec in specs { if let inner = record.fields[spec.name] { walk(inner, spec.type, "\(path).\(spec.name)") } }
            default: break
            }
        }
        for spec in Metamodel.fields(of: kind) {
            if let field = fields[spec.name] { walk(field, spec.type, spec.name) }
        }
        return result
    }
}

extension Repository {
    /// Resolves a path written in `file` (repository-relative): relative to that file's
    /// folder, never leaving the repository, even through symbolic links.
    public func resolve(_ path: ModelPath) -> ModelPath.Resolution {
        guard !path.text.hasPrefix("/"), !path.text.contains("\0") else { return .outside }
        let file = path.location.file
        let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        guard let relative = FileTree.normalise(folder.isEmpty ? path.text : folder + "/" + path.text),
              !relative.hasPrefix("../") else { return .outside }
        let full = self.path(of: relative)
        guard FileTree.isRegularFile(full) else {
            // A link that points out of the repository counts as outside even when broken.
            return .missing(relative: relative)
        }
        if let real = FileTree.realPath(full), let realRoot = FileTree.realPath(root), !FileTree.isInside(real, realRoot) {
            return .outside
        }
        return .file(path: full, relative: relative)
    }
}
