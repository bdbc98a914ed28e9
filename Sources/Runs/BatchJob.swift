import Dispatch
import Foundation
import PlanningData
import Reports
import Synchronization

/// `samplan batch PATH...`: the scenarios side by side, one result folder each, then batch.csv
/// and the overview report.html (a part of a sharded batch: batch-I-of-N.csv and its manifest).
/// Cancelled, it stops between scenarios: the folders of scenarios already run stay (each whole),
/// and no batch.csv is written.
struct BatchJob {
    let request: BatchRequest
    let control: RunControl

    func run() throws -> JobOutcome {
        let jobs = try JobCount.resolve(request.jobs)
        let shard = try BatchFiles.parseShard(request.shard)
        let all = try BatchFiles.collect(request.paths)
        guard !all.isEmpty else { throw JobFailure(.missingFile, "no *.yaml scenario files in \(request.paths.joined(separator: ", "))") }
        let mine = BatchFiles.shard(all, index: shard.index, of: shard.count)
        let folders = BatchFiles.resultNames(all)
        let rows = try runAll(mine, folders: folders, jobs: jobs)
        try control.checkCancellation()
        let csv = BatchFiles.csv(rows)
        let name = shard.count == 1 ? "batch.csv" : "batch-\(shard.index)-of-\(shard.count).csv"
        try write(csv, name: name, all: all, mine: mine, folders: folders, shard: shard)
        let failed = rows.filter { $0.status == "error" }
        let out = request.out
        let terminal = "\(mine.count) \(mine.count == 1 ? "scenario" : "scenarios")\(shard.count > 1 ? " (part \(shard.index) of \(shard.count), \(all.count) in all)" : ""), \(failed.count) failed: \(out)/\(name)\n"
        let errors = failed.map { "error: " + ($0.error.hasPrefix($0.file) ? $0.error : "\($0.file): \($0.error)") + "\n" }.joined()
        return JobOutcome(resultFolder: out, files: ResultFolder.listing(out), terminal: terminal, trailingErrors: errors,
                          exitStatus: failed.isEmpty ? 0 : ExitStatus.someScenariosFailed.rawValue,
                          keyFigure: Double(failed.count), keyFigureLabel: "Misslyckade scenarier")
    }

    /// Every scenario of this part run on `jobs` workers; rows in file order.
    private func runAll(_ mine: [String], folders: [String: String], jobs: Int) throws -> [BatchFiles.Row] {
        let workers = min(jobs, max(1, mine.count))
        // Scenarios run side by side; a lone scenario gets every core for its own proposals.
        let innerJobs = workers == 1 ? jobs : 1
        let rows = Mutex<[Int: BatchFiles.Row]>([:]), done = Atomic<Int>(0), next = Atomic<Int>(0)
        let control = control, request = request
        let report: @Sendable (Int) -> Void = { count in
            control.progress(RunProgress(kind: .count, phase: "Scenarier", label: "Scenarios", done: count, total: mine.count))
        }
        report(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !control.isCancelled() {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < mine.count else { break }
                let row = BatchScenario(file: mine[k], folder: UserPath.join(request.out, folders[mine[k]]!), jobs: innerJobs,
                                        force: request.force, excel: request.excel, isCancelled: control.isCancelled, warn: control.diagnostic).run()
                rows.withLock { $0[k] = row }
                report(done.add(1, ordering: .relaxed).newValue)
            }
        }
        try control.checkCancellation()
        let collected = rows.withLock { $0 }
        return mine.indices.map { collected[$0]! }
    }

    /// batch.csv (or this part's CSV and manifest) and, for a whole batch, the overview report.
    private func write(_ csv: CSVDocument, name: String, all: [String], mine: [String], folders: [String: String],
                       shard: (index: Int, count: Int)) throws {
        let out = request.out
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try Data(CSVFormat(excel: request.excel).render(csv).utf8).write(to: URL(fileURLWithPath: UserPath.join(out, name)), options: .atomic)
            if shard.count == 1 {
                try Data(BatchOverview.render(header: csv.header, rows: csv.rows, folders: mine.map {
                    (folders[$0]!, UserPath.join(out, folders[$0]!))
                }).utf8).write(to: URL(fileURLWithPath: UserPath.join(out, "report.html")), options: .atomic)
            } else {
                // What this part is, for `samplan merge` (which writes the overview report.html).
                let manifest = BatchPartManifest(shard: shard.index, of: shard.count, samplanVersion: SamplanVersion.current, batch: .init(
                    files: all, excel: request.excel, csv: name, header: csv.header,
                    results: mine.indices.map { .init(file: mine[$0], folder: folders[mine[$0]]!, row: csv.rows[$0]) }))
                try manifest.rendered().write(to: URL(fileURLWithPath: UserPath.join(out, ShardManifestHeader.fileName(shard: shard.index, of: shard.count))))
            }
        } catch {
            throw JobFailure(.internalError, "\(out)/\(name): \(error.localizedDescription)")
        }
    }
}
