#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder walk behind `FileTree.walk`: each folder's listing, sorted by the bytes of
/// its names, and folders entered where they fall in that order.
///
/// On several threads the tree is opened breadth-first until there are branches enough to
/// share out, and the branches are walked side by side and joined in order. A walk that
/// meets a symbolic link to a folder gives up and is done again on one thread: only then
/// can two branches reach the same folder, and which of them lists it is decided by the
/// order of the whole walk.
struct FolderWalker: Sendable {
    let realBoundary: String
    /// Wanted file-name endings (`.yaml`), lower case.
    let wanted: [[UInt8]]

    /// One entry of a folder: the bytes it sorts by, and what it is.
    struct Found: Sendable {
        var key: [UInt8]
        var path: String
        var relativePath: String
        /// A folder's real path, known from its parent's or its link's; nil for a file.
        var realFolder: String?
        /// A folder reached through a symbolic link.
        var isLink = false
    }

    /// Walks `directory` on this thread.
    func walk(_ directory: String, relativeFolder: String) -> FileTree.Walk {
        walk(directory, relativeFolder: relativeFolder, known: nil).walk
    }

    /// Walks `directory` (whose real path is `known`, if known) on this thread, and says
    /// whether the walk followed a symbolic link to a folder.
    private func walk(_ directory: String, relativeFolder: String, known: String?) -> (walk: FileTree.Walk, followedLink: Bool) {
        var walk = FileTree.Walk()
        var visited = Set<String>()
        var followedLink = false
        visit(directory, relativeFolder: relativeFolder, known: known, visited: &visited, into: &walk, followedLink: &followedLink)
        return (walk, followedLink)
    }

    /// Walks `directory` on up to `threads` threads; nil when the tree has a symbolic
    /// link to a folder (walk it on one thread then), or when its top cannot be listed
    /// (the walk on one thread says why).
    func walkInParallel(_ directory: String, relativeFolder: String, threads: Int) -> FileTree.Walk? {
        guard let real = FileTree.realPath(directory), FileTree.isInside(real, realBoundary) else { return nil }
        var refused: [(relativePath: String, reason: String)] = []
        guard let top = list(directory, relativeFolder: relativeFolder, real: real, refused: &refused),
              !top.contains(where: \.isLink) else { return nil }
        var items = top
        // A folder of agencies, each a folder of systems: open a level or two until every
        // thread has several branches to take.
        for _ in 0..<3 {
            let folders = items.filter { $0.realFolder != nil }.count
            guard folders > 0, folders < threads * 8 else { break }
            var opened: [Found] = []
            for item in items {
                guard let folder = item.realFolder else {
                    opened.append(item)
                    continue
                }
                guard let listing = list(item.path, relativeFolder: item.relativePath, real: folder, refused: &refused) else { continue }
                if listing.contains(where: \.isLink) { return nil }
                opened += listing
            }
            items = opened
        }
        let branches = items.filter { $0.realFolder != nil }
        let walks = Parallel.map(branches.count, threads: threads) { index -> FileTree.Walk? in
            let branch = self.walk(branches[index].path, relativeFolder: branches[index].relativePath, known: branches[index].realFolder)
            return branch.followedLink ? nil : branch.walk
        }
        var walk = FileTree.Walk()
        walk.refused = refused
        var next = 0
        for item in items {
            if item.realFolder == nil {
                walk.files.append(FileTree.Entry(path: item.path, relativePath: item.relativePath))
                continue
            }
            guard let branch = walks[next] else { return nil }
            walk.files += branch.files
            walk.refused += branch.refused
            next += 1
        }
        return walk
    }

