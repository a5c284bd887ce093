/// A source file's path, interned: four bytes that name it in every location.
///
/// Every field of every element carries a location, and a path held as a `String` made
/// each one 24 bytes and every copy a reference count on the path's storage. A handle
/// makes a location 12 bytes with nothing to count, and a field a third smaller. Each
/// path is interned once, by the reader of its file, and kept for the life of the
/// process: a repository names some thousands of files.
///
/// Two handles are equal exactly when their paths are the same bytes: two files whose
/// names are canonically equivalent Unicode (`café` composed and decomposed) are two
/// files on Linux, and each keeps its own spelling.
public struct SourceFile: Sendable, Hashable {
    let index: UInt32

    /// The handle of `path`, interning it on first use.
    public init(_ path: String) {
        index = SourceFileTable.shared.intern(path)
    }

    /// The path, relative to the repository root with `/` separators.
    public var path: String { SourceFileTable.shared.path(at: index) }
}

/// Every path interned, by handle, and the handle of each path.
///
/// Handles are given out under a lock; reading a path by its handle takes none. Paths are
/// kept in chunks that never move once written, and a thread holds a handle only after
/// the thread that interned it released the lock (or handed the handle over through
/// another synchronisation), so the chunk and the slot it reads were written before.
final class SourceFileTable: @unchecked Sendable {
    static let shared = SourceFileTable()

    private static let chunkBits = 16
    private static let chunkSize = 1 << chunkBits
    /// 2¹² chunks of 2¹⁶ paths: more distinct paths than any process will read.
    private static let chunkLimit = 1 << 12

    private let lock = Mutex()
    /// Each path's handle, found by its bytes (`String`'s equality is Unicode's canonical
    /// equivalence) with a cheap hash: the loader interns every file it reads.
    private var indices = IDTable(minimumCapacity: 1_024)
    private var count = 0
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?>

    private init() {
        // The chunks' table is 32 KiB; a chunk's 1 MiB is address space whose pages are
        // touched only as paths are added.
        chunks = .allocate(capacity: Self.chunkLimit)
        chunks.initialize(repeating: nil, count: Self.chunkLimit)
    }

    func intern(_ path: String) -> UInt32 {
        lock.withLock {
            if let index = indices.insert(path, place: count) { return UInt32(index) }
            let index = count
            precondition(index < Self.chunkLimit * Self.chunkSize, "more than 2^28 distinct source files in one process")
            let (chunk, slot) = (index >> Self.chunkBits, index & (Self.chunkSize - 1))
            if slot == 0 { chunks[chunk] = .allocate(capacity: Self.chunkSize) }
            (chunks[chunk].unsafelyUnwrapped + slot).initialize(to: path)
            count += 1
            return UInt32(index)
        }
    }

    func path(at index: UInt32) -> String {
        let index = Int(index)
        return chunks[index >> Self.chunkBits].unsafelyUnwrapped[index & (Self.chunkSize - 1)]
    }
}
