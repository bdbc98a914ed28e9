import Foundation
import Testing
@testable import Workbench

/// A gate a test opens: a job waits at it until the test lets it through.
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var opened = false

    func wait() async {
        await withCheckedContinuation { c in
            lock.lock()
            if opened { lock.unlock(); c.resume(); return }
            continuation = c
            lock.unlock()
        }
    }

    func open() {
        lock.lock()
        opened = true
        let c = continuation
        continuation = nil
        lock.unlock()
        c?.resume()
    }
}

struct JobFailure: Error, LocalizedError {
    var errorDescription: String? { "datasetet saknas" }
}

/// The background queue: at most `limit` runs at once, the rest in order; cancel; the history
/// follows every step.
@Suite("Workbench run queue")
struct RunQueueTests {
    static func history() throws -> RunHistory {
        try RunHistory(path: FileManager.default.temporaryDirectory.appendingPathComponent("samplan-queue-\(UUID().uuidString)/h.sqlite").path)
    }

    static func record(_ name: String) -> RunRecord {
        RunRecord(scenario: name, scenarioName: name, kind: "summer", scenarioSHA256: "s", samplanVersion: "0.1.0", requestedBy: "test")
    }

    /// Waits for the run's `ended` event and returns the record it carries.
    static func ended(_ queue: RunQueue, _ id: Int64) async -> RunRecord? {
        for await event in await queue.events(id) {
            if case let .ended(record) = event { return record }
        }
        return nil
    }

    @Test func runsAtMostLimitAtOnceAndTheRestInOrder() async throws {
        let history = try Self.history()
        let queue = RunQueue(limit: 1, history: history)
        let gate = Gate()
        let first = try await queue.submit(Self.record("a.yaml")) { _ in await gate.wait(); return RunOutcome(keyFigure: 1) }
        let second = try await queue.submit(Self.record("b.yaml")) { _ in RunOutcome(keyFigure: 2) }
        let a = try #require(first.id), b = try #require(second.id)
        #expect(try history.run(id: a)?.status == .running)
        #expect(try history.run(id: b)?.status == .queued)
        var events = await queue.events(b).makeAsyncIterator()
        #expect(await events.next() == .queued(position: 1))
        gate.open()
        #expect(await Self.ended(queue, a)?.status == .finished)
        let last = await Self.ended(queue, b)
        #expect(last?.status == .finished && last?.keyFigure == 2)
        #expect(try history.run(id: a)?.keyFigure == 1)
        #expect(await queue.counts == (0, 0))
    }

    @Test func progressIsSentToWatchers() async throws {
        let history = try Self.history()
        let queue = RunQueue(limit: 2, history: history)
        let gate = Gate()
        let run = try await queue.submit(Self.record("a.yaml")) { progress in
            await gate.wait()
            progress(RunProgress(fraction: 0.5, message: "löser planen"))
            return RunOutcome(keyFigure: 3, keyFigureLabel: "Målfunktion", resultFolder: ".samplan/korningar/1")
        }
        let id = try #require(run.id)
        var seen: [RunEvent] = []
        let stream = await queue.events(id)
        gate.open()
        for await event in stream { seen.append(event) }
        #expect(seen.first == .started)
        #expect(seen.contains(.progress(RunProgress(fraction: 0.5, message: "löser planen"))))
        guard case let .ended(record)? = seen.last else { Issue.record("no end: \(seen)"); return }
        #expect(record.status == .finished && record.resultFolder == ".samplan/korningar/1" && record.finishedAt != nil)
        // A page opened after the end gets the end at once.
        var late = await queue.events(id).makeAsyncIterator()
        guard case let .ended(again)? = await late.next() else { Issue.record("no end for a late watcher"); return }
        #expect(again.id == record.id && again.status == .finished && again.resultFolder == record.resultFolder)
        #expect(await late.next() == nil)
    }

    @Test func aQueuedRunIsCancelledWithoutRunning() async throws {
        let history = try Self.history()
        let queue = RunQueue(limit: 1, history: history)
        let gate = Gate()
        let first = try await queue.submit(Self.record("a.yaml")) { _ in await gate.wait(); return RunOutcome() }
        let ranSecond = Gate()
        let second = try await queue.submit(Self.record("b.yaml")) { _ in ranSecond.open(); return RunOutcome() }
        #expect(await queue.cancel(try #require(second.id)))
        #expect(try history.run(id: try #require(second.id))?.status == .cancelled)
        gate.open()
        #expect(await Self.ended(queue, try #require(first.id))?.status == .finished)
        #expect(await !queue.cancel(try #require(second.id)))
        #expect(await queue.counts == (0, 0))
    }

    @Test func aRunningRunIsAskedToStop() async throws {
        let history = try Self.history()
        let queue = RunQueue(limit: 1, history: history)
        let started = Gate()
        let run = try await queue.submit(Self.record("a.yaml")) { _ in
            started.open()
            while !Task.isCancelled { await Task.yield() }
            throw CancellationError()
        }
        let id = try #require(run.id)
        await started.wait()
        #expect(await queue.cancel(id))
        let record = await Self.ended(queue, id)
        #expect(record?.status == .cancelled)
        #expect(record?.message?.contains("avbruten") == true)
    }

    @Test func aFailingRunRecordsWhy() async throws {
        let history = try Self.history()
        let queue = RunQueue(limit: 1, history: history)
        let run = try await queue.submit(Self.record("a.yaml")) { _ in throw JobFailure() }
        let record = await Self.ended(queue, try #require(run.id))
        #expect(record?.status == .failed && record?.message == "datasetet saknas")
    }
}
