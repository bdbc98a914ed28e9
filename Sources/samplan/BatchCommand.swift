import ArgumentParser
import Dispatch
import Foundation
import GLPKBackend
import LevelStructuring
import PlanningData
import Reports
import Scenario
import SummerPlan
import Synchronization

/// `samplan batch PATH...`: many scenarios, one result folder each and batch.csv.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run many scenario files (folders are searched for *.yaml); one result folder each plus batch.csv.",
        discussion: """
            A failing scenario is recorded in batch.csv and the others go on (exit 3 when any failed). \
            --shard I/N runs the I-th of N parts of the sorted file list (file k goes to part k mod N + 1), \
            for array jobs on a cluster scheduler; each part writes batch-I-of-N.csv and shard-I-of-N.json, \
            and `samplan merge` joins the parts into what one batch writes. See docs/batch.md.
            """
    )

    @Argument(help: "Scenario files and folders.")
    var paths: [String]

    @Option(help: "Scenarios run at once. Default: the number of cores.")
    var jobs: Int?

    @Option(help: "Run only part I of N, e.g. 2/4.")
    var shard: String?

    @Option(help: "The folder for the result folders and batch.csv.")
    var out = "results/batch"

    @Flag(help: "Replace existing result folders.")
    var force = false

    @Flag(help: "Write CSVs for Swedish spreadsheets: `;`, decimal comma, byte-order mark.")
    var excel = false

    var parsedShard: (index: Int, count: Int)? {
        guard let shard else { return (1, 1) }
        let parts = shard.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, (1...n).contains(i) else { return nil }
        return (i, n)
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if parsedShard == nil { throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/4, not \"\(shard!)\"") }
    }

    func run() throws {
        let all = try BatchFiles.collect(paths)
        guard !all.isEmpty else { throw Console.fail(.missingFile, "no *.yaml scenario files in \(paths.joined(separator: ", "))") }
        let (index, count) = parsedShard!
        let mine = BatchFiles.shard(all, index: index, of: count)
        let folders = BatchFiles.resultNames(all)
        let workers = min(jobs ?? processorCount, max(1, mine.count))
        // Scenarios run side by side; a lone scenario gets every core for its own proposals.
        let innerJobs = workers == 1 ? (jobs ?? processorCount) : 1
        let bar = ProgressBar("Scenarios")
        let rows = Mutex<[Int: BatchFiles.Row]>([:]), done = Atomic<Int>(0), next = Atomic<Int>(0)
        bar.update(0, mine.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < mine.count else { break }
                let file = mine[k]
                let row = BatchFiles.runOne(file, folder: UserPath.join(out, folders[file]!),
                                            jobs: innerJobs, force: force, excel: excel)
                rows.withLock { $0[k] = row }
                bar.update(done.add(1, ordering: .relaxed).newValue, mine.count)
            }
        }
        // batch.csv: the columns of docs/batch.md, then open_sites and gap (appended, so that
        // readers of the first seven columns are unaffected).
        var csv = CSVDocument(header: ["file", "name", "kind", "status", "objective_sek", "seconds", "error", "open_sites", "gap"])
        let collected = rows.withLock { $0 }
        let ordered = mine.indices.map { collected[$0]! }
        for row in ordered {
            csv.append([row.file, row.name, row.kind, row.status, row.objective.map { NumberFormatting.csv($0) } ?? "",
                        NumberFormatting.csv(row.seconds, decimals: 3), row.error, row.openSiteIDs, row.gap.map { NumberFormatting.csv($0) } ?? ""])
        }
        let name = count == 1 ? "batch.csv" : "batch-\(index)-of-\(count).csv"
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try Data(CSVFormat(excel: excel).render(csv).utf8).write(to: URL(fileURLWithPath: UserPath.join(out, name)), options: .atomic)
            if count == 1 {
                try Data(BatchOverview.render(header: csv.header, rows: csv.rows, folders: mine.map {
                    (folders[$0]!, UserPath.join(out, folders[$0]!))
                }).utf8).write(to: URL(fileURLWithPath: UserPath.join(out, "report.html")), options: .atomic)
            } else {
                // What this part is, for `samplan merge` (which writes the overview report.html).
                let manifest = BatchPartManifest(shard: index, of: count, samplanVersion: Samplan.version, batch: .init(
                    files: all, excel: excel, csv: name, header: csv.header,
                    results: mine.indices.map { .init(file: mine[$0], folder: folders[mine[$0]]!, row: csv.rows[$0]) }))
                try manifest.rendered().write(to: URL(fileURLWithPath: UserPath.join(out, ShardManifestHeader.fileName(shard: index, of: count))))
            }
        } catch {
            throw Console.fail(.internalError, "\(out)/\(name): \(error.localizedDescription)")
        }
        let failed = ordered.filter { $0.status == "error" }
        Console.out("\(mine.count) scenarios\(count > 1 ? " (part \(index) of \(count), \(all.count) in all)" : ""), \(failed.count) failed: \(out)/\(name)\n")
        for row in failed { Console.error(row.error.hasPrefix(row.file) ? row.error : "\(row.file): \(row.error)") }
        if !failed.isEmpty { throw ExitCode(ExitStatus.someScenariosFailed.rawValue) }
    }
}

