#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder held open so that files are opened by their path inside it (openat(2)): the
/// kernel then looks up only the names below the folder, where a whole path made it look
/// up every folder above it again for every file, five or more in a CI checkout.
public final class OpenFolder: Sendable {
    let descriptor: Int32

    /// Opens the folder at `path`; nil when it cannot be opened as a folder.
    public init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
