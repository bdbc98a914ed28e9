import ArgumentParser
import Foundation
import PlanningData
import Reports

/// Merges the parts of `samplan run --shard I/N` of an uncertainty scenario (SPEC §10) into the
/// folder a single run writes: the base plan's files of part 1 (every part writes the same), the
/// draws of every part in draw order, `uncertainty.csv` and `summary.json` recomputed from them.
enum UncertaintyMerge {
    /// The files a part writes for its own draws (or for itself), not copied from part 1.
    static let ownFiles: Set<String> = ["draws.csv", "uncertainty.csv", "summary.json", "run.json"]

    static func merge(_ found: [ShardPart], into target: String, force: Bool, start: ContinuousClock.Instant) throws {
        var parts: [(part: ShardPart, manifest: UncertaintyPartManifest)] = []
        for part in found {
            do { parts.append((part, try JSONDecoder().decode(UncertaintyPartManifest.self, from: part.data))) } catch {
                throw Console.fail(.invalidInput, "\(part.path): not an uncertainty part manifest: \(ShardParts.describe(error))")
            }
        }
        let first = parts[0]
        let a = first.manifest.uncertainty
        for other in parts.dropFirst() {
            let b = other.manifest.uncertainty
            func refuse(_ what: String) -> ExitCode {
                Console.fail(.invalidInput, "the parts are of different uncertainty runs: \(first.part.path) and \(other.part.path) have \(what)")
            }
            if other.manifest.of != first.manifest.of {
                throw refuse("different shard counts (part \(first.manifest.shard) of \(first.manifest.of), part \(other.manifest.shard) of \(other.manifest.of))")
            }
            if b.seed != a.seed { throw refuse("different seeds (\(a.seed), \(b.seed))") }
            if b.draws != a.draws { throw refuse("different numbers of draws (\(a.draws), \(b.draws))") }
            if b.scenario != a.scenario || b.inputsSHA256 != a.inputsSHA256 || b.baseSummary != a.baseSummary {
                throw refuse("different scenarios (\(a.scenario), \(b.scenario); inputs \(a.inputsSHA256.prefix(12)), \(b.inputsSHA256.prefix(12)))")
            }
            if b.excel != a.excel || b.header != a.header { throw refuse("draws.csv written differently (--excel on one only, or another samplan)") }
        }
        let count = first.manifest.of
        let byShard = try ShardPart.byShard(parts, of: count, shard: \.shard)
        // Every part holds exactly its own draws.
        var rows: [(draw: Int, fields: [String])] = []
        for i in 1...count {
            let (part, manifest) = byShard[i]!
            let expected = Array(stride(from: i, through: a.draws, by: count))
            let draws = manifest.uncertainty.rows.map { $0.first.flatMap { Int($0) } ?? 0 }
            guard draws == expected, manifest.uncertainty.rows.allSatisfy({ $0.count == a.header.count }) else {
                throw Console.fail(.invalidInput, "\(part.path): part \(i) of \(count) does not hold the draws its index gives")
            }
            rows += zip(draws, manifest.uncertainty.rows).map { ($0, $1) }
        }
        rows.sort { $0.draw < $1.draw }
        var drawsCSV = CSVDocument(header: a.header)
        for row in rows { drawsCSV.append(row.fields) }
        let format = CSVFormat(excel: a.excel)
        let spreads = UncertaintyResults.spreads(header: a.header, rows: drawsCSV.rows)
        let solved = rows.filter { $0.fields[1] == "optimal" }.count
        let summary = UncertaintyResults.summaryText(base: a.baseSummary,
                                                     uncertainty: UncertaintyResults.summary(draws: rows.count, solved: solved, spreads))
        // The base plan's files of part 1, as they are.
        let fm = FileManager.default
        var files: [(name: String, contents: String)] = []
        var copies: [(name: String, source: String)] = []
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: first.part.folder).sorted() } catch {
            throw Console.fail(.missingFile, "\(first.part.folder): cannot read the folder: \(error.localizedDescription)")
        }
        for name in names where !ownFiles.contains(name) && ShardManifestHeader.parseFileName(name) == nil {
            let path = UserPath.join(first.part.folder, name)
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                copies.append((name, path))
            } else if let data = fm.contents(atPath: path) {
                files.append((name, String(decoding: data, as: UTF8.self)))
            }
        }
        files = files.map { $0.name != "report.html" ? $0 : ($0.name, UncertaintyReport.adding(to: $0.contents, header: a.header, rows: drawsCSV.rows,
                                                                                            regionNames: a.regionNames ?? [])) }
        files += [("draws.csv", format.render(drawsCSV)), ("uncertainty.csv", format.render(UncertaintyResults.uncertainty(spreads, format))),
                  ("summary.json", summary)]
        let info = JSONValue.object([
            ("samplan_version", .string(Samplan.version)),
            ("command", .string("merge")),
            ("kind", .string(UncertaintyPartManifest.kind)),
            ("parts", .array((1...count).map { i in
                let (part, manifest) = byShard[i]!
                return .object([("manifest", .string(part.path)), ("shard", .int(i)), ("of", .int(count)),
                                ("samplan_version", .string(manifest.samplanVersion))])
            })),
            ("seconds", .object([("merge", .number((ContinuousClock.now - start).seconds))])),
            ("date", .string(ISO8601DateFormatter().string(from: Date()))),
        ])
        files.append(("run.json", info.rendered()))
        do {
            try ResultFolderWriter.write(files, copying: copies, to: target, force: force)
        } catch {
            throw Console.fail(error.exists ? .usage : .internalError, error.description)
        }
        Console.out("\(rows.count) draws from \(count) parts, \(solved) solved: \(target)/uncertainty.csv\n")
    }
}
