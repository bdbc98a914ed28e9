import Foundation
import TestSupport

/// Reads an .xlsx file with openpyxl (Python), an implementation independent of the writer, and
/// returns each sheet's cells, frozen pane and number formats.
enum OpenpyxlReader {
    /// Whether `python3` can import openpyxl (CI installs it; a machine without it skips the
    /// tests that need it, with that reason recorded).
    static let available: Bool = (try? python(["-c", "import openpyxl"]).status) == 0

    struct Sheet {
        let title: String
        /// Rows of cells: String, Double (numbers, openpyxl's int or float) or NSNull.
        let rows: [[Any]]
        let freezePanes: String?
        /// The number format of each cell of the second row (the first below the header).
        let formats: [String]
    }

    static let script = """
    import json, sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    out = []
    for ws in book.worksheets:
        rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
        second = [c.number_format for c in ws[2]] if ws.max_row >= 2 else []
        out.append({"title": ws.title, "rows": rows, "freeze": ws.freeze_panes, "formats": second})
    json.dump(out, sys.stdout)
    """

    static func read(_ path: String) throws -> [Sheet] {
        let (status, stdout, stderr) = try python(["-c", script, path])
        guard status == 0 else { throw ReadError(message: stderr) }
        let list = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]] ?? []
        return list.map {
            Sheet(title: $0["title"] as? String ?? "", rows: $0["rows"] as? [[Any]] ?? [],
                  freezePanes: $0["freeze"] as? String, formats: $0["formats"] as? [String] ?? [])
        }
    }

    struct ReadError: Error { let message: String }

    static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var stdoutData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { stdoutData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdoutData, as: UTF8.self), String(decoding: stderrData, as: UTF8.self))
    }
}
