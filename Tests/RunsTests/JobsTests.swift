import Foundation
import Runs
import Synchronization
import TestSupport
import Testing

/// The run layer called in process, as the workbench calls it: outcome, progress, the result
/// folder guard, the error mapping and cancellation.
@Suite("Run layer: jobs in process", .serialized)
struct JobsTests {
    static let small = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/scenarios/summer-small.yaml").path

    /// Every progress report of a job, in order.
    final class Recorder: Sendable {
        let seen = Mutex<[RunProgress]>([])
        func record(_ progress: RunProgress) { seen.withLock { $0.append(progress) } }
        var all: [RunProgress] { seen.withLock { $0 } }
    }

    @Test func summerRunReturnsItsFolderFilesAndFigures() throws {
        let folder = temporaryPath("jobs-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = Recorder()
        let outcome = try Jobs.run(RunRequest(scenario: Self.small, result: ResultOptions(out: folder.path), jobs: 2),
                                   control: RunControl(progress: recorder.record))
        #expect(outcome.resultFolder == folder.path)
        #expect(outcome.exitStatus == 0)
        #expect(outcome.status == "optimal")
        // The files listed are the files on disk.
        let onDisk = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { !$0.hasSuffix("status_quo") }.sorted()
        #expect(outcome.files == onDisk)
        #expect(outcome.files.contains("run.json") && outcome.files.contains("summary.json") && outcome.files.contains("report.html"))
        let summary = try jsonObject(folder.appendingPathComponent("summary.json"))
        let objective = try #require(summary["objective_sek"] as? Double)
        let figure = try #require(outcome.keyFigure)
        #expect(abs(figure - objective) <= 1e-9 * abs(objective))
        #expect(outcome.terminal.contains(folder.path))
        // Loading said once, then the solve started and ended with its status.
        let phases = recorder.all
        #expect(phases.first?.kind == .note && phases.first?.phase == "Läser data")
        #expect(phases.contains { $0.kind == .elapsed && $0.finished == nil && $0.phase == "Löser planen" })
        #expect(phases.last?.finished == "optimal")
    }

    @Test func existingFolderIsRefusedWithoutForce() throws {
        let folder = temporaryPath("jobs-exists")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: JobFailure.self) {
            try Jobs.run(RunRequest(scenario: Self.small, result: ResultOptions(out: folder.path)))
        }
        #expect(error.status == .usage)
        #expect(error.stderr == "error: \(folder.path): the result folder exists; use --force to replace it\n")
        #expect(error.message == "\(folder.path): the result folder exists; use --force to replace it")
    }

    @Test func missingScenarioIsExit66() throws {
        let error = try #require(throws: JobFailure.self) {
            try Jobs.compare(CompareRequest(scenarioA: "no-such-scenario.yaml", scenarioB: Self.small,
                                            result: ResultOptions(out: temporaryPath("jobs-missing").path)))
        }
        #expect(error.status == .missingFile)
        #expect(error.stderr.hasPrefix("error: no-such-scenario.yaml"))
    }

    @Test func badRequestsAreUsageErrors() throws {
        let jobs = try #require(throws: JobFailure.self) { try Jobs.run(RunRequest(scenario: Self.small, jobs: 0)) }
        #expect(jobs.status == .usage)
        let shard = try #require(throws: JobFailure.self) {
            try Jobs.batch(BatchRequest(paths: [Self.small], shard: "3/2", out: temporaryPath("jobs-shard").path))
        }
        #expect(shard.status == .usage)
        let factors = try #require(throws: JobFailure.self) {
            try Jobs.sweep(SweepRequest(scenario: Self.small, price: "ortopedi/day_surgery", factors: [1, 1]))
        }
        #expect(factors.status == .usage)
    }

    /// Cancelled before it starts or once the solve has begun: `CancellationError`, and neither
    /// the result folder nor a temporary folder beside it.
    @Test(arguments: ["at once", "while solving"])
    func cancelledRunLeavesNoFolder(_ when: String) throws {
        let parent = temporaryPath("jobs-cancel")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("result")
        let stop = Atomic<Bool>(when == "at once")
        let control = RunControl(progress: { progress in
            if progress.kind == .elapsed && progress.finished == nil { stop.store(true, ordering: .relaxed) }
        }, isCancelled: { stop.load(ordering: .relaxed) })
        #expect(throws: CancellationError.self) {
            try Jobs.run(RunRequest(scenario: Self.small, result: ResultOptions(out: folder.path), jobs: 1), control: control)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    /// `Jobs.cancellable`: cancelling the task stops the job with `CancellationError`.
    @Test func cancellingTheTaskCancelsTheJob() async throws {
        let folder = temporaryPath("jobs-task")
        defer { try? FileManager.default.removeItem(at: folder) }
        let task = Task {
            try await Jobs.cancellable { control in
                // Hold the job until the task has been cancelled, so the test does not race the solve.
                while !control.isCancelled() { Thread.sleep(forTimeInterval: 0.01) }
                return try Jobs.run(RunRequest(scenario: Self.small, result: ResultOptions(out: folder.path)), control: control)
            }
        }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
