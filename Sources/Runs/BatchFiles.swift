import Foundation
import PlanningData
import Reports

/// The file list, shards, result folder names and rows of a batch.
enum BatchFiles {
    /// `I/N` (nil: the whole batch, 1/1).
    /// - Throws: exit 64 when it is not I/N with 1 ≤ I ≤ N.
    static func parseShard(_ text: String?) throws -> (index: Int, count: Int) {
        guard let text else { return (1, 1) }
        let parts = text.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, (1...n).contains(i) else {
            throw JobFailure(.usage, "--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/4, not \"\(text)\"")
        }
        return (i, n)
    }

    /// Every file named and every *.yaml under the folders named, sorted, without repeats.
    /// - Throws: exit 66 for a path that does not exist.
    static func collect(_ paths: [String]) throws -> [String] {
        var files: Set<String> = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw JobFailure(.missingFile, "\(path): no such file or folder")
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
        for file in files { stems[UserPath.stem(file), default: 0] += 1 }
        var names: [String: String] = [:]
        for file in files {
            names[file] = stems[UserPath.stem(file)]! == 1 ? UserPath.stem(file)
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

    /// batch.csv: the columns of docs/batch.md, then open_sites and gap (appended, so that
    /// readers of the first seven columns are unaffected).
    static func csv(_ rows: [Row]) -> CSVDocument {
        var csv = CSVDocument(header: ["file", "name", "kind", "status", "objective_sek", "seconds", "error", "open_sites", "gap"])
        for row in rows {
            csv.append([row.file, row.name, row.kind, row.status, row.objective.map { NumberFormatting.csv($0) } ?? "",
                        NumberFormatting.csv(row.seconds, decimals: 3), row.error, row.openSiteIDs, row.gap.map { NumberFormatting.csv($0) } ?? ""])
        }
        return csv
    }
}
