import Foundation
import PlanningData
import Reports

/// Merges the parts of `samplan batch --shard I/N` into the folder one `samplan batch` writes:
/// every scenario's result folder, copied as it is, and batch.csv with the rows in file order.
struct BatchMerge {
    typealias Part = (part: ShardPart, manifest: BatchPartManifest)

    let found: [ShardPart]
    let folder: ResultFolder
    let start: ContinuousClock.Instant
    let control: RunControl

    func merge() throws -> JobOutcome {
        let parts = try decoded()
        let first = parts[0]
        try checkOneBatch(parts)
        // Every shard exactly once.
        let count = first.manifest.of
        let byShard = try ShardPart.byShard(parts, of: count, shard: \.shard)
        let header = first.manifest.batch.header
        guard let statusColumn = header.firstIndex(of: "status") else {
            throw JobFailure(.invalidInput, "\(first.part.path): batch.csv has no `status` column")
        }
        let (rows, overview, copies) = try collect(byShard, files: first.manifest.batch.files, count: count, statusColumn: statusColumn)
        var csv = CSVDocument(header: header)
        for row in rows { csv.append(row) }
        let failed = rows.filter { $0[statusColumn] == "error" }.count
        let facts = RunFacts(kind: .merged(.init(kind: BatchPartManifest.kind, byShard: byShard, count: count, start: start)))
        let written = try folder.write([("batch.csv", CSVFormat(excel: first.manifest.batch.excel).render(csv)),
                                        ("report.html", BatchOverview.render(header: header, rows: rows, folders: overview)),
                                        ("run.json", facts.rendered())],
                                       copying: copies, control: control)
        return JobOutcome(resultFolder: folder.path, files: written,
                          terminal: "\(first.manifest.batch.files.count) \(first.manifest.batch.files.count == 1 ? "scenario" : "scenarios") from \(count) parts, \(failed) failed: \(folder.path)/batch.csv\n",
                          exitStatus: failed > 0 ? ExitStatus.someScenariosFailed.rawValue : 0,
                          keyFigure: Double(failed), keyFigureLabel: "Misslyckade scenarier")
    }

    private func decoded() throws -> [Part] {
        try found.map { part in
            do { return (part, try JSONDecoder().decode(BatchPartManifest.self, from: part.data)) } catch {
                throw JobFailure(.invalidInput, "\(part.path): not a batch part manifest: \(ShardParts.describe(error))")
            }
        }
    }

    /// One shard count, the same sorted file list and CSV format.
    private func checkOneBatch(_ parts: [Part]) throws {
        let first = parts[0]
        if let other = parts.first(where: { $0.manifest.of != first.manifest.of }) {
            throw JobFailure(.invalidInput, "the parts have different shard counts: \(first.part.path) is part \(first.manifest.shard) of "
                             + "\(first.manifest.of), \(other.part.path) part \(other.manifest.shard) of \(other.manifest.of)")
        }
        for other in parts.dropFirst() {
            if other.manifest.batch.files != first.manifest.batch.files {
                let a = Set(first.manifest.batch.files), b = Set(other.manifest.batch.files)
                let only = a.subtracting(b).sorted().first.map { "\($0) is only in \(first.part.path)" }
                    ?? b.subtracting(a).sorted().first.map { "\($0) is only in \(other.part.path)" } ?? "the files are listed in another order"
                throw JobFailure(.invalidInput, "the parts are of different batches: \(first.part.path) and \(other.part.path) "
                                 + "list different scenario files (\(only))")
            }
            if other.manifest.batch.excel != first.manifest.batch.excel || other.manifest.batch.header != first.manifest.batch.header {
                throw JobFailure(.invalidInput, "the parts are of different batches: \(first.part.path) and \(other.part.path) "
                                 + "wrote batch.csv differently (--excel on one only, or another samplan)")
            }
        }
    }

    /// The rows in file order, per row the result folder's name and where it is now (for the
    /// overview report.html), and the result folders to copy. Each part must hold exactly the
    /// files its index gives, and the result folder of every scenario that ran.
    private func collect(_ byShard: [Int: Part], files: [String], count: Int, statusColumn: Int) throws
        -> (rows: [[String]], overview: [(link: String, path: String)], copies: [(name: String, source: String)])
    {
        var rows: [[String]] = [], overview: [(link: String, path: String)] = [], copies: [(name: String, source: String)] = []
        var cursor = Array(repeating: 0, count: count + 1)
        for (k, file) in files.enumerated() {
            let shard = k % count + 1
            let (part, manifest) = byShard[shard]!
            let results = manifest.batch.results
            guard cursor[shard] < results.count, results[cursor[shard]].file == file, results[cursor[shard]].row.count == manifest.batch.header.count else {
                throw JobFailure(.invalidInput, "\(part.path): part \(shard) of \(count) does not hold the files its index gives (\(file) is missing or out of place)")
            }
            let result = results[cursor[shard]]
            cursor[shard] += 1
            rows.append(result.row)
            overview.append((result.folder, UserPath.join(part.folder, result.folder)))
            guard result.row[statusColumn] != "error" else { continue }
            copies.append((result.folder, try Self.resultFolder(result, of: file, in: part)))
        }
        if let (shard, part) = (1...count).lazy.map({ ($0, byShard[$0]!) }).first(where: { cursor[$0.0] != $0.1.manifest.batch.results.count }) {
            throw JobFailure(.invalidInput, "\(part.part.path): part \(shard) of \(count) holds files that are not its own")
        }
        return (rows, overview, copies)
    }

    /// Where a scenario's result folder is. It is one name inside the part (batch never writes
    /// `/` in one); anything else would copy from or to outside the folders.
    private static func resultFolder(_ result: BatchPartManifest.Result, of file: String, in part: ShardPart) throws -> String {
        guard !result.folder.isEmpty, !result.folder.contains("/"), result.folder != ".", result.folder != ".." else {
            throw JobFailure(.invalidInput, "\(part.path): the result folder `\(result.folder)` of \(file) is not a folder name")
        }
        let source = UserPath.join(part.folder, result.folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw JobFailure(.invalidInput, "\(part.path): the result folder \(source) of \(file) is missing")
        }
        return source
    }
}
