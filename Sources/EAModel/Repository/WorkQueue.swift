#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Work on several threads where some items can start only when others are done: an item
/// may add items while it runs, and a batch of items may name the items that follow once
/// the whole batch is done. Urgent items are taken before any ordinary one still waiting,
/// so work that others wait for runs as soon as it is ready and the ordinary items fill
/// the threads around it. `run` returns when every item, added ones too, is done.
///
/// Validation needs it: the message schemas to compile are known only once the declared
/// messages are resolved, and the rules that read schemas can start only once all are
/// compiled. Run as separate `Parallel.map` passes, each pass ended with one thread idle
/// while the other finished its last item, and the other threads waited while the
/// messages were gathered.
///
/// An item is let go by the thread that ran it, so what it captured is freed there and
/// then, not by one thread at the end while the others wait.
public final class WorkQueue: @unchecked Sendable {
    /// One item of work; it may add items to the queue that runs it. Items keep what they
    /// find themselves: a generic result type, unspecialised across modules, cost a
    /// runtime metadata look-up an item.
    public typealias Item = @Sendable (WorkQueue) -> Void

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var urgent: [Entry] = []
    private var ordinary: [Entry] = []
    private var nextUrgent = 0
    private var nextOrdinary = 0
    /// Items taken and not yet done: while any runs, more may be added.
    private var running = 0
    /// Batches with follow-up items: how many of the batch are not done yet, and what follows.
    private var batches: [(remaining: Int, then: [Item], urgent: Bool)] = []

    private struct Entry {
        var item: Item
        /// The batch it belongs to (an index in `batches`), if that batch has follow-ups.
        var batch: Int?
    }

    /// Threads asleep in `work`, waiting for items: only then does adding one wake anybody.
    private var sleeping = 0

    public init() {
        // Adaptive, as eaf's `Mutex`: a thread that slept on each contended lock (the
        // folder walk adds items a folder) spent longer asleep than the other held it.
        Mutex.initialise(mutex)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Adds items, to be taken in the order given, urgent ones before every ordinary one;
    /// once all of them are done, `then` is added the same way (at once if `items` is empty).
    public func add(_ items: [Item], urgent isUrgent: Bool = false, then followUps: [Item] = []) {
        pthread_mutex_lock(mutex)
        enqueue(items, urgent: isUrgent, then: followUps)
        wakeSleepers()
        pthread_mutex_unlock(mutex)
    }

    /// Called with the mutex held.
    private func enqueue(_ items: [Item], urgent isUrgent: Bool, then followUps: [Item]) {
        if items.isEmpty {
            if !followUps.isEmpty { enqueue(followUps, urgent: isUrgent, then: []) }
            return
        }
        var batch: Int?
        if !followUps.isEmpty {
            batch = batches.count
            batches.append((items.count, followUps, isUrgent))
        }
        for item in items {
            let entry = Entry(item: item, batch: batch)
            if isUrgent { urgent.append(entry) } else { ordinary.append(entry) }
        }
    }

    /// Runs every item on up to `threads` threads, the calling one among them.
    public func run(threads: Int) {
        let workers = max(1, threads)
        if workers == 1 {
            work()
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in self.work() }
        }
    }

    /// One thread's loop: take the next item, run it, until nothing waits and nothing runs
    /// that could add more.
    private func work() {
        pthread_mutex_lock(mutex)
        while true {
            if let entry = takeNext() {
                running += 1
                pthread_mutex_unlock(mutex)
                let batch = entry.batch
                run(entry)
                pthread_mutex_lock(mutex)
                if let batch {
                    batches[batch].remaining -= 1
                    if batches[batch].remaining == 0 {
                        enqueue(batches[batch].then, urgent: batches[batch].urgent, then: [])
                        batches[batch].then = []
                        wakeSleepers()
                    }
                }
                running -= 1
                // The last item done with nothing waiting: the threads asleep can leave.
                if running == 0 && !hasWaiting { wakeSleepers() }
            } else if running == 0 {
                break
            } else {
                sleeping += 1
                pthread_cond_wait(condition, mutex)
                sleeping -= 1
            }
        }
        pthread_mutex_unlock(mutex)
    }

    /// Runs an entry's item and lets it go, outside the mutex.
    private func run(_ entry: consuming Entry) {
        entry.item(self)
    }

    /// Wakes the threads asleep, if any (a system call each time, so not when none is);
    /// called with the mutex held.
    private func wakeSleepers() {
        if sleeping > 0 { pthread_cond_broadcast(condition) }
    }

    private var hasWaiting: Bool { nextUrgent < urgent.count || nextOrdinary < ordinary.count }

    /// The next item, urgent first, taken out of its list; called with the mutex held.
    private func takeNext() -> Entry? {
        if nextUrgent < urgent.count {
            defer { nextUrgent += 1 }
            return take(&urgent[nextUrgent])
        }
        if nextOrdinary < ordinary.count {
            defer { nextOrdinary += 1 }
            return take(&ordinary[nextOrdinary])
        }
        return nil
    }

    /// The entry, with an item that does nothing left in its place.
    private func take(_ entry: inout Entry) -> Entry {
        let taken = entry
        entry.item = Self.done
        return taken
    }

    private static let done: Item = { _ in }
}
