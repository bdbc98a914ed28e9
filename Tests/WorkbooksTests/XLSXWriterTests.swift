import Foundation
import Reports
import Testing
@testable import Workbooks

@Suite("XLSXWriter and the pieces of a result workbook")
struct XLSXWriterTests {
    static func sheet(_ name: String) -> WorkbookSheet {
        var sheet = WorkbookSheet(name: name, header: ["a"], styles: [.integer])
        sheet.append([.number(1)])
        return sheet
    }

    @Test(arguments: ["", "a/b", "x[1]", "what?", String(repeating: "x", count: 32), "'quoted'"])
    func refusesInvalidSheetNames(_ name: String) {
        #expect(throws: WorkbookError.self) { try XLSXWriter.validate([Self.sheet(name)]) }
    }

    @Test func refusesTwoSheetsOfOneNameAndNoSheets() {
        #expect(throws: WorkbookError.self) { try XLSXWriter.validate([Self.sheet("Flöden"), Self.sheet("flöden")]) }
        #expect(throws: WorkbookError.self) { try XLSXWriter.validate([]) }
        #expect(throws: Never.self) { try XLSXWriter.validate([Self.sheet("Flöden"), Self.sheet("Väntelistor")]) }
    }

    @Test func writesAZipFile() throws {
        let data = try XLSXWriter.data([Self.sheet("Ett")])
        // An .xlsx file is a zip archive: it starts with a local file header.
        #expect(Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    }

    @Test func unwritablePathIsAnError() {
        #expect(throws: WorkbookError.self) { try XLSXWriter.write([Self.sheet("Ett")], to: "/nonexistent-folder/x.xlsx") }
    }

    @Test func jsonReaderKeepsKeyOrder() throws {
        let json = try #require(JSONReader.parse(#"{"z": 1, "a": {"y": [true, null, "\u00e5"], "b": -2.5e3}}"#))
        #expect(json == .object([("z", .int(1)), ("a", .object([("y", .array([.bool(true), .null, .string("å")])), ("b", .number(-2500))]))]))
        #expect(JSONReader.parse("{\"a\": 1") == nil)
        #expect(JSONReader.parse("[1] x") == nil)
    }

    @Test func idsAreShownAsNames() {
        var names = WorkbookNames()
        names.hospitals = ["nykoping": "Nyköpings lasarett", "malarsjukhuset": "Mälarsjukhuset"]
        names.regions = ["sormland": "Region Sörmland"]
        #expect(names.shown("nykoping", column: "to_hospital") == "Nyköpings lasarett")
        #expect(names.shown("malarsjukhuset+nykoping", column: "open_sites") == "Mälarsjukhuset, Nyköpings lasarett")
        #expect(names.shown("day_surgery", column: "care_type") == "dagkirurgi")
        #expect(names.shown("true", column: "feasible") == "ja")
        #expect(names.shown("sormland", column: "origin_region") == "Region Sörmland")
        #expect(names.shown("unknown", column: "hospital") == "unknown")
        #expect(ResultColumns.heading("net_sormland", names: names) == "Netto Region Sörmland (kr)")
    }

    @Test func sheetOrderPutsStatusQuoLast() throws {
        let csv = { (text: String) in Array(text.utf8) }
        let sheets = try ResultWorkbook.sheets(files: [
            ("status_quo/flows.csv", csv("origin_region,cases\nx,1\n")), ("settlement.csv", csv("region,net_sek\nx,2\n")),
            ("flows.csv", csv("origin_region,cases\nx,3\n")), ("summary.json", csv(#"{"scenario": "S", "objective_sek": 1.5}"#)),
        ])
        #expect(sheets.map(\.name) == ["Sammanfattning", "Flöden", "Avräkning", "Nuläget – flöden"])
        #expect(sheets[0].rows == [[.text("Scenario"), .text("S")], [.text("Målfunktion (kr)"), .styled(1.5, .decimal)]])
        #expect(sheets[1].rows == [[.text("x"), .number(3)]])
    }

    @Test func malformedFilesAreErrors() {
        #expect(throws: WorkbookError.self) { try ResultWorkbook.sheets(files: [("summary.json", Array("{".utf8))]) }
        #expect(throws: WorkbookError.self) { try ResultWorkbook.sheets(files: [("a.csv", Array("x,y\n1\n".utf8))]) }
        #expect(throws: WorkbookError.self) { try ResultWorkbook.sheets(files: []) }
    }
}
