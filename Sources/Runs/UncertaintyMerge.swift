import Foundation
import LinearProgramming
import PlanningData
import Reports

/// Merges the parts of `samplan run --shard I/N` of an uncertainty scenario (docs/SPEC.md §10) into the
/// folder a single run writes: the base plan's files of part 1 (every part writes the same), the
/// draws of every part in draw order, `uncertainty.csv` and `summary.json` recomputed from them.
struct UncertaintyMerge {
    typealias Part = (part: ShardPart, manifest: UncertaintyPartManifest)

    /// The files a part writes for its own draws (or for itself), not copied from part 1.
    static let ownFiles: Set<String> = ["draws.csv", "uncertainty.csv", "summary.json", "run.json"]

    let found: [ShardPart]
    let folder: ResultFolder
    let start: ContinuousClock.Instant
    let control: RunControl

    func merge() throws -> JobOutcome {
        let parts = try found.map { part in
            do { return (part, try JSONDecoder().decode(UncertaintyPartManifest.self, from: part.data)) } catch {
                throw JobFailure(.invalidInput, "\(part.path): not an uncertainty part manifest: \(ShardParts.describe(error))")
            }
        } as [Part]
        let first = parts[0], run = first.manifest.uncertainty
        try checkOneRun(parts)
        let count = first.manifest.of
        let byShard = try ShardPart.byShard(parts, of: count, shard: \.shard)
        let rows = try draws(byShard, count: count, of: run)
        var drawsCSV = CSVDocument(header: run.header)
        for row in rows { drawsCSV.append(row.fields) }
        let format = CSVFormat(excel: run.excel)
        let spreads = UncertaintyResults.spreads(header: run.header, rows: drawsCSV.rows)
        let solved = rows.filter { $0.fields[1] == "optimal" }.count
        let summary = UncertaintyResults.summaryText(base: run.baseSummary,
                                                     uncertainty: UncertaintyResults.summary(draws: rows.count, solved: solved, spreads))
        var (files, copies) = try Self.baseFiles(of: first.part.folder)
        try Self.checkBaseFiles(files.map(\.name) + copies.map(\.name), of: parts)
        // The spread section of report.html, rebuilt from every part's draws (part 1's has only its own).
        files = files.map { $0.name != "report.html" ? $0 : ($0.name, UncertaintyReport.adding(to: $0.contents, header: run.header, rows: drawsCSV.rows,
                                                                                            regionNames: run.regionNames ?? [], baseRow: run.baseRow)) }
        files += [("draws.csv", format.render(drawsCSV)), ("uncertainty.csv", format.render(UncertaintyResults.uncertainty(spreads, format))),
                  ("summary.json", summary)]
        files.append(("run.json", RunFacts(kind: .merged(.init(kind: UncertaintyPartManifest.kind, byShard: byShard, count: count, start: start))).rendered()))
        let written = try folder.write(files, copying: copies, control: control)
        return JobOutcome(resultFolder: folder.path, files: written,
                          terminal: "\(rows.count) draws from \(count) parts, \(solved) solved: \(folder.path)/uncertainty.csv\n",
                          keyFigure: Double(solved), keyFigureLabel: "Lösta dragningar")
    }

