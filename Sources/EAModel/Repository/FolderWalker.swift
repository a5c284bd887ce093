#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder walk behind `FileTree.walk`: each folder's listing, sorted by the bytes of
/// its names, and folders entered where they fall in that order.
///
/// On several threads every folder is listed as an item of one work queue, and the
/// listings are joined in the tree's order. A walk that meets a symbolic link to a folder
/// gives up and is done again on one thread: only then can two branches reach the same
/// folder, and which of them lists it is decided by the order of the whole walk.
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
        var walk = FileTree.Walk()
        // Real paths by their bytes: two folders named the same Unicode text written two
        // ways are two folders.
        var visited = Set<ExactPath>()
        visit(directory, relativeFolder: relativeFolder, known: nil, visited: &visited, into: &walk)
        return walk
    }

    /// Walks `directory` on up to `threads` threads; nil when the tree has a symbolic
    /// link to a folder (walk it on one thread then), or when its top cannot be listed
    /// (the walk on one thread says why).
    ///
    /// Every folder is listed as an item of one `WorkQueue`, which adds an item for each
    /// folder it finds, so the threads share the tree folder by folder. (Sharing out the
    /// top's branches instead left one thread to walk the largest alone: a national
    /// tree's `municipalities` holds nearly half of it.) The listings are joined in the
    /// tree's order at the end.
    func walkInParallel(_ directory: String, relativeFolder: String, threads: Int) -> FileTree.Walk? {
        guard let real = FileTree.realPath(directory), FileTree.isInside(real, realBoundary) else { return nil }
        let listings = Listings()
        let walker = self
        @Sendable func listing(_ place: Int, _ folder: Found) -> WorkQueue.Item {
            { queue in
                guard !listings.sawLink else { return }
                var refused: [(relativePath: String, reason: String)] = []
                let listed = walker.list(folder.path, relativeFolder: folder.relativePath, real: folder.realFolder ?? real,
                                         refused: &refused)
                // A sub-folder that cannot be listed is refused, with the reason; the top
                // is left to the walk on one thread.
                guard listed != nil || place > 0 else {
                    listings.giveUp()
                    return
                }
                let found = listed ?? []
                let folders = found.filter { $0.realFolder != nil }
                if folders.contains(where: \.isLink) {
                    listings.giveUp()
                    return
                }
                // Kept as the walk's entries, a sort key and real path no more: the rest of
                // the listing is freed here, on this thread.
                let entries = found.map { $0.realFolder == nil ? FileTree.Entry(path: $0.path, relativePath: $0.relativePath) : nil }
                let first = listings.store(Listing(entries: entries, refused: refused), at: place, folders: folders.count)
                queue.add(folders.indices.map { listing(first + $0, folders[$0]) })
            }
        }
        let queue = WorkQueue()
        let top = Found(key: [], path: directory, relativePath: relativeFolder, realFolder: real)
        queue.add([listing(0, top)])
        queue.run(threads: threads)
        return listings.joined()
    }

    /// The folders a parallel walk has listed, each at the place it was given when its
    /// parent was listed (the top's is 0): a folder's sub-folders get consecutive places,
    /// in their order.
    private final class Listings: @unchecked Sendable {
        private let lock = Mutex()
        private var listings: [Listing?] = [nil]
        private var gaveUp = false

        var sawLink: Bool { lock.withLock { gaveUp } }

        func giveUp() { lock.withLock { gaveUp = true } }

        /// Keeps a folder's listing and reserves places for its sub-folders; returns the
        /// first of those places.
        func store(_ listing: Listing, at place: Int, folders: Int) -> Int {
            lock.withLock {
                var listing = listing
                listing.firstChild = listings.count
                listings.append(contentsOf: repeatElement(nil, count: folders))
                listings[place] = listing
                return listing.firstChild
            }
        }

        /// The walk's files and refusals in the tree's order; nil when it gave up.
        func joined() -> FileTree.Walk? {
            guard !gaveUp else { return nil }
            var walk = FileTree.Walk()
            // Depth first with an explicit stack: a folder's entries, each folder's
            // listing in its place among them.
            var stack: [(place: Int, entry: Int, child: Int)] = [(0, 0, 0)]
            while let top = stack.popLast() {
                guard let listing = listings[top.place] else { return nil }
                if top.entry == 0 { walk.refused += listing.refused }
                var entry = top.entry
                let child = top.child
                while entry < listing.entries.count {
                    let file = listing.entries[entry]
                    entry += 1
                    if let file {
                        walk.files.append(file)
                        continue
                    }
                    stack.append((top.place, entry, child + 1))
                    stack.append((listing.firstChild + child, 0, 0))
                    break
                }
            }
            return walk
        }
    }

    /// A listed folder: its files, and nil in the place of each sub-folder.
    private struct Listing {
        var entries: [FileTree.Entry?]
        var refused: [(relativePath: String, reason: String)]
        /// The place of its first sub-folder.
        var firstChild = 0
    }

    // `known` is the folder's real path, found from its parent's or its link's: realpath(3)
    // costs a system call per component, and a national tree has tens of thousands of folders.
    private func visit(_ directory: String, relativeFolder: String, known: String?, visited: inout Set<ExactPath>,
                       into walk: inout FileTree.Walk) {
        guard let real = known ?? FileTree.realPath(directory), visited.insert(ExactPath(real)).inserted else { return }
        // The folder a walk starts from may itself be a link (a model folder named in
        // eaf.yaml); it is held to the boundary like every link below it.
        guard FileTree.isInside(real, realBoundary) else {
            walk.refused.append((relativeFolder, "is a symbolic link that leaves the repository; it is not followed"))
            return
        }
        guard let found = list(directory, relativeFolder: relativeFolder, real: real, refused: &walk.refused) else { return }
        for entry in found {
            if let realFolder = entry.realFolder {
                visit(entry.path, relativeFolder: entry.relativePath, known: realFolder, visited: &visited, into: &walk)
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
        let realPrefix = real == "/" ? "/" : real + "/"
        var found: [Found] = []
        while let entry = readdir(handle) {
            // The name is read in place and ends at its NUL (the bytes after it are not
            // initialised); each string below is made once, from the prefix and these bytes.
            let kept = withUnsafeBytes(of: &entry.pointee.d_name) { bytes -> Found? in
                let raw = UnsafeRawBufferPointer(rebasing: bytes[..<strlen(bytes.baseAddress!.assumingMemoryBound(to: CChar.self))])
                return foundEntry(named: raw, type: entry.pointee.d_type, folderPrefix: folderPrefix,
                                  relativePrefix: relativePrefix, realPrefix: realPrefix, refused: &refused)
            }
            if let kept { found.append(kept) }
        }
        found.sort { ByteOrder.precedes($0.key, $1.key) }
        return found
    }

    /// What a folder entry named `raw` is to the walk: a wanted file or a folder, else nil
    /// (refused, with the reason, when it is one of those that cannot be read).
    private func foundEntry(named raw: UnsafeRawBufferPointer, type: UInt8, folderPrefix: String, relativePrefix: String,
                            realPrefix: String, refused: inout [(relativePath: String, reason: String)]) -> Found? {
        if raw.first == UInt8(ascii: ".") { return nil }
        // A regular file that is not wanted is passed over before anything is made of it.
        if Int32(type) == Int32(DT_REG) && !FileTree.hasExtension(raw, wanted) { return nil }
        // A name that is not UTF-8 cannot be named in a finding or opened through a Swift
        // string: it is reported (with the bad bytes replaced) instead of silently left out.
        guard Self.isUTF8(raw) else {
            let shown = String(decoding: raw, as: UTF8.self)
            let rawPath = Array(folderPrefix.utf8) + raw + [0]
            var status = stat()
            let isFolder = rawPath.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR }
            }
            if isFolder || FileTree.hasExtension(raw, wanted) {
                refused.append((relativePrefix + shown, "has a name that is not valid UTF-8, so it is not read; rename it"))
            }
            return nil
        }
        let path = Self.joined(folderPrefix, raw)
        var status = stat()
        // The folder listing says what most entries are; lstat(2) only when it does not
        // (a national tree has some hundred thousand entries).
        var mode: mode_t
        switch Int32(type) {
        case Int32(DT_DIR): mode = S_IFDIR
        case Int32(DT_REG): mode = S_IFREG
        default:
            guard lstat(path, &status) == 0 else {
                if FileTree.hasExtension(raw, wanted) {
                    refused.append((Self.joined(relativePrefix, raw), "cannot be read: \(FileTree.errorText())"))
                }
                return nil
            }
            mode = status.st_mode & S_IFMT
        }
        var linkTarget: String?
        if mode == S_IFLNK {
            guard let target = FileTree.realPath(path) else {
                if FileTree.hasExtension(raw, wanted) {
                    refused.append((Self.joined(relativePrefix, raw), "is a broken or looping symbolic link"))
                }
                return nil
            }
            guard FileTree.isInside(target, realBoundary) else {
                refused.append((Self.joined(relativePrefix, raw), "is a symbolic link that leaves the repository; it is not followed"))
                return nil
            }
            guard stat(path, &status) == 0 else { return nil }
            linkTarget = target
            mode = status.st_mode & S_IFMT
        }
        if mode == S_IFDIR {
            return Found(key: Array(raw) + [UInt8(ascii: "/")], path: path, relativePath: Self.joined(relativePrefix, raw),
                         realFolder: linkTarget ?? Self.joined(realPrefix, raw), isLink: linkTarget != nil)
        }
        guard FileTree.hasExtension(raw, wanted) else { return nil }
        return Found(key: Array(raw), path: path, relativePath: Self.joined(relativePrefix, raw))
    }

    /// Whether a name is UTF-8: ASCII names, nearly all, are told by a scan of their bytes.
    private static func isUTF8(_ raw: UnsafeRawBufferPointer) -> Bool {
        raw.allSatisfy { $0 < 0x80 } || String(validating: raw, as: UTF8.self) != nil
    }

    /// `prefix` followed by the (UTF-8) bytes of a name, made in one allocation.
    private static func joined(_ prefix: String, _ name: UnsafeRawBufferPointer) -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + name.count) { output in
                let bytes = UnsafeMutableRawBufferPointer(output)
                bytes.copyMemory(from: UnsafeRawBufferPointer(head))
                UnsafeMutableRawBufferPointer(rebasing: bytes[head.count...]).copyMemory(from: name)
                return head.count + name.count
            }
        }
    }
}
