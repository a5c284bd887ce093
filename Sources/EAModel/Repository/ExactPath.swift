#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path compared and hashed by its bytes.
///
/// `String`'s equality is Unicode's canonical equivalence: `café.yaml` with a composed
/// `é` and with an `e` and a combining accent are equal strings, but on Linux they are two
/// files. Sets of paths that decide which files are read are keyed by this, so that
/// neither file hides the other.
struct ExactPath: Hashable, Sendable {
    var path: String

    init(_ path: String) {
        self.path = path
    }

    static func == (lhs: ExactPath, rhs: ExactPath) -> Bool {
        var (left, right) = (lhs.path, rhs.path)
        return left.withUTF8 { left in
            right.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    /// `String`'s hash: equal bytes are equal text, so they hash alike.
    func hash(into hasher: inout Hasher) {
        hasher.combine(path)
    }
}
