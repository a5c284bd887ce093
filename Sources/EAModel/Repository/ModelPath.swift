/// A file path written in the model (a message schema or example), resolved against
/// the folder of the model file that holds it.
public struct ModelPath: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
    /// The field path it is written in (`messages[0].schema`).
    public var fieldPath: String

    public init(text: String, location: SourceLocation, fieldPath: String) {
        self.text = text
        self.location = location
        self.fieldPath = fieldPath
    }

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
        // Walked in place, as `Model` walks references: a field read by subscript is a copy.
        func walk(_ field: borrowing Field, _ along: FieldWalk<Void>, _ path: String) {
            switch along {
            case .leaf:
                guard case .string(let text) = field.value else { return }
                result.append(ModelPath(text: text, location: field.location, fieldPath: path))
            case .list(let item):
                guard case .list(let items) = field.value else { return }
                items.withUnsafeBufferPointer { items in
                    for index in items.indices { walk(items[index], item, FieldPath.item(path, index)) }
                }
            case .record(let members):
                guard case .record(let record) = field.value else { return }
                let fields = record.fields
                fields.values.withUnsafeBufferPointer { values in
                    for member in members {
                        guard let place = fields.place(of: member.name) else { continue }
                        walk(values[place], member.walk, FieldPath.member(path, member.name))
                    }
                }
            }
        }
        let fields = self.fields
        fields.values.withUnsafeBufferPointer { values in
            for member in FieldWalk.paths[kind] {
                guard let place = fields.place(of: member.name) else { continue }
                walk(values[place], member.walk, member.name)
            }
        }
        return result
    }
}

extension Repository {
    /// Resolves a path written in `file` (repository-relative): relative to that file's
    /// folder, never leaving the repository, even through symbolic links.
    public func resolve(_ path: ModelPath) -> ModelPath.Resolution {
        // Several rules resolve each path: the second time, by the path as written.
        let written = WrittenPath(file: path.location.source, text: ExactPath(path.text))
        if let known = resolutions.written[written] { return known }
        var shared = SharedResolutions(tables: resolutions)
        let resolution = resolveFirst(path, in: &shared)
        resolutions.written.store(resolution, for: written)
        return resolution
    }

    /// Resolves these paths as `resolve` does, on up to `threads` threads, and remembers
    /// each for `resolve`. Each thread keeps its own tables while it works and the
    /// resolutions are stored at the end: a path takes the shared tables' lock six times,
    /// and two threads doing nothing else mostly waited for each other.
    public func resolve(_ paths: [ModelPath], threads: Int) -> [ModelPath.Resolution] {
        let share = paths.count / max(1, threads) + 1
        let resolved = Parallel.map(paths.count, threads: threads, worker: { OwnResolutions(capacity: share) }) { own, index in
            resolveFirst(paths[index], in: &own)
        }
        resolutions.written.store(contentsOf: zip(paths, resolved).map { (WrittenPath(file: $0.location.source, text: ExactPath($0.text)), $1) })
        return resolved
    }

    private func resolveFirst<Tables: ResolutionTables>(_ path: ModelPath, in tables: inout Tables) -> ModelPath.Resolution {
        guard !path.text.hasPrefix("/"), !FileTree.containsNUL(path.text) else { return .outside }
        let file = path.location.file
        // Nil when it climbs above the root: a normalised path never starts with `..`.
        guard let relative = FileTree.normalise(path.text, in: FileTree.parentFolder(of: file)) else { return .outside }
        if let known = tables.known(relative) { return known }
        let full = self.path(of: relative)
        let realRoot = realFolder(".", in: &tables)
        let real: String?
        switch entryKind(relative) {
        case nil, .other?:
            return tables.keep(.missing(relative: relative), for: relative)
        case .symbolicLink?:
            guard FileTree.isRegularFile(full) else { return tables.keep(.missing(relative: relative), for: relative) }
            real = FileTree.realPath(full)
        case .regularFile?:
            // A file that is no link is where its folder really is: the folder's real
            // path is found once for all its files.
            real = realFolder(FileTree.parentFolder(of: relative), in: &tables)
        }
        if let real, let realRoot, !FileTree.isInside(real, realRoot) {
            return tables.keep(.outside, for: relative)
        }
        return tables.keep(.file(path: full, relative: relative), for: relative)
    }

