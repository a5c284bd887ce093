import Dispatch

/// Runs independent work items on several threads and returns the results in item order,
/// so the outcome never depends on scheduling.
public enum Parallel {
    public static func map<T: Sendable>(_ count: Int, threads: Int = System.activeProcessorCount,
                                        _ body: @Sendable (Int) -> T) -> [T] {
        map(count, threads: threads, worker: { () }, { _, index in body(index) })
    }

    /// Like `map`, with state each worker thread makes once and reuses for all its items
    /// (a parser or validation context that is costly to set up and not thread-safe).
    public static func map<T: Sendable, State>(_ count: Int, threads: Int = System.activeProcessorCount,
                                               worker makeState: @Sendable () -> State,
                                               _ body: @Sendable (inout State, Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let workers = min(max(1, threads), count)
        if workers <= 1 {
            var state = makeState()
            for index in 0..<count { slots.store(body(&state, index), at: index) }
        } else {
            // Workers take the next item from a shared counter, so one large item does not
            // hold up a whole stripe of small ones.
            let counter = AtomicCounter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = makeState()
                while true {
                    let index = counter.next()
                    guard index < count else { break }
                    slots.store(body(&state, index), at: index)
                }
            }
        }
        return slots.take()
    }
}

extension Parallel {
    /// `count` items cut into `runs` contiguous ranges, in order, their sizes differing by
    /// one at most: a long list handed out in runs and joined again in order.
    public static func ranges(of count: Int, runs: Int) -> [Range<Int>] {
        (0..<runs).map { count * $0 / runs ..< count * ($0 + 1) / runs }
    }

    /// Two independent pieces of work side by side (one after the other on one thread).
    public static func pair<A: Sendable, B: Sendable>(threads: Int = System.activeProcessorCount,
                                                      _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = map(2, threads: threads) { index -> Either<A, B> in
            index == 0 ? .first(first()) : .second(second())
        }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else { preconditionFailure("results out of order") }
        return (a, b)
    }

    /// Every part's items in one array, in part order, moved rather than copied: a copy
    /// counts a reference to each item (objects made on other threads, spread over
    /// memory), and freeing the parts counts each down again, on one thread while the
    /// others wait. The moved-from places are filled with `placeholder`, one shared value.
    /// Always inlined: the key path then folds into a field access, where a call applied
    /// it through the runtime, some 750 instructions a part.
    @inlinable @inline(__always)
    public static func joined<Part, Item>(_ parts: inout [Part], _ items: WritableKeyPath<Part, [Item]>, placeholder: Item) -> [Item] {
        let count = parts.reduce(0) { $0 + $1[keyPath: items].count }
        return [Item](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in parts.indices {
                parts[index][keyPath: items].withUnsafeMutableBufferPointer { part in
                    guard let from = part.baseAddress, let to = buffer.baseAddress else { return }
                    precondition(initialized + part.count <= count, "more items than counted")
                    (to + initialized).moveInitialize(from: from, count: part.count)
                    from.initialize(repeating: placeholder, count: part.count)
                    initialized += part.count
                }
            }
        }
    }

    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }
}

/// Per-item results written by worker threads, each straight into its own place, and
/// handed over as one array by moving them. A lock around an array of optionals, copied
/// out at the end, cost a lock a result and, for the loader's 8,000 file results, a
/// count up and down on each result's arrays, all on one thread while the others waited.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(1, count))
    }

    /// Stores the result of item `index`: once for each index, from any thread. Different
    /// items are different memory, so threads storing at once do not race.
    func store(_ value: consuming T, at index: Int) {
        precondition(index >= 0 && index < count, "item out of range")
        (base + index).initialize(to: value)
    }

    /// Every result in item order, moved out: once, after every item has been stored and
    /// the threads that stored them have finished (`map` does both).
    func take() -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { buffer.baseAddress!.moveInitialize(from: base, count: count) }
            initialized = count
        }
    }

    deinit {
        base.deallocate()
    }
}