    // `known` is the folder's real path, found from its parent's or its link's: realpath(3)
    // costs a system call per component, and a national tree has tens of thousands of folders.
    private func visit(_ directory: String, relativeFolder: String, known: String?, visited: inout Set<String>,
                       into walk: inout FileTree.Walk, followedLink: inout Bool) {
        guard let real = known ?? FileTree.realPath(directory), visited.insert(real).inserted else { return }
        // The folder a walk starts from may itself be a link (a model folder named in
        // eaf.yaml); it is held to the boundary like every link below it.
        guard FileTree.isInside(real, realBoundary) else {
            walk.refused.append((relativeFolder, "is a symbolic link that leaves the repository; it is not followed"))
            return
        }
        guard let found = list(directory, relativeFolder: relativeFolder, real: real, refused: &walk.refused) else { return }
        for entry in found {
            if let realFolder = entry.realFolder {
                if entry.isLink { followedLink = true }
                visit(entry.path, relativeFolder: entry.relativePath, known: realFolder, visited: &visited, into: &walk,
                      followedLink: &followedLink)
            } else {
                walk.files.append(FileTree.Entry(path: entry.path, relativePath: entry.relativePath))
            }
        }
    }

    /// The wanted files and the folders in `directory`, sorted; nil when it cannot be read
    /// (refused, with the reason).
    private func list(_ directory: String, relativeFolder: String, real: String,
                      refused: inout [(relativePath: String, reason: String)]) -> [Found]? {
        guard let handle = opendir(directory) else {
            refused.append((relativeFolder, "cannot be read: \(FileTree.errorText())"))
            return nil
        }
        defer { closedir(handle) }
        let folderPrefix = directory == "/" ? "/" : directory + "/"
        let relativePrefix = relativeFolder == "." ? "" : relativeFolder + "/"
        var found: [Found] = []
        while let entry = readdir(handle) {
            // The name ends at its NUL; the bytes after it are not initialised.
            let raw = withUnsafeBytes(of: &entry.pointee.d_name) { name in
                Array(name.prefix(strlen(name.baseAddress!.assumingMemoryBound(to: CChar.self))))
            }
            if raw.first == UInt8(ascii: ".") { continue }
            // A name that is not UTF-8 cannot be named in a finding or opened through a
            // Swift string: it is reported (with the bad bytes replaced) instead of
            // silently left out.
            guard let name = String(validating: raw, as: UTF8.self) else {
                let shown = String(decoding: raw, as: UTF8.self)
                let rawPath = Array(folderPrefix.utf8) + raw + [0]
                var status = stat()
                let isFolder = rawPath.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR }
                }
                if isFolder || FileTree.hasExtension(raw, wanted) {
                    refused.append((relativePrefix + shown, "has a name that is not valid UTF-8, so it is not read; rename it"))
                }
                continue
            }
            let path = folderPrefix + name
            var status = stat()
            // The folder listing says what most entries are; lstat(2) only when it does not
            // (a national tree has some hundred thousand entries).
            var mode: mode_t
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): mode = S_IFDIR
            case Int32(DT_REG): mode = S_IFREG
            default:
                guard lstat(path, &status) == 0 else {
                    if FileTree.hasExtension(raw, wanted) {
                        refused.append((relativePrefix + name, "cannot be read: \(FileTree.errorText())"))
                    }
                    continue
                }
                mode = status.st_mode & S_IFMT
            }
            var linkTarget: String?
            if mode == S_IFLNK {
                guard let target = FileTree.realPath(path) else {
                    if FileTree.hasExtension(raw, wanted) {
                        refused.append((relativePrefix + name, "is a broken or looping symbolic link"))
                    }
                    continue
                }
                guard FileTree.isInside(target, realBoundary) else {
                    refused.append((relativePrefix + name, "is a symbolic link that leaves the repository; it is not followed"))
                    continue
                }
                guard stat(path, &status) == 0 else { continue }
                linkTarget = target
                mode = status.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                found.append(Found(key: raw + [UInt8(ascii: "/")], path: path, relativePath: relativePrefix + name,
                                   realFolder: linkTarget ?? (real == "/" ? "/" + name : real + "/" + name),
                                   isLink: linkTarget != nil))
            } else if FileTree.hasExtension(raw, wanted) {
                found.append(Found(key: raw, path: path, relativePath: relativePrefix + name))
            }
        }
        found.sort { ByteOrder.precedes($0.key, $1.key) }
        return found
    }
}
