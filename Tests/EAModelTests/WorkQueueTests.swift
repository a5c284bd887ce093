@testable import EAModel
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Testing

@Suite struct WorkQueueTests {
    /// What the items did, in the order they did it.
    final class Log: @unchecked Sendable {
        private let lock = Mutex()
        private var entries: [String] = []
        func write(_ entry: String) { lock.withLock { entries.append(entry) } }
        var written: [String] { lock.withLock { entries } }
    }

    private func item(_ name: String, _ log: Log) -> WorkQueue.Item {
        { _ in log.write(name) }
    }

    /// Runs the queue on another thread and says whether it returned within ten seconds:
    /// a queue that never returns is the failure these tests guard against most, and a
    /// blocked test cannot be stopped by a time limit (it would hold CI to its own).
    private func returns(_ queue: WorkQueue, threads: Int) -> Bool {
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            queue.run(threads: threads)
            done.signal()
        }
        return done.wait(timeout: .now() + 10) == .success
    }

    @Test func oneThreadTakesUrgentItemsFirstAndAddedOnesWhenTheirTurnComes() {
        let log = Log()
        let queue = WorkQueue()
        queue.add([item("a", log), item("b", log)])
        queue.add([{ queue in
            log.write("gather")
            queue.add([self.item("compile 1", log), self.item("compile 2", log)], urgent: true, then: [self.item("read", log)])
        }], urgent: true)
        #expect(returns(queue, threads: 1), "the queue did not return")
        // Urgent first; what it adds is urgent too and goes before the ordinary items still
        // waiting; the follow-up once its whole batch is done, before them as well.
        #expect(log.written == ["gather", "compile 1", "compile 2", "read", "a", "b"])
    }

    @Test func followUpsWaitForTheirWholeBatchOnEveryThreadCount() {
        for threads in [1, 2, 4, 8] {
            let log = Log()
            let queue = WorkQueue()
            // The first of the batch takes longest: the other threads finish the rest
            // long before it, and must still wait for it.
            let slow: WorkQueue.Item = { _ in
                usleep(20_000)
                log.write("compile 0")
            }
            let batch = [slow] + (1..<50).map { index in item("compile \(index)", log) }
            queue.add((0..<20).map { index in item("rule \(index)", log) })
            queue.add([{ queue in
                queue.add(batch, urgent: true, then: [self.item("read 1", log), self.item("read 2", log)])
            }], urgent: true)
            #expect(returns(queue, threads: threads), "the queue did not return")
            let written = log.written
            // Every item ran, once.
            #expect(written.sorted() == ((0..<20).map { "rule \($0)" } + (0..<50).map { "compile \($0)" } + ["read 1", "read 2"]).sorted(),
                    "\(threads) threads")
            let lastCompile = written.lastIndex { $0.hasPrefix("compile") } ?? -1
            let firstRead = written.firstIndex { $0.hasPrefix("read") } ?? -1
            #expect(lastCompile < firstRead, "\(threads) threads: a follow-up ran before its batch was done")
        }
    }

    @Test func anEmptyBatchHasItsFollowUpsAddedAtOnce() {
        let log = Log()
        let queue = WorkQueue()
        queue.add([{ queue in
            log.write("gather")
            queue.add([], urgent: true, then: [self.item("read", log)])
        }])
        #expect(returns(queue, threads: 2), "the queue did not return")
        #expect(log.written == ["gather", "read"])
    }

    /// One long item on two threads: the idle thread waits for it, and must be woken to
    /// leave when it is done with nothing added.
    @Test func idleThreadsLeaveWhenTheLastItemIsDone() {
        let log = Log()
        let queue = WorkQueue()
        queue.add([{ _ in
            usleep(20_000)
            log.write("long")
        }])
        #expect(returns(queue, threads: 2), "the queue did not return")
        #expect(log.written == ["long"])
    }

    /// What an item captures is freed once it has run, while the queue still runs: a
    /// queue that kept every item until it was freed left one thread to free them all.
    @Test func anItemIsLetGoOnceItHasRun() {
        final class Captured: @unchecked Sendable {
            let log: Log
            init(_ log: Log) { self.log = log }
            deinit { log.write("freed") }
        }
        for threads in [1, 2] {
            let log = Log()
            let queue = WorkQueue()
            let captured = Captured(log)
            queue.add([{ [captured] _ in captured.log.write("ran") }], then: [{ _ in log.write("next") }])
            _ = consume captured
            #expect(returns(queue, threads: threads), "the queue did not return")
            #expect(log.written == ["ran", "freed", "next"], "\(threads) threads")
        }
    }

    @Test func anEmptyQueueReturnsAtOnce() {
        #expect(returns(WorkQueue(), threads: 4))
        #expect(returns(WorkQueue(), threads: 1))
    }
}
