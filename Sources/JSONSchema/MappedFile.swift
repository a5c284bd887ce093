#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a schema document from a mapped folder, and only from inside it.
///
/// A mapped folder is a boundary: a reference may name any file under it, but a symbolic
/// link (of the file or of a folder on its way) that resolves outside it is refused, as
/// are files that are not regular (a FIFO would block the run) and files over the size
/// limit, which are refused before they are read.
enum MappedFile {
    /// The largest schema document read from a mapped folder, as for model files.
    static let maxSize = 64 * 1024 * 1024

    enum Outcome {
        case bytes([UInt8])
        /// No such file: the reference is unresolvable, as if the mapping did not cover it.
        case missing
        /// The file exists but is not read; the reason completes "refused to read …: ".
        case refused(String)
    }

    static func read(_ path: String, inside folder: String) -> Outcome {
        guard let realFolder = realPath(folder) else { return .missing }
        guard let real = realPath(path) else { return .missing }
        let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
        guard real.hasPrefix(prefix) else {
            return .refused("it leads out of the mapped folder (through a symbolic link)")
        }
        let descriptor = open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .missing }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .missing }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .refused("it is not a regular file") }
        let size = Int(status.st_size)
        guard size <= maxSize else {
            return .refused("it is \(size / (1024 * 1024)) MiB, over the \(maxSize / (1024 * 1024)) MiB limit")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + total, size - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            total += count
        }
        if total < size { bytes.removeSubrange(total...) }
        return .bytes(bytes)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
