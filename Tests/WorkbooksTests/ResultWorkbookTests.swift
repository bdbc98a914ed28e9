import Foundation
import PlanningData
import TestSupport
import Testing
@testable import Workbooks

/// Workbooks of real result folders (written by the `samplan` executable), read back with
/// openpyxl and checked cell by cell against the CSV files beside them.
@Suite("Result workbooks: the same numbers as the CSVs", .serialized,
       .enabled(if: OpenpyxlReader.available, "python3 with openpyxl is needed to read the workbooks (pip install openpyxl)"))
struct ResultWorkbookTests {
    /// One summer run and one level-structuring run, shared by the checks; each also `--excel`.
    static let folders: Result<[String: URL], any Error> = Result {
        var folders: [String: URL] = [:]
        for (key, scenario, excel) in [("summer", "Tests/Fixtures/scenarios/summer-small.yaml", false),
                                       ("summer-excel", "Tests/Fixtures/scenarios/summer-small.yaml", true),
                                       ("level", "Scenarios/nivastrukturering/tavi.yaml", false)] {
            let folder = temporaryPath("workbook-\(key)")
            let output = try Samplan.run(["run", scenario, "--out", folder.path] + (excel ? ["--excel"] : []))
            guard output.status == 0 else { throw OpenpyxlReader.ReadError(message: output.stderr) }
            folders[key] = folder
        }
        return folders
    }
    static let names = Result { WorkbookNames(data: try DataSetLoader.load(folder: Fixtures.defaultDataSet.path).0) }

    func workbook(_ key: String) throws -> (folder: URL, sheets: [OpenpyxlReader.Sheet]) {
        let folder = try #require(try Self.folders.get()[key])
        let path = temporaryPath("book-\(key)").path + ".xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ResultWorkbook.write(folder: folder, names: Self.names.get(), to: path)
        return (folder, try OpenpyxlReader.read(path))
    }

    /// Every numeric field of every CSV equals the cell at the same place; text fields are the
    /// data set's names for ids; headings are Swedish; the header row is frozen.
    @Test(arguments: ["summer", "summer-excel", "level"])
    func sheetsHoldTheCSVNumbers(_ key: String) throws {
        let (folder, sheets) = try workbook(key)
        let names = try Self.names.get()
        // The folder's CSVs and the status quo's (docs/SPEC.md §7, v2) in status_quo/.
        var csvNames = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        let statusQuo = folder.appendingPathComponent("status_quo")
        if let inner = try? FileManager.default.contentsOfDirectory(atPath: statusQuo.path) {
            csvNames += inner.filter { $0.hasSuffix(".csv") }.map { "status_quo/" + $0 }
        }
        #expect(sheets.first?.title == "Sammanfattning")
        #expect(sheets.count == csvNames.count + 1)
        for name in csvNames {
            let sheetName = ResultWorkbook.sheetName(name)
            let sheet = try #require(sheets.first { $0.title == sheetName }, "no sheet \(sheetName) for \(name)")
            let table = CSVTable(bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name))))
            let all = try #require(table.header).fields.map(\.text)
            // The `--excel` name columns are left out: the id columns show the names.
            let kept = all.indices.filter { !(all[$0].hasSuffix("_name") && all.contains(String(all[$0].dropLast(5)))) }
            let header = kept.map { all[$0] }
            #expect(sheet.freezePanes == "A2", "\(sheetName)")
            #expect(sheet.rows.count == table.records.count + 1, "\(sheetName)")
            #expect(sheet.rows.first?.compactMap { $0 as? String } == header.map { ResultColumns.heading($0, names: names) })
            #expect(!(sheet.rows.first?.contains { ($0 as? String) == "cases" || ($0 as? String) == "net_sek" } ?? true))
            for (r, record) in table.records.enumerated() {
                let cells = sheet.rows[r + 1]
                #expect(cells.count == header.count, "\(sheetName) row \(r + 2)")
                for (c, field) in kept.map({ record.fields[$0] }).enumerated() {
                    let cell = cells[c]
                    if field.text.isEmpty {
                        #expect(cell is NSNull, "\(sheetName) row \(r + 2) column \(c + 1)")
                    } else if ResultColumns.kind(of: header[c]) == .number,
                              let value = NumberParsing.parse(field.text, decimalComma: table.allowsDecimalComma) {
                        let got = try #require(cell as? Double, "\(sheetName) row \(r + 2) column \(c + 1): \(cell)")
                        #expect(abs(got - value) <= 1e-12 * max(1, abs(value)), "\(sheetName) row \(r + 2) column \(c + 1)")
                    } else {
                        #expect(cell as? String == names.shown(field.text, column: header[c]), "\(sheetName) row \(r + 2)")
                    }
                }
            }
        }
    }

    /// The summary sheet holds summary.json's figures in the file's order, with Swedish labels.
    @Test func summaryFollowsSummaryJSON() throws {
        let (folder, sheets) = try workbook("summer")
        let summary = try jsonObject(folder.appendingPathComponent("summary.json"))
        let rows = try #require(sheets.first).rows.dropFirst()
        func value(_ label: String) -> Any? { rows.first { $0.first as? String == label }?.last }
        #expect(value("Scenario") as? String == summary["scenario"] as? String)
        #expect(value("Status") as? String == "optimal")
        #expect(value("Slag") as? String == "sommarplan")
        let objective = try #require(summary["objective_sek"] as? Double)
        let cell = try #require(value("Målfunktion (kr)") as? Double)
        #expect(abs(cell - objective) <= 1e-9 * abs(objective))
        let sqCooperation = try #require((((summary["status_quo"] as? [String: Any])?["costs"]) as? [String: Any])?["cooperation_sek"] as? Double)
        // libxlsxwriter writes 16 significant digits.
        let sqCell = try #require(value("Nuläget: Kostnader: samverkan (kr)") as? Double)
        #expect(abs(sqCell - sqCooperation) <= 1e-12 * abs(sqCooperation))
        #expect(rows.first?.first as? String == "Scenario")
    }

    /// The CSVs and the workbook of a `--excel` folder give the same cells as the default one.
    @Test func excelDialectGivesTheSameWorkbook() throws {
        let plain = try workbook("summer").sheets, excel = try workbook("summer-excel").sheets
        #expect(plain.map(\.title) == excel.map(\.title))
        for (a, b) in zip(plain, excel) {
            #expect(a.rows.count == b.rows.count)
            #expect(String(describing: a.rows) == String(describing: b.rows), "\(a.title)")
        }
    }

    /// Number formats: weeks plain, counts grouped, shares as percent, names as text.
    @Test func columnsHaveTheirFormats() throws {
        let sheets = try workbook("summer").sheets
        let occupancy = try #require(sheets.first { $0.title == "Beläggning" })
        let header = occupancy.rows[0].compactMap { $0 as? String }
        func format(_ heading: String) -> String? { header.firstIndex(of: heading).map { occupancy.formats[$0] } }
        #expect(format("Vecka") == "0")
        #expect(format("Beläggning") == "0.0 %")
        #expect(format("Sjukhus") == "@")
        #expect(["#,##0", "#,##0.0##"].contains(format("Bemannade vårdplatser") ?? ""))
        let levels = try workbook("level").sheets
        let proposals = try #require(levels.first { $0.title == "Förslag" })
        #expect(proposals.rows[1][2] as? String == "ja" || proposals.rows[1][2] as? String == "nej")
    }
}
