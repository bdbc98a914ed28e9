import Foundation
import PlanningData
import Reports
import Workbooks

/// The result folder of a job: the one guard against replacing a folder without `--force`, the
/// one atomic write (every file, run.json included, into a temporary folder renamed into place),
/// the workbook of `--xlsx`, and the list of what was written.
struct ResultFolder {
    /// The folder as the user gave it (or the job's default).
    let path: String
    let force: Bool

    /// Refuses, before any work is done, a folder that exists without `force` or cannot be
    /// written (docs/SPEC.md §6): exit 64.
    static func checked(_ path: String, force: Bool) throws -> ResultFolder {
        do { try ResultFolderWriter.checkWritable(path, force: force) } catch {
            throw JobFailure(.usage, error.description)
        }
        return ResultFolder(path: path, force: force)
    }

    /// Writes `files` (name in the folder, contents) and copies of `copying` (name, source
    /// folder); with `workbookOf` also `tabeller.xlsx` of the tables, ids shown as that data set's
    /// names. A cancelled job stops here, before anything is written.
    ///
    /// - Returns: every file written, relative to the folder, sorted.
    /// - Throws: `CancellationError`; `JobFailure` exit 64 when the folder appeared meanwhile,
    ///   70 when it cannot be written.
    func write(_ files: [(name: String, contents: String)], copying: [(name: String, source: String)] = [],
               workbookOf data: DataSet? = nil, control: RunControl) throws -> [String] {
        try control.checkCancellation()
        do { try ResultFolderWriter.write(files, copying: copying, to: path, force: force) } catch {
            throw JobFailure(error.exists ? .usage : .internalError, error.description)
        }
        if let data { try writeWorkbook(names: WorkbookNames(data: data)) }
        return Self.listing(path)
    }

    /// `tabeller.xlsx` beside the tables, written to a temporary name and renamed, so that the
    /// folder never holds half a workbook.
    private func writeWorkbook(names: WorkbookNames) throws {
        let target = UserPath.join(path, ResultWorkbook.fileName)
        let temporary = UserPath.join(path, ".\(ResultWorkbook.fileName).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try ResultWorkbook.write(folder: URL(fileURLWithPath: path), names: names, to: temporary)
            _ = try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.moveItem(atPath: temporary, toPath: target)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw JobFailure(.internalError, "\(target): could not write the workbook: \(error)")
        }
    }

    /// Every regular file under `folder`, relative to it, sorted.
    static func listing(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: UserPath.join(folder, relative), isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}