/// The file list, shards and result folder names of a batch.
enum BatchFiles {
    /// Every file named and every *.yaml under the folders named, sorted, without repeats.
    static func collect(_ paths: [String]) throws -> [String] {
        var files: Set<String> = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Console.fail(.missingFile, "\(path): no such file or folder")
            }
            if !isDirectory.boolValue { files.insert(UserPath.normalize(path)); continue }
            guard let walker = fm.enumerator(atPath: path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".yaml") {
                files.insert(UserPath.resolve(relative, relativeTo: path))
            }
        }
        return files.sorted()
    }

    /// Part `index` (1-based) of `count`: the files whose position k has k mod count = index − 1.
    static func shard(_ files: [String], index: Int, of count: Int) -> [String] {
        files.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    /// Each file's result folder: its stem, or its path with `/` as `__` where stems repeat.
    /// Computed from the whole list, so every shard names a file's folder the same way.
    static func resultNames(_ files: [String]) -> [String: String] {
        var stems: [String: Int] = [:]
        for file in files { stems[stem(file), default: 0] += 1 }
        var names: [String: String] = [:]
        for file in files {
            names[file] = stems[stem(file)]! == 1 ? stem(file)
                : UserPath.removingExtension(file).split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "__")
        }
        return names
    }

    /// One scenario's outcome: the row of batch.csv and of the overview report.
    struct Row {
        var report: BatchReport.Row
        /// The optimum's open site ids joined by `+` (batch.csv's open_sites).
        var openSiteIDs = ""
        var file: String { report.file }
        var name: String { report.name }
        var kind: String { report.kind }
        var status: String { report.status }
        var objective: Double? { report.objective }
        var seconds: Double { report.seconds ?? 0 }
        /// batch.csv's error column (English, as the terminal).
        var error: String
        var gap: Double? { report.gap }
    }

    /// Runs one scenario of either kind; never throws: a failure becomes a row.
    static func runOne(_ file: String, folder: String, jobs: Int, force: Bool, excel: Bool) -> Row {
        let start = ContinuousClock.now
        let reportPath = UserPath.lastComponent(folder) + "/report.html"
        func row(_ name: String, _ kind: String, _ status: String, _ objective: Double?, _ error: String, written: Bool = false) -> Row {
            Row(report: BatchReport.Row(file: file, name: name, kind: kind, status: status, objective: objective,
                                        seconds: (ContinuousClock.now - start).seconds, error: error, report: written ? reportPath : nil),
                error: error)
        }
        let document: ScenarioDocument
        do { document = try ScenarioDocument.load(file) } catch {
            return row("", "", "error", nil, error.issues.map(\.description).joined(separator: "; "))
        }
        if !force && FileManager.default.fileExists(atPath: folder) {
            return row(document.name, document.kind, "error", nil, "\(folder): the result folder exists; use --force to replace it")
        }
        let format = CSVFormat(excel: excel)
        do {
            switch document {
            case let .summer(summer):
                if summer.uncertainty != nil {
                    // A batch compares scenarios by their base plans; the draws are a run of their own (docs/batch.md).
                    Console.warning("\(file): batch solves the base plan only; the `uncertainty` block's draws are not run (use `samplan run \(file)`, or `run --shard I/N` and `samplan merge`)")
                }
                let prepared = try summer.prepare()
                let loadSeconds = (ContinuousClock.now - start).seconds
                let solver = summerSolver(jobs: jobs)
                let run = try SummerPlanner(solver: solver).run(prepared)
                try ResultFolderWriter.write(ResultFiles.summer(run, solver: solver, jobs: jobs, format: format, loadSeconds: loadSeconds),
                                            to: folder, force: force)
                return row(summer.name, "summer", run.plan.status.rawValue, run.plan.objective, "", written: true)
            case let .levelStructuring(level):
                let prepared = try level.prepare()
                let loadSeconds = (ContinuousClock.now - start).seconds
                let solver = GLPKSolver()
                let run = try LevelStructuringPlanner(solver: solver, jobs: jobs).run(prepared)
                try ResultFolderWriter.write(ResultFiles.level(run, solver: solver, format: format, jobs: jobs, loadSeconds: loadSeconds),
                                            to: folder, force: force)
                let objective = run.rows.first { $0.name == "optimal" }?.totalCost
                var result = row(level.name, "level_structuring", run.optimal.map { $0.status.rawValue } ?? "not_solved", objective,
                                 run.optimal?.explanation ?? "", written: true)
                let p = run.problem
                if let open = run.optimal?.open {
                    result.openSiteIDs = open.map { p.data.hospitals[p.candidates[$0]].id }.joined(separator: "+")
                }
                result.report.gap = run.optimal?.result.relativeGap
                return result
            }
        } catch {
            return row(document.name, document.kind, "error", nil, "\(error)".replacingOccurrences(of: "\n", with: "; "))
        }
    }
}
