import PlanningData
import TestSupport
import Testing

/// Issue 15, kinds 3–5: line ends, byte-order marks and cleared rows as spreadsheets write them.
@Suite("CSV inputs from the field")
struct FieldInputTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndGivesTheSameRecordsLinesAndColumns(_ end: String) {
        let text = ["hospital,week,beds", "örebro,1,10", "", "\"two" + end + "lines\",2,20", "x,3,30"].joined(separator: end) + end
        let table = CSVTable(bytes: Array(text.utf8))
        #expect(table.issues.isEmpty)
        #expect(table.header?.fields.map(\.text) == ["hospital", "week", "beds"])
        #expect(table.records.map(\.line) == [2, 4, 6])
        #expect(table.records.map { $0.fields.count } == [3, 3, 3])
        #expect(table.records[0].fields[1].column == 8)  // "örebro," is 7 characters
        #expect(table.records[1].fields[0].text == "two" + end + "lines")
        #expect(table.records[1].fields[2].line == 5)
        #expect(table.records[2].fields.map(\.text) == ["x", "3", "30"])
    }

    @Test func aLoneCRFileOfManyRowsIsManyRecordsWithoutWarnings() throws {
        let rows = (1...2000).map { "h\($0);\($0 % 53 + 1);1,5" }
        let table = CSVTable(bytes: Array((["hospital;week;beds"] + rows).joined(separator: "\r").utf8))
        #expect(table.records.count == 2000)
        #expect(table.records.last?.line == 2001)
        #expect(table.records.last?.fields[2].column == 10)
        #expect(table.issues.isEmpty)
    }

    @Test func columnsStayRightOnOneVeryLongLine() {
        // A file with no line end at all: the column of each field is still counted in characters.
        let fields = (0..<5000).map { _ in "å" }
        let table = CSVTable(bytes: Array(("a\n" + fields.joined(separator: ",")).utf8))
        #expect(table.records.first?.fields.count == 5000)
        #expect(table.records.first?.fields.last?.column == 9999)
    }

    @Test func aByteOrderMarkBeforeWindows1252TextIsDropped() throws {
        // "region;name\nsormland;Sörmland\n" in Windows-1252 (ö = 0xF6) after a UTF-8 mark.
        let body = Array("region;name\nsormland;S".utf8) + [0xF6] + Array("rmland\n".utf8)
        let table = CSVTable(bytes: [0xEF, 0xBB, 0xBF] + body)
        #expect(table.encoding == .windows1252)
        #expect(table.header?.fields.map(\.text) == ["region", "name"])
        #expect(table.header?.fields.first?.column == 1)
        #expect(table.records.first?.fields.last?.text == "Sörmland")
    }

    @Test(arguments: [";;;", " ; ;\t; ", ";;;;;;", ""])
    func linesOfOnlyDelimitersAreIgnored(_ cleared: String) {
        let text = "a;b;c;d\r\n\(cleared)\r\n1;2;3;4\r\n\(cleared)\r\n\(cleared)\r\n5;6;7;8\r\n\(cleared)"
        let table = CSVTable(bytes: Array(text.utf8))
        #expect(table.issues.isEmpty)
        #expect(table.records.map(\.line) == [3, 6])
        #expect(table.records.map { $0.fields.map(\.text) } == [["1", "2", "3", "4"], ["5", "6", "7", "8"]])
    }

    @Test func clearedRowsBeforeTheHeaderDoNotDecideTheDelimiter() {
        let table = CSVTable(bytes: Array(" ;;;;\na;b;c\n1;2;3\n".utf8))
        #expect(table.delimiter == UInt8(ascii: ";"))
        #expect(table.header?.fields.map(\.text) == ["a", "b", "c"])
        #expect(table.header?.line == 2)
    }

    @Test func aClearedRowInTheOtherDelimiterIsStillARow() {
        // In a `,` file `;;;` is text, so the row has one field and is reported as too short.
        let table = CSVTable(bytes: Array("a,b\n;;;\n1,2\n".utf8))
        #expect(table.records.count == 2)
        #expect(table.records[0].fields.map(\.text) == [";;;"])
    }

    @Test func theLoaderReportsNoFollowOnErrorsForABOMAndWindows1252Feed() throws {
        var files = Fixtures.tinyTexts.mapValues { Array($0.utf8) }
        let regions = try #require(Fixtures.tinyTexts["regions.csv"])
        files["regions.csv"] = [0xEF, 0xBB, 0xBF] + regions.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
        let (data, warnings) = try DataSetLoader.load(from: InMemorySource(name: "tiny", files: files))
        #expect(warnings.isEmpty)
        let (plain, _) = try DataSetLoader.load(from: InMemorySource(name: "tiny", files: Fixtures.tinyTexts.mapValues { Array($0.utf8) }))
        #expect(data.regions.map(\.name) == plain.regions.map(\.name))
    }
}
