import Foundation

/// How far a run has come, as the job reports it: a share done (when known) and what it does.
public struct RunProgress: Sendable, Equatable {
    public var fraction: Double?
    public var message: String

    public init(fraction: Double? = nil, message: String) {
        self.fraction = fraction
        self.message = message
    }
}

/// What a finished job hands back for the history.
public struct RunOutcome: Sendable, Equatable {
    public var keyFigure: Double?
    public var keyFigureLabel: String?
    /// The result folder, relative to the workspace.
    public var resultFolder: String?
    public var dataSHA256: String?

    public init(keyFigure: Double? = nil, keyFigureLabel: String? = nil, resultFolder: String? = nil, dataSHA256: String? = nil) {
        self.keyFigure = keyFigure
        self.keyFigureLabel = keyFigureLabel
        self.resultFolder = resultFolder
        self.dataSHA256 = dataSHA256
    }
}

/// One thing that happened to a run, as sent to the pages that watch it (server-sent events).
public enum RunEvent: Sendable, Equatable {
    case queued(position: Int)
    case started
    case progress(RunProgress)
    /// The run ended in this state (finished, failed or cancelled); the stream ends with it.
    case ended(RunRecord)
}

/// Runs jobs in the background, at most `limit` at once and the rest in order of arrival, and
/// keeps the run history up to date: queued → running → finished, failed or cancelled. A page can
/// watch a run's events; a queued run can be cancelled at once, a running one is asked to stop
/// (its task is cancelled; the job checks `Task.isCancelled` between its steps).
public actor RunQueue {
    /// The work of one run: it reports progress through the callback and returns the outcome.
    public typealias Job = @Sendable (_ progress: @escaping @Sendable (RunProgress) -> Void) async throws -> RunOutcome

    let limit: Int
    let history: RunHistory
    private var waiting: [(id: Int64, job: Job)] = []
    private var running: [Int64: Task<Void, Never>] = [:]
    private var watchers: [Int64: [UUID: AsyncStream<RunEvent>.Continuation]] = [:]
    /// The last progress of each running run, for a page that starts watching late.
    private var lastProgress: [Int64: RunProgress] = [:]

    public init(limit: Int, history: RunHistory) {
        precondition(limit >= 1, "a queue runs at least one job at a time")
        self.limit = limit
        self.history = history
    }

    /// Records the run as queued and starts it when a place is free; returns it with its id.
    public func submit(_ record: RunRecord, job: @escaping Job) throws -> RunRecord {
        var record = record
        record.status = .queued
        record = try history.add(record)
        guard let id = record.id else { return record }
        waiting.append((id, job))
        startWaiting()
        return record
    }

    /// Cancels a queued or running run; false when it is neither.
    public func cancel(_ id: Int64) -> Bool {
        if let k = waiting.firstIndex(where: { $0.id == id }) {
            waiting.remove(at: k)
            end(id, status: .cancelled, message: "avbruten innan den startade", outcome: nil)
            announcePositions()
            return true
        }
        guard let task = running[id] else { return false }
        task.cancel()
        return true
    }

    /// The events of a run from now on, beginning with where it stands; a run that has ended
    /// gives only its `ended` event.
    public func events(_ id: Int64) -> AsyncStream<RunEvent> {
        let (stream, continuation) = AsyncStream<RunEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
        if let k = waiting.firstIndex(where: { $0.id == id }) {
            continuation.yield(.queued(position: k + 1))
        } else if running[id] != nil {
            continuation.yield(.started)
            if let progress = lastProgress[id] { continuation.yield(.progress(progress)) }
        } else {
            if let record = try? history.run(id: id) { continuation.yield(.ended(record)) }
            continuation.finish()
            return stream
        }
        let key = UUID()
        watchers[id, default: [:]][key] = continuation
        continuation.onTermination = { _ in Task { await self.stopWatching(id, key) } }
        return stream
    }

    /// Where a run stands now: `.queued(position)`, `.progress` (its last report) or `.started`
    /// while it runs; nil when it is neither queued nor running.
    public func standing(_ id: Int64) -> RunEvent? {
        if let k = waiting.firstIndex(where: { $0.id == id }) { return .queued(position: k + 1) }
        guard running[id] != nil else { return nil }
        return lastProgress[id].map { .progress($0) } ?? .started
    }

    /// How many pages watch a run's events.
    public func watching(_ id: Int64) -> Int { watchers[id]?.count ?? 0 }

    /// How many runs are running and waiting.
    public var counts: (running: Int, waiting: Int) { (running.count, waiting.count) }

    private func stopWatching(_ id: Int64, _ key: UUID) { watchers[id]?[key] = nil }

    private func startWaiting() {
        while running.count < limit, !waiting.isEmpty {
            let (id, job) = waiting.removeFirst()
            if var record = try? history.run(id: id) {
                record.status = .running
                record.startedAt = Date()
                try? history.update(record)
            }
            send(id, .started)
            running[id] = Task.detached { [weak self] in
                // Progress may be reported from any thread; a stream keeps it in order, and it is
                // drained before the end is announced.
                let (reports, reporter) = AsyncStream<RunProgress>.makeStream()
                let forward = Task { for await progress in reports { await self?.report(id, progress) } }
                let result: Result<RunOutcome, any Error>
                do {
                    result = .success(try await job { reporter.yield($0) })
                } catch {
                    result = .failure(error)
                }
                reporter.finish()
                await forward.value
                await self?.finish(id, result)
            }
        }
        announcePositions()
    }

    private func report(_ id: Int64, _ progress: RunProgress) {
        guard running[id] != nil else { return }
        lastProgress[id] = progress
        send(id, .progress(progress))
    }

    private func finish(_ id: Int64, _ result: Result<RunOutcome, any Error>) {
        let cancelled = running[id]?.isCancelled ?? false
        running[id] = nil
        lastProgress[id] = nil
        switch result {
        case let .success(outcome) where !cancelled: end(id, status: .finished, message: nil, outcome: outcome)
        case .success: end(id, status: .cancelled, message: "avbruten medan den kördes", outcome: nil)
        case let .failure(error):
            if cancelled || error is CancellationError {
                end(id, status: .cancelled, message: "avbruten medan den kördes", outcome: nil)
            } else {
                end(id, status: .failed, message: (error as? LocalizedError)?.errorDescription ?? String(describing: error), outcome: nil)
            }
        }
        startWaiting()
    }

    private func end(_ id: Int64, status: RunRecord.Status, message: String?, outcome: RunOutcome?) {
        guard var record = try? history.run(id: id) else { return }
        record.status = status
        record.message = message
        record.finishedAt = Date()
        if let outcome {
            record.keyFigure = outcome.keyFigure
            record.keyFigureLabel = outcome.keyFigureLabel
            record.resultFolder = outcome.resultFolder
            record.dataSHA256 = outcome.dataSHA256 ?? record.dataSHA256
        }
        try? history.update(record)
        for continuation in (watchers[id] ?? [:]).values {
            continuation.yield(.ended(record))
            continuation.finish()
        }
        watchers[id] = nil
    }

    private func send(_ id: Int64, _ event: RunEvent) {
        for continuation in (watchers[id] ?? [:]).values { continuation.yield(event) }
    }

    private func announcePositions() {
        for (k, entry) in waiting.enumerated() { send(entry.id, .queued(position: k + 1)) }
    }
}
