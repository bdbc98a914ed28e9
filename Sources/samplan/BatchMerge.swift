import ArgumentParser
import Foundation
import PlanningData
import Reports
import SamplanSupport

/// Merges the parts of `samplan batch --shard I/N` into the folder one `samplan batch` writes:
/// every scenario's result folder, copied as it is, and batch.csv with the rows in file order.
enum BatchMerge {
    static func merge(_ found: [ShardPart], into target: String, force: Bool, start: ContinuousClock.Instant) throws {
        var parts: [(part: ShardPart, manifest: BatchPartManifest)] = []
        for part in found {
            do { parts.append((part, try JSONDecoder().decode(BatchPartManifest.self, from: part.data))) } catch {
                throw Console.fail(.invalidInput, "\(part.path): not a batch part manifest: \(ShardParts.describe(error))")
            }
        }
        let first = parts[0]
        // One shard count.
        if let other = parts.first(where: { $0.manifest.of != first.manifest.of }) {
            throw Console.fail(.invalidInput, "the parts have different shard counts: \(first.part.path) is part \(first.manifest.shard) of "
                               + "\(first.manifest.of), \(other.part.path) part \(other.manifest.shard) of \(other.manifest.of)")
        }
        // One batch: the same sorted file list and CSV format.
        for other in parts.dropFirst() {
            if other.manifest.batch.files != first.manifest.batch.files {
                let a = Set(first.manifest.batch.files), b = Set(other.manifest.batch.files)
                let only = a.subtracting(b).sorted().first.map { "\($0) is only in \(first.part.path)" }
                    ?? b.subtracting(a).sorted().first.map { "\($0) is only in \(other.part.path)" } ?? "the files are listed in another order"
                throw Console.fail(.invalidInput, "the parts are of different batches: \(first.part.path) and \(other.part.path) "
                                   + "list different scenario files (\(only))")
            }
            if other.manifest.batch.excel != first.manifest.batch.excel || other.manifest.batch.header != first.manifest.batch.header {
                throw Console.fail(.invalidInput, "the parts are of different batches: \(first.part.path) and \(other.part.path) "
                                   + "wrote batch.csv differently (--excel on one only, or another samplan)")
            }
        }
        // Every shard exactly once.
        let count = first.manifest.of
        let byShard = try ShardPart.byShard(parts, of: count, shard: \.shard)
        // Each part holds exactly the files its index gives, and the result folder of every scenario that ran.
        let files = first.manifest.batch.files
        var rows: [[String]] = []
        var copies: [(name: String, source: String)] = []
        var cursor = Array(repeating: 0, count: count + 1)
        let header = first.manifest.batch.header
        guard let statusColumn = header.firstIndex(of: "status") else {
            throw Console.fail(.invalidInput, "\(first.part.path): batch.csv has no `status` column")
        }
        // Per row: the result folder's name and where it is now, for the overview report.html.
        var overview: [(link: String, path: String)] = []
        for (k, file) in files.enumerated() {
            let shard = k % count + 1
            let (part, manifest) = byShard[shard]!
            let results = manifest.batch.results
            guard cursor[shard] < results.count, results[cursor[shard]].file == file, results[cursor[shard]].row.count == header.count else {
                throw Console.fail(.invalidInput, "\(part.path): part \(shard) of \(count) does not hold the files its index gives (\(file) is missing or out of place)")
            }
            let result = results[cursor[shard]]
            cursor[shard] += 1
            rows.append(result.row)
            overview.append((result.folder, UserPath.join(part.folder, result.folder)))
            guard result.row[statusColumn] != "error" else { continue }
            // A result folder is one name inside the part (batch never writes `/` in one); anything
            // else would copy from or to outside the folders.
            guard !result.folder.isEmpty, !result.folder.contains("/"), result.folder != ".", result.folder != ".." else {
                throw Console.fail(.invalidInput, "\(part.path): the result folder `\(result.folder)` of \(file) is not a folder name")
            }
            let source = UserPath.join(part.folder, result.folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Console.fail(.invalidInput, "\(part.path): the result folder \(source) of \(file) is missing")
            }
            copies.append((result.folder, source))
        }
        if let (shard, part) = (1...count).lazy.map({ ($0, byShard[$0]!) }).first(where: { cursor[$0.0] != $0.1.manifest.batch.results.count }) {
            throw Console.fail(.invalidInput, "\(part.part.path): part \(shard) of \(count) holds files that are not its own")
        }
        var csv = CSVDocument(header: header)
        for row in rows { csv.append(row) }
        let failed = rows.filter { $0[statusColumn] == "error" }.count
        let info = JSONValue.object([
            ("samplan_version", .string(Samplan.version)),
            ("command", .string("merge")),
            ("kind", .string(BatchPartManifest.kind)),
            ("parts", .array((1...count).map { i in
                let (part, manifest) = byShard[i]!
                return .object([("manifest", .string(part.path)), ("shard", .int(i)), ("of", .int(count)),
                                ("samplan_version", .string(manifest.samplanVersion))])
            })),
            ("seconds", .object([("merge", .number((ContinuousClock.now - start).seconds))])),
            ("date", .string(ISO8601DateFormatter().string(from: Date()))),
        ])
        do {
            try ResultFolderWriter.write([("batch.csv", CSVFormat(excel: first.manifest.batch.excel).render(csv)),
                                          ("report.html", BatchOverview.render(header: header, rows: rows, folders: overview)),
                                          ("run.json", info.rendered())],
                                         copying: copies, to: target, force: force)
        } catch {
            throw Console.fail(error.exists ? .usage : .internalError, error.description)
        }
        Console.out("\(files.count) scenarios from \(count) parts, \(failed) failed: \(target)/batch.csv\n")
        if failed > 0 { throw ExitCode(ExitStatus.someScenariosFailed.rawValue) }
    }
}
