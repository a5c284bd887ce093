/// A loaded repository: its configuration, the model graph, and every problem met
/// while reading it. Loading never stops at a bad file; what could be read is here.
public struct Repository: Sendable {
    /// The folder as the user named it (findings are shown relative to it).
    public let root: String
    public let config: RepositoryConfig
    public let model: Model
    /// Problems met while reading, sorted by location.
    public let issues: [LoadIssue]
    /// The model files read, relative to the root, sorted (reference files included).
    public let files: [String]
    /// Relative path prefixes of the reference folders (`../../architecture/`).
    public let referencePrefixes: [String]
    /// Where paths written in the model lead, worked out once per run: several rules
    /// resolve the same schema and example paths.
    let resolutions = PathResolutions()
    /// The root held open: the model's paths are looked up and read by their path in it.
    let rootFolder: OpenFolder?

    public init(root: String, config: RepositoryConfig, model: Model, issues: [LoadIssue], files: [String], referencePrefixes: [String]) {
        self.init(root: root, config: config, model: model, issues: issues, files: files, referencePrefixes: referencePrefixes,
                  rootFolder: OpenFolder(root))
    }

    /// The repository with its root already open (the loader's, which read the model through it).
    init(root: String, config: RepositoryConfig, model: Model, issues: [LoadIssue], files: [String], referencePrefixes: [String],
         rootFolder: OpenFolder?) {
        self.root = root
        self.config = config
        self.model = model
        self.issues = issues
        self.files = files
        self.referencePrefixes = referencePrefixes
        self.rootFolder = rootFolder
    }

    /// Reads a repository-relative file, by its path in the open root when there is one.
    public func read(_ relative: String) -> Result<[UInt8], FileTree.ReadError> {
        rootFolder.map { FileTree.read(relative, in: $0) } ?? FileTree.read(path(of: relative))
    }

    /// What has this repository-relative name, as `FileTree.entryKind` says.
    func entryKind(_ relative: String) -> FileTree.EntryKind? {
        rootFolder.map { FileTree.entryKind(relative, in: $0) } ?? FileTree.entryKind(path(of: relative))
    }

    /// Whether a relative file path lies in a reference folder (read, not reported on).
    public func isReference(file: String) -> Bool {
        referencePrefixes.contains { file.hasPrefix($0) }
    }

    /// The root's real path (without symbolic links), found once per run and shared with
    /// path resolution; nil when it cannot be resolved.
    public var realRoot: String? {
        resolutions.realFolders.value(for: ExactPath(".")) { FileTree.realPath(root) }
    }

    /// The absolute or cwd-relative path of a repository-relative file.
    public func path(of file: String) -> String {
        root == "." ? file : root + "/" + file
    }
}

/// Why a repository could not be read at all (exit status 2).
public enum RepositoryError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case unreadableConfig(LoadIssue)
    case noModel(String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no such folder; give the folder that holds eaf.yaml or the model files"
        case .unreadableConfig(let issue):
            "\(issue.location): \(issue.message); fix eaf.yaml and run again"
        case .noModel(let path):
            "\(path): no model files (.yaml, .yml or .xml) found; run eaf in the repository's folder or name it, or list the model folders in eaf.yaml"
        }
    }
}
