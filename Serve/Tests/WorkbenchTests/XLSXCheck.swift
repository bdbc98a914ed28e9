import Foundation

/// Reads a downloaded workbook with openpyxl (Python, an implementation independent of the
/// writer) and checks that every CSV of the result folder has a sheet with the same number of
/// rows and columns holding the same numbers in the same cells (ids are shown there as names).
enum XLSXCheck {
    /// Whether `python3` can import openpyxl (CI installs it).
    static let available: Bool = (try? python(["-c", "import openpyxl"]).status) == 0

    static let script = """
    import csv, os, sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in book.worksheets]
    def number(text):
        try:
            return float(text)
        except ValueError:
            return None
    failed = False
    for base, _, names in sorted(os.walk(sys.argv[2])):
        for name in sorted(n for n in names if n.endswith(".csv")):
            path = os.path.join(base, name)
            with open(path, newline="", encoding="utf-8-sig") as f:
                rows = list(csv.reader(f))
            header, data = rows[0], rows[1:]
            cells = [(r, c, number(v)) for r, row in enumerate(data) for c, v in enumerate(row) if number(v) is not None]
            def same(grid):
                if len(grid) != len(data) + 1 or len(grid[0]) != len(header):
                    return False
                for r, c, v in cells:
                    got = grid[r + 1][c]
                    if isinstance(got, bool) or not isinstance(got, (int, float)) or abs(got - v) > 1e-9 * max(1.0, abs(v)):
                        return False
                return True
            match = next((title for title, grid in sheets if same(grid)), None)
            rel = os.path.relpath(path, sys.argv[2])
            print(f"{rel}: {len(data)} rows, {len(cells)} numbers, sheet {match}")
            failed = failed or match is None
    sys.exit(1 if failed else 0)
    """

    static func compare(workbook: String, folder: String) throws -> (status: Int32, output: String) {
        let result = try python(["-c", script, workbook, folder])
        return (result.status, result.output)
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
