#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the machine the loader runs on.
public enum System {
    /// The processors this process may use: on Linux those of its CPU affinity mask, so
    /// that a CI job pinned to some cores (`taskset`, a container's cpuset) starts no more
    /// threads than it has cores; elsewhere, or if the mask cannot be read, the processors
    /// online. Read once a run.
    public static var activeProcessorCount: Int { processors }

    private static let processors: Int = {
        #if os(Linux)
        if let status = procStatus(), let allowed = allowedProcessors(inStatus: status) { return allowed }
        #endif
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()

    /// How many processors the `Cpus_allowed:` mask of a `/proc/<pid>/status` text allows
    /// (hexadecimal, in comma-separated groups of 32 bits); nil without a readable mask.
    static func allowedProcessors(inStatus status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed:") {
            var count = 0
            for character in line.dropFirst("Cpus_allowed:".count) where character != "," && character != " " && character != "\t" {
                guard let digit = character.hexDigitValue else { return nil }
                count += digit.nonzeroBitCount
            }
            return count > 0 ? count : nil
        }
        return nil
    }

    /// This process's `/proc/self/status`; its size is not known beforehand, so it is read
    /// until the end rather than with `FileTree.read`.
    private static func procStatus() -> String? {
        let descriptor = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while bytes.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A pthread mutex: Synchronization's `Mutex` needs macOS 15, and Foundation's `NSLock`
/// would pull Foundation into the loader.
public final class Mutex: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    public init() {
        Self.initialise(&mutex)
    }
    deinit { pthread_mutex_destroy(&mutex) }

    /// Initialises a pthread mutex as every lock of eaf's is: on Linux adaptive, so that a
    /// thread that finds it taken spins a little before it sleeps. The sections held are
    /// short (a counter, a table look-up, a few list operations), and sleeping and waking
    /// in the kernel cost far more than the wait.
    static func initialise(_ mutex: UnsafeMutablePointer<pthread_mutex_t>) {
        #if os(Linux)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        #else
        pthread_mutex_init(mutex, nil)
        #endif
    }

    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

/// Hands out 0, 1, 2, … to worker threads.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = Mutex()

    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}

/// Values worked out once per key and shared by threads: the first to ask computes
/// (outside the lock, so different keys are worked out at once) and every later ask
/// reads the stored value. Two threads asking for one new key at once may both compute
/// it; the first stored stays.
public final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = Mutex()
    private var values: [Key: Value] = [:]

    public init() {}

    public var isEmpty: Bool {
        lock.withLock { values.isEmpty }
    }

    /// The value stored for `key`, if any.
    public subscript(key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    /// The value for `key`, computed by `make` the first time.
    public func value(for key: Key, _ make: () -> Value) -> Value {
        if let done = lock.withLock({ values[key] }) { return done }
        let made = make()
        return lock.withLock {
            if let first = values[key] { return first }
            values[key] = made
            return made
        }
    }

    /// Stores `value` for `key` unless one is there already.
    public func store(_ value: Value, for key: Key) {
        lock.withLock { if values[key] == nil { values[key] = value } }
    }

    /// Stores each value for its key unless one is there already, under one lock.
    public func store(contentsOf pairs: [(Key, Value)]) {
        lock.withLock {
            values.reserveCapacity(values.count + pairs.count)
            for (key, value) in pairs where values[key] == nil { values[key] = value }
        }
    }
}