    /// The real path of a repository folder (normalised, relative, "." for the root):
    /// its parent's real path and its name when it is no symbolic link, else realpath(3).
    /// One lstat(2) a folder: realpath(3) made a system call for every component of
    /// every folder, the repository's own path again each time.
    private func realFolder<Tables: ResolutionTables>(_ folder: String, in tables: inout Tables) -> String? {
        if let known = tables.knownRealFolder(folder) { return known }
        let real: String?
        if folder == "." {
            real = realRoot
        } else {
            switch entryKind(folder) {
            case .other?:
                let parent = FileTree.parentFolder(of: folder)
                let name = parent == "." ? folder[...] : folder[folder.utf8.index(folder.startIndex, offsetBy: parent.utf8.count + 1)...]
                real = realFolder(parent, in: &tables).map { $0.hasSuffix("/") ? $0 + name : $0 + "/" + name }
            case .symbolicLink?:
                real = FileTree.realPath(path(of: folder))
            case .regularFile?, nil:
                real = nil
            }
        }
        return tables.keepRealFolder(real, for: folder)
    }
}

/// Where resolving looks up and keeps what it has found: the repository's shared tables,
/// or one thread's own while a batch is resolved.
private protocol ResolutionTables {
    mutating func known(_ relative: String) -> ModelPath.Resolution?
    /// The first resolution kept for `relative` (another thread's, if it got there first).
    mutating func keep(_ resolution: ModelPath.Resolution, for relative: String) -> ModelPath.Resolution
    /// The real path found for a folder (nil inside when it has none), nil when not yet looked for.
    mutating func knownRealFolder(_ folder: String) -> String??
    /// The first real path kept for `folder`.
    mutating func keepRealFolder(_ real: String?, for folder: String) -> String?
}

private struct SharedResolutions: ResolutionTables {
    let tables: PathResolutions

    func known(_ relative: String) -> ModelPath.Resolution? { tables.known[ExactPath(relative)] }

    func keep(_ resolution: ModelPath.Resolution, for relative: String) -> ModelPath.Resolution {
        tables.known.value(for: ExactPath(relative)) { resolution }
    }

    func knownRealFolder(_ folder: String) -> String?? { tables.realFolders[ExactPath(folder)] }

    func keepRealFolder(_ real: String?, for folder: String) -> String? {
        tables.realFolders.value(for: ExactPath(folder)) { real }
    }
}

private struct OwnResolutions: ResolutionTables {
    var resolved: [ExactPath: ModelPath.Resolution] = [:]
    var realFolders: [ExactPath: String?] = [:]

    /// Room for a thread's share of a batch: grown a doubling at a time, the table was
    /// rehashed a dozen times for a national repository's paths.
    init(capacity: Int) {
        resolved.reserveCapacity(capacity)
    }

    func known(_ relative: String) -> ModelPath.Resolution? { resolved[ExactPath(relative)] }

    mutating func keep(_ resolution: ModelPath.Resolution, for relative: String) -> ModelPath.Resolution {
        resolved[ExactPath(relative)] = resolution
        return resolution
    }

    func knownRealFolder(_ folder: String) -> String?? { realFolders[ExactPath(folder)] }

    mutating func keepRealFolder(_ real: String?, for folder: String) -> String? {
        realFolders[ExactPath(folder)] = real
        return real
    }
}

/// The resolutions of one repository's model paths, by normalised relative path, and
/// the real paths of its folders (by relative path, "." for the root), each path by its
/// bytes; shared by the rules that run at once on several threads.
final class PathResolutions: Sendable {
    let known = SharedMemo<ExactPath, ModelPath.Resolution>()
    let realFolders = SharedMemo<ExactPath, String?>()
    /// By the path as written and the file it is written in: joining and normalising
    /// cost some 5,000 instructions a path.
    let written = SharedMemo<WrittenPath, ModelPath.Resolution>()
}

/// A path as written in a model file, before it is joined to the file's folder; the file
/// by its handle, which hashes as one word where its path hashed every byte, and the
/// text by its bytes (two spellings of one Unicode text name two files).
struct WrittenPath: Hashable, Sendable {
    let file: SourceFile
    let text: ExactPath
}
