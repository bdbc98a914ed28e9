import Foundation
import Testing
@testable import Workbench

/// The run history: created and migrated on start, kept across restarts, interrupted runs marked.
@Suite("Workbench run history")
struct RunHistoryTests {
    static func record(_ scenario: String, _ status: RunRecord.Status) -> RunRecord {
        RunRecord(scenario: scenario, scenarioName: scenario, kind: "summer", scenarioSHA256: "a", samplanVersion: "0.1.0",
                  requestedBy: "test", status: status)
    }

    @Test func finishedRunsSurviveARestartAndUnfinishedOnesAreMarkedInterrupted() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".samplan/historik.sqlite").path
        var finished = Self.record("a.yaml", .finished)
        finished.keyFigure = 42.5
        finished.finishedAt = Date(timeIntervalSince1970: 1_800_000_000)
        do {
            let history = try RunHistory(path: path)
            finished = try history.add(finished)
            _ = try history.add(Self.record("b.yaml", .running))
            _ = try history.add(Self.record("c.yaml", .queued))
            _ = try history.add(Self.record("d.yaml", .failed))
        }
        // The server is gone; a new one opens the same file.
        let reopened = try RunHistory(path: path)
        let runs = try reopened.all()
        #expect(runs.map(\.scenario) == ["d.yaml", "c.yaml", "b.yaml", "a.yaml"])
        #expect(runs.map(\.status) == [.failed, .interrupted, .interrupted, .finished])
        // SQLite keeps dates to the millisecond.
        #expect(runs.last?.id == finished.id && runs.last?.keyFigure == 42.5 && runs.last?.finishedAt == finished.finishedAt)
        #expect(runs[1].finishedAt != nil && runs[1].message?.contains("stoppades") == true)
        #expect(try reopened.latestFinished()["a.yaml"]?.keyFigure == 42.5)
        #expect(try reopened.latestFinished()["b.yaml"] == nil)
    }

    @Test func runsOfAScenarioNewestFirstAndDeletion() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = try RunHistory(path: folder.appendingPathComponent("h.sqlite").path)
        let first = try history.add(Self.record("a.yaml", .finished))
        var second = try history.add(Self.record("a.yaml", .running))
        _ = try history.add(Self.record("b.yaml", .finished))
        second.status = .finished
        try history.update(second)
        #expect(try history.runs(of: "a.yaml").map(\.id) == [second.id, first.id])
        #expect(try history.latestFinished()["a.yaml"]?.id == second.id)
        #expect(try history.delete(id: try #require(first.id)))
        #expect(try !history.delete(id: try #require(first.id)))
        #expect(try history.runs(of: "a.yaml").count == 1)
    }

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("samplan-history-\(UUID().uuidString)")
    }
}
