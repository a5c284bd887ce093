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
}
