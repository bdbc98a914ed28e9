import Foundation
import PlanningData
import Scenario
import Reports
import Workbooks

/// A flag set when a run's task is cancelled, read by the runner from its own thread.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    func cancel() { lock.lock(); set = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return set }
}

extension Workbench {
    /// The folder of all runs' result folders, hidden inside the workspace (`.samplan/korningar`).
    var runsFolder: URL { workspace.stateFolder.appendingPathComponent("korningar", isDirectory: true) }

    /// Queues `job` and returns its record (with its id): who asked, the scenario files' SHA-256,
    /// Samplan's version. The run writes `.samplan/korningar/<when>-<id>/`; when it finishes,
    /// the key figure and the inputs' SHA-256 are read from the files it wrote.
    ///
    /// - Throws: `WorkbenchError` (422) when a scenario file does not read, or a compare or sweep
    ///   is given a level-structuring scenario.
    func start(_ job: RunJob) async throws -> RunRecord {
        let documents = try job.files.map { url -> ScenarioDocument in
            guard case let .success(document) = catalog.document(url) else {
                throw WorkbenchError(.unprocessableContent, "Scenariot \(workspace.relativePath(url)) går inte att läsa; rätta filen först.")
            }
            if job.historyKind != nil && document.kind != "summer" {
                throw WorkbenchError(.unprocessableContent, "\(document.name) är ingen sommarplan; jämförelser och prissvep tar sommarplaner.")
            }
            return document
        }
        let record = RunRecord(scenario: workspace.relativePath(job.files[0]), scenarioName: Self.runName(job, documents),
                               kind: job.historyKind ?? documents[0].kind, scenarioSHA256: Self.chainSHA256(documents),
                               samplanVersion: WorkbenchInfo.samplanVersion, requestedBy: WorkbenchInfo.serverUser)
        let folder = runsFolder.appendingPathComponent(Self.folderName())
        var queued = record
        queued.resultFolder = workspace.relativePath(runsFolder) + "/" + folder.lastPathComponent
        let runner = self.runner, relative = queued.resultFolder
        return try await queue.submit(queued) { progress in
            let flag = CancelFlag()
            let given = try await withTaskCancellationHandler {
                try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
                return try await runner.run(job, into: folder, progress: progress, isCancelled: { flag.isSet })
            } onCancel: {
                flag.cancel()
            }
            if flag.isSet { throw CancellationError() }
            let read = ResultSummary.outcome(of: folder)
            var outcome = given
            outcome.keyFigure = given.keyFigure ?? read.keyFigure
            outcome.keyFigureLabel = given.keyFigure == nil ? read.keyFigureLabel : given.keyFigureLabel
            outcome.dataSHA256 = given.dataSHA256 ?? read.dataSHA256
            outcome.resultFolder = relative
            return outcome
        }
    }

    /// The name the history shows: the scenario's, "A mot B" for a compare, "Prissvep: …" for a sweep.
    static func runName(_ job: RunJob, _ documents: [ScenarioDocument]) -> String {
        switch job {
        case .scenario: return documents[0].name
        case .compare: return "\(documents[0].name) mot \(documents[1].name)"
        case let .sweep(_, price, factors):
            let list = factors.map { NumberFormatting.csv($0, decimalComma: true) }.joined(separator: "; ")
            return "Prissvep: \(documents[0].name), \(price) × \(list)"
        }
    }

    /// SHA-256 of every scenario file the job reads, each chain from the file itself to its
    /// farthest parent, in that order (hex, lowercase).
    static func chainSHA256(_ documents: [ScenarioDocument]) -> String {
        var hasher = SHA256()
        for document in documents {
            for file in document.files {
                hasher.update(Array(FileManager.default.contents(atPath: file) ?? Data()))
            }
        }
        return hasher.hexDigest()
    }

    /// `20261129-201512-3f9a1c2b`: sorts by time, unique without asking the database.
    static func folderName() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date()) + "-" + UUID().uuidString.prefix(8).lowercased()
    }

    /// The result folder of a finished run, checked to be inside the runs folder.
    func resultFolder(of record: RunRecord) -> URL? {
        guard let relative = record.resultFolder, let url = try? workspaceStateURL(relative) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return url
    }

    /// A path the history recorded (inside `.samplan/korningar/`), resolved and checked; the
    /// workspace's own `resolve` refuses hidden folders, which is where runs are kept.
    func workspaceStateURL(_ relative: String) throws -> URL {
        let url = workspace.root.appendingPathComponent(relative).resolvingSymlinksInPath().standardizedFileURL
        let runs = runsFolder.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        guard url.path.hasPrefix(runs), !relative.contains("..") else {
            throw WorkspacePathError(path: relative, reason: "körningens mapp ligger inte i arbetsytans körningar")
        }
        return url
    }

    /// The run's workbook of every table (`tabeller.xlsx`), written into its result folder the
    /// first time it is asked for: Swedish names from the data set of the run's scenario.
    ///
    /// - Throws: `WorkbenchError` (404) when the run has no result folder, (500) when the folder's
    ///   tables cannot be read.
    func workbook(of record: RunRecord) throws -> URL {
        guard let folder = resultFolder(of: record) else { throw WorkbenchError.notFound("Körningen har inga resultat.") }
        let path = folder.appendingPathComponent(ResultWorkbook.fileName)
        if FileManager.default.fileExists(atPath: path.path) { return path }
        var names = WorkbookNames()
        if case let .success(document) = catalog.document(workspace.root.appendingPathComponent(record.scenario)),
           let data = catalog.dataSet(of: document) {
            names = WorkbookNames(data: data)
        }
        // Written beside it under a hidden name and renamed, so a download never sees half a file.
        let partial = folder.appendingPathComponent(".\(UUID().uuidString).xlsx")
        do {
            try ResultWorkbook.write(folder: folder, names: names, to: partial.path)
            _ = try? FileManager.default.removeItem(at: path)
            try FileManager.default.moveItem(at: partial, to: path)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw WorkbenchError(.internalServerError, "Arbetsboken gick inte att skriva: \(error)")
        }
        return path
    }
}
