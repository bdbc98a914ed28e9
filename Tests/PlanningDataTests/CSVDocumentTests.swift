import PlanningData
import Testing

@Suite struct CSVDocumentTests {
    /// What the writer writes, the reader reads back field for field: delimiters, quotes, line
    /// breaks and edge blanks are quoted (RFC 4180), everything else written as it is.
    @Test(arguments: [false, true])
    func writtenFilesReadBack(_ excel: Bool) {
        let rows = [["plain", "a,b", "say \"hej\""], ["line\nbreak", " edge ", "semi;colon"], ["", "ö", "3.5"]]
        var document = CSVDocument(header: ["one", "two", "three"])
        for row in rows { document.append(row) }
        let table = CSVTable(bytes: Array(document.rendered(excel: excel).utf8))
        #expect(table.issues.isEmpty)
        #expect(table.header?.fields.map(\.text) == ["one", "two", "three"])
        #expect(table.records.map { $0.fields.map(\.text) } == rows)
    }

    @Test func plainFieldsAreNotQuoted() {
        var document = CSVDocument(header: ["a", "b"])
        document.append(["x", "1.5"])
        #expect(document.rendered() == "a,b\nx,1.5\n")
        #expect(document.rendered(excel: true) == "\u{FEFF}a;b\nx;1.5\n")
    }

    @Test(arguments: [(1.0, "1"), (-0.0000001, "0"), (2.5, "2.5"), (1234567.1234564, "1234567.123456"), (.nan, "")])
    func numbers(_ value: Double, _ text: String) {
        #expect(CSVNumber.format(value) == text)
    }
}