    /// The parts are of one run: shard count, seed, draws, scenario, inputs and CSV format.
    private func checkOneRun(_ parts: [Part]) throws {
        let first = parts[0], a = first.manifest.uncertainty
        for other in parts.dropFirst() {
            let b = other.manifest.uncertainty
            func refuse(_ what: String) -> JobFailure {
                JobFailure(.invalidInput, "the parts are of different uncertainty runs: \(first.part.path) and \(other.part.path) have \(what)")
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
    }

    /// Every part's rows of draws.csv, in draw order; every part must hold exactly its own draws.
    private func draws(_ byShard: [Int: Part], count: Int, of run: UncertaintyPartManifest.Body) throws -> [(draw: Int, fields: [String])] {
        var rows: [(draw: Int, fields: [String])] = []
        for i in 1...count {
            let (part, manifest) = byShard[i]!
            let expected = Array(stride(from: i, through: run.draws, by: count))
            let draws = manifest.uncertainty.rows.map { $0.first.flatMap { Int($0) } ?? 0 }
            guard draws == expected, manifest.uncertainty.rows.allSatisfy({ $0.count == run.header.count }) else {
                throw JobFailure(.invalidInput, "\(part.path): part \(i) of \(count) does not hold the draws its index gives")
            }
            for row in manifest.uncertainty.rows { try Self.check(row, of: part) }
            rows += zip(draws, manifest.uncertainty.rows).map { ($0, $1) }
        }
        rows.sort { $0.draw < $1.draw }
        return rows
    }

    /// A row of a part's draws as draws.csv writes it: a known status; every number finite or
    /// empty; the plan's figures (all but the gain, which needs the status quo too) given exactly
    /// when the status is `optimal`. A row that breaks this comes from a damaged manifest.
    static func check(_ row: [String], of part: ShardPart) throws {
        let draw = row.first ?? ""
        func damaged(_ why: String) -> JobFailure {
            JobFailure(.invalidInput, "\(part.path): damaged part manifest: draw \(draw) \(why)")
        }
        // A draws.csv status is a reported status (docs/SPEC.md §10).
        guard row.count >= 3, ReportedStatus(rawValue: row[1]) != nil else { throw damaged("has the unknown status `\(row.count > 1 ? row[1] : "")`") }
        for cell in row.dropFirst(2) where !cell.isEmpty {
            guard let value = UncertaintyResults.parse(cell), value.isFinite else { throw damaged("has `\(cell)` where a number belongs") }
        }
        let optimal = row[1] == "optimal"
        // Column 3 is the gain over the status quo: empty also when only the status quo failed.
        for (k, cell) in row.enumerated().dropFirst(2) where k != 3 && cell.isEmpty == optimal {
            throw damaged(optimal ? "is optimal but lacks its figures" : "is \(row[1]) but has figures")
        }
    }

    /// The files every summer run writes (docs/SPEC.md §7), which part 1 must hold for the merged
    /// folder to be a whole run; and every part must hold the same base files (they all write them).
    static let requiredBaseFiles = ["acute_transfers.csv", "flows.csv", "occupancy.csv", "regions.csv", "report.html",
                                    "settlement.csv", "theatre.csv", "waiting.csv"]

    /// Part 1 holds every file a summer run writes, and every other part the same base files: a
    /// part copied half-way must not give a merged folder without its report or flows.
    private static func checkBaseFiles(_ names: [String], of parts: [Part]) throws {
        let first = parts[0].part
        if let missing = requiredBaseFiles.first(where: { !names.contains($0) }) {
            throw JobFailure(.invalidInput, "\(first.path): part \(parts[0].manifest.shard) lacks \(missing), which every summer run writes; copy the part again")
        }
        let expected = Set(names)
        for other in parts.dropFirst() {
            let theirs = try Set(baseFileNames(of: other.part.folder))
            if let missing = expected.subtracting(theirs).sorted().first ?? theirs.subtracting(expected).sorted().first {
                throw JobFailure(.invalidInput, "\(other.part.path) and \(first.path) do not hold the same base files (\(missing) is in one only); copy the parts again")
            }
        }
    }

    /// The names of a part folder's base files and subfolders (all but the part's own files).
    private static func baseFileNames(of folder: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { !ownFiles.contains($0) && ShardManifestHeader.parseFileName($0) == nil }
        } catch {
            throw JobFailure(.missingFile, "\(folder): cannot read the folder: \(error.localizedDescription)")
        }
    }

    /// The base plan's files of part 1, as they are: files read, subfolders to copy.
    private static func baseFiles(of folder: String) throws
        -> (files: [(name: String, contents: String)], copies: [(name: String, source: String)])
    {
        let fm = FileManager.default
        var files: [(name: String, contents: String)] = [], copies: [(name: String, source: String)] = []
        for name in try baseFileNames(of: folder).sorted() {
            let path = UserPath.join(folder, name)
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                copies.append((name, path))
            } else if let data = fm.contents(atPath: path) {
                files.append((name, String(decoding: data, as: UTF8.self)))
            }
        }
        return (files, copies)
    }
}
