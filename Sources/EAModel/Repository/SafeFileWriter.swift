#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes new files under one folder and nowhere else: paths are checked before anything
/// is written (relative, no `..`, no empty or NUL parts), folders on the way must be real
/// folders (a symbolic link there is refused, so nothing is written through it), and
/// files are created exclusively, never overwritten. If any file already exists nothing
/// is written at all, so a refused run leaves the folder as it was.
public struct SafeFileWriter: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    /// A file to write: its path relative to the root, and its text.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Why nothing (or not everything) was written.
    public enum Failure: Error, Sendable, CustomStringConvertible, Equatable {
        /// These files exist already; nothing was written.
        case exists([String])
        /// A path that would leave the folder or is not a plain relative path.
        case outside(String)
        /// A folder on the way is a symbolic link or not a folder.
        case notAFolder(String)
        case system(String, String)

        public var description: String {
            switch self {
            case .exists(let paths):
                "\(paths.count == 1 ? "this file exists" : "these files exist") already and would be overwritten: \(paths.joined(separator: ", ")); nothing was written. Move them away or choose an empty folder"
            case .outside(let path): "'\(path)' would be written outside the target folder; refused"
            case .notAFolder(let path): "\(path) is a symbolic link or not a folder; refusing to write through it"
            case .system(let path, let message): "cannot write \(path): \(message)"
            }
        }
    }

    /// Whether a relative path stays inside the root: no `..`, `.` or empty parts, not absolute.
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !FileTree.containsNUL(path) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The files that exist already (or cannot be checked), without writing anything.
    public func conflicts(_ files: [File]) throws(Failure) -> [String] {
        var existing: [String] = []
        for file in files {
            guard Self.isContained(file.path) else { throw .outside(file.path) }
            var status = stat()
            if lstat(root + "/" + file.path, &status) == 0 { existing.append(file.path) }
        }
        return existing
    }

    /// Writes every file, or none when one exists already.
    public func write(_ files: [File]) throws(Failure) {
        let existing = try conflicts(files)
        guard existing.isEmpty else { throw .exists(existing) }
        try makeFolder(root, allowLink: true)
        for file in files {
            let parts = file.path.split(separator: "/").map(String.init)
            var folder = root
            for part in parts.dropLast() {
                folder += "/" + part
                try makeFolder(folder, allowLink: false)
            }
            try create(root + "/" + file.path, Array(file.text.utf8))
        }
    }

    /// Makes a folder if it is missing; an existing one must be a real folder (the root
    /// the user named may be a link).
    private func makeFolder(_ path: String, allowLink: Bool) throws(Failure) {
        var status = stat()
        if (allowLink ? stat(path, &status) : lstat(path, &status)) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path) }
            return
        }
        if allowLink {
            // The root and its missing parents, as `mkdir -p` would.
            let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            if !parent.isEmpty && parent != path { try makeFolder(parent, allowLink: true) }
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .system(path, String(cString: strerror(errno))) }
    }

    private func create(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .exists([path]) }
            throw .system(path, String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path, String(cString: strerror(errno)))
            }
            written += count
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
