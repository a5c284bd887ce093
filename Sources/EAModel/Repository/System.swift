#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the machine the loader runs on.
public enum System {
    /// The processors this process may use.
    public static var activeProcessorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// A pthread mutex: Synchronization's `Mutex` needs macOS 15, and Foundation's `NSLock`
/// would pull Foundation into the loader.
public final class Mutex: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    public init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

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
