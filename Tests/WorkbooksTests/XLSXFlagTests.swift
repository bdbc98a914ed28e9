import Foundation
import TestSupport
import Testing
@testable import Workbooks

/// `--xlsx` on `run`, `compare` and `sweep` (issue 18): the result folder gains `tabeller.xlsx`,
/// the workbook `ResultWorkbook` makes of that folder, and every other file stays as without it.
@Suite("--xlsx writes tabeller.xlsx into the result folder", .serialized,
       .enabled(if: OpenpyxlReader.available, "python3 with openpyxl is needed to read the workbooks (pip install openpyxl)"))
struct XLSXFlagTests {
    static let small = "Tests/Fixtures/scenarios/summer-small.yaml"
    static let commands: [String: [String]] = [
        "run": ["run", small],
        "compare": ["compare", small, "Tests/Fixtures/scenarios/pricelist-2025-small.yaml"],
        "sweep": ["sweep", small, "--price", "ortopedi/day_surgery", "--factors", "1,1.1"],
    ]

    @Test(arguments: ["run", "compare", "sweep"])
    func workbookBesideTheTables(_ command: String) throws {
        let arguments = try #require(Self.commands[command])
        let plain = temporaryPath("xlsx-plain-\(command)"), withBook = temporaryPath("xlsx-book-\(command)")
        defer { for folder in [plain, withBook] { try? FileManager.default.removeItem(at: folder) } }
        let first = try Samplan.run(arguments + ["--out", plain.path])
        let second = try Samplan.run(arguments + ["--out", withBook.path, "--xlsx"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0, "\(second.stderr)")
        // The same files but the workbook, byte for byte (run.json holds times and a date).
        let plainFiles = try files(plain), bookFiles = try files(withBook)
        #expect(bookFiles == (plainFiles + [ResultWorkbook.fileName]).sorted())
        #expect(!plainFiles.contains(ResultWorkbook.fileName))
        for name in plainFiles where name != "run.json" {
            let a = try Data(contentsOf: plain.appendingPathComponent(name)), b = try Data(contentsOf: withBook.appendingPathComponent(name))
            #expect(a == b, "\(command): \(name) differs with --xlsx")
        }
        // The workbook is the one ResultWorkbook makes of the folder: same sheets, same cells.
        let written = try OpenpyxlReader.read(withBook.appendingPathComponent(ResultWorkbook.fileName).path)
        let expectedPath = temporaryPath("xlsx-expected-\(command)").path + ".xlsx"
        defer { try? FileManager.default.removeItem(atPath: expectedPath) }
        try ResultWorkbook.write(folder: plain, names: ResultWorkbookTests.names.get(), to: expectedPath)
        let expected = try OpenpyxlReader.read(expectedPath)
        #expect(!written.isEmpty)
        #expect(written.map(\.title) == expected.map(\.title))
        for (a, b) in zip(written, expected) {
            #expect(String(describing: a.rows) == String(describing: b.rows), "\(command): sheet \(a.title)")
        }
    }

    /// Every file of `folder`, relative to it, sorted.
    func files(_ folder: URL) throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
        var names: [String] = []
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                names.append(relative)
            }
        }
        return names.sorted()
    }
}
