#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads folders and files with POSIX calls: bytes, not `String`s, and no
/// `FileManager` enumerator on the hot path. Keeps every walk inside its root folder.
public enum FileTree {
    /// Files larger than this are refused with an issue rather than read.
    public static let maxFileSize = 64 * 1024 * 1024

    /// A file found by a walk, with its path relative to the repository root.
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var relativePath: String
    }

    public enum ReadError: Error, Sendable, CustomStringConvertible {
        case system(String)
        case notRegular
        case tooLarge(Int)

        public var description: String {
            switch self {
            case .system(let message): message
            case .notRegular: "not a regular file"
            case .tooLarge(let size): "the file is \(size / (1024 * 1024)) MiB, over the \(FileTree.maxFileSize / (1024 * 1024)) MiB limit; split it"
            }
        }
    }

    // Paths reach the system calls through `withCString`, which lends a native string's own
    // bytes: a `String` passed where a C string is wanted was copied into a new array,
    // an allocation for every file read and every path resolved.

    /// Reads a whole regular file.
    public static func read(_ path: String) -> Result<[UInt8], ReadError> {
        read(opened: path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) })
    }

    /// Reads a whole regular file by its path inside an open folder.
    public static func read(_ relative: String, in folder: OpenFolder) -> Result<[UInt8], ReadError> {
        read(opened: relative.withCString { openat(folder.descriptor, $0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) })
    }

    private static func read(opened descriptor: Int32) -> Result<[UInt8], ReadError> {
        guard descriptor >= 0 else { return .failure(.system(errorText())) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errorText())) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegular) }
        let size = Int(status.st_size)
        guard size <= maxFileSize else { return .failure(.tooLarge(size)) }
        // Read straight into the array's storage: zeroing it first wrote every byte of a
        // national repository once more before read(2) wrote it again.
        var failure: ReadError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, total in
            while total < size {
                let count = systemRead(descriptor, buffer.baseAddress! + total, size - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = .system(errorText())
                    return
                }
                if count == 0 { break }
                total += count
            }
        }
        if let failure { return .failure(failure) }
        return .success(bytes)
    }

    /// What a walk found: files with the wanted extensions, and entries it would not follow.
    public struct Walk: Sendable {
        public var files: [Entry] = []
        public var refused: [(relativePath: String, reason: String)] = []
    }

    /// Lists files with one of `extensions` under `folder`, skipping hidden entries
    /// (`.git`, `.build`). Symbolic links are followed only when they stay inside
    /// `boundary`; loops are cut. Results are sorted by relative path.
    ///
    /// Each folder's entries are sorted by their name's bytes, a folder's name with a `/`
    /// after it, and folders are entered where they fall in that order: the files come
    /// out in the byte order of their whole relative paths with no sort of the whole
    /// list, and names are compared as raw bytes, not as `String`s. With more than one
    /// thread, the tree's folders are listed side by side (`FolderWalker`); the result is
    /// the same.
    public static func walk(_ folder: String, root: String, boundary: String, extensions: Set<String>,
                            threads: Int = 1) -> Walk {
        let walker = FolderWalker(realBoundary: realPath(boundary) ?? boundary, wanted: extensions.map { Array(".\($0)".utf8) })
        let relativeFolder = relative(folder, to: root)
        var walk = (threads > 1 ? walker.walkInParallel(folder, relativeFolder: relativeFolder, threads: threads) : nil)
            ?? walker.walk(folder, relativeFolder: relativeFolder)
        walk.refused.sort { ByteOrder.precedes($0.relativePath, $1.relativePath) }
        return walk
    }

    /// Whether a file name has one of `extensions` (given without the dot), ignoring case.
    static func hasExtension(_ name: String, _ extensions: Set<String>) -> Bool {
        hasExtension(Array(name.utf8), extensions.map { Array(".\($0)".utf8) })
    }

    /// Whether a name ends in one of `extensions` (each `.ext`), ignoring ASCII case.
    static func hasExtension<Name: RandomAccessCollection<UInt8>>(_ name: Name, _ extensions: [[UInt8]]) -> Bool {
        extensions.contains { suffix in
            name.count > suffix.count && zip(name.suffix(suffix.count), suffix).allSatisfy { pair in
                let byte = pair.0 >= UInt8(ascii: "A") && pair.0 <= UInt8(ascii: "Z") ? pair.0 + 32 : pair.0
                return byte == pair.1
            }
        }
    }

    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether anything (a file, folder, link — even a broken one — or FIFO) has this name.
    public static func exists(_ path: String) -> Bool {
        entryKind(path) != nil
    }

    /// What has this name, without following a link; nil when nothing has it.
    public enum EntryKind: Sendable {
        case regularFile, symbolicLink, other
    }

    public static func entryKind(_ path: String) -> EntryKind? {
        var status = stat()
        guard path.withCString({ lstat($0, &status) }) == 0 else { return nil }
        return entryKind(status)
    }

    /// What has this name inside an open folder, without following a link at its end.
    public static func entryKind(_ relative: String, in folder: OpenFolder) -> EntryKind? {
        var status = stat()
        guard relative.withCString({ fstatat(folder.descriptor, $0, &status, AT_SYMLINK_NOFOLLOW) }) == 0 else { return nil }
        return entryKind(status)
    }

    private static func entryKind(_ status: stat) -> EntryKind {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// `path` relative to `root` with `/` separators; both are as the walk built them.
    public static func relative(_ path: String, to root: String) -> String {
        if path == root { return "." }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        return path
    }

    /// Joins and normalises a relative path (`a/b/../c` → `a/c`); nil when it climbs above
    /// its start, so callers can refuse paths that leave the repository.
    public static func normalise(_ path: String) -> String? {
        normalise(path, in: ".")
    }

    /// `path` joined to `folder` (a relative folder, "." for the start) and normalised, as
    /// `normalise(folder + "/" + path)`; nil when it climbs above the start.
    public static func normalise(_ path: String, in folder: String) -> String? {
        // On bytes, each part's segments in turn and the result written once: every path
        // field in the model is joined to its file's folder and normalised, when it is read
        // and when it is resolved, and a joined copy and a segment list cost more than the
        // normalising.
        var path = path
        var folder = folder
        return folder.withUTF8 { folderBytes in
            path.withUTF8 { pathBytes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: folderBytes.count + pathBytes.count + 1) { output in
                    var count = 0
                    guard appendNormalised(folderBytes, to: output, count: &count),
                          appendNormalised(pathBytes, to: output, count: &count) else { return nil }
                    return String(decoding: UnsafeBufferPointer(rebasing: output[..<count]), as: UTF8.self)
                }
            }
        }
    }

    /// Appends the segments of `bytes` to a normalised path of `count` bytes: an empty or
    /// `.` segment adds nothing, `..` drops the last one kept; false when there is none.
    private static func appendNormalised(_ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>,
                                         count: inout Int) -> Bool {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
            let length = end - start
            if length == 0 || (length == 1 && bytes[start] == dot) {
                // Adds nothing.
            } else if length == 2 && bytes[start] == dot && bytes[start + 1] == dot {
                guard count > 0 else { return false }
                // Back to the slash before the last segment, or to the start.
                repeat { count -= 1 } while count > 0 && output[count] != slash
            } else {
                if count > 0 {
                    output[count] = slash
                    count += 1
                }
                (output.baseAddress! + count).update(from: bytes.baseAddress! + start, count: length)
                count += length
            }
            start = end + 1
        }
        return true
    }

    /// Whether the text holds a NUL byte, which no file name can (a byte search; a
    /// walk over `utf8` cost two thousand instructions a path).
    public static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }

    /// The folder part of a path ("." for a bare file name).
    public static func parentFolder(of path: String) -> String {
        // On the contiguous bytes: a `Character` search backwards cost thousands of
        // instructions a path, and `utf8.lastIndex(of:)` six hundred.
        var path = path
        return path.withUTF8 { bytes in
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
            return slash == 0 ? "/" : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
