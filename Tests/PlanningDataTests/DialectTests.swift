import PlanningData
import TestSupport
import Testing

@Suite("CSV dialects load to the same values")
struct DialectTests {
    @Test(arguments: Dialect.allCases)
    func variantLoadsToTheSameValues(_ dialect: Dialect) throws {
        let (plain, _) = try loadTexts(Fixtures.tinyTexts)
        let (variant, warnings) = try DataSetLoader.load(from: InMemorySource(name: "tiny", files: dialect.apply(Fixtures.tinyTexts)))
        #expect(warnings.isEmpty)
        #expect(fingerprint(variant) == fingerprint(plain))
    }

    @Test func semicolonFilesAreDetectedFromTheHeader() {
        #expect(CSVTable(bytes: Array("a;b,c;d\n1;2\n".utf8)).delimiter == UInt8(ascii: ";"))
        #expect(CSVTable(bytes: Array("a,b;c,d\n".utf8)).delimiter == UInt8(ascii: ","))
        // Delimiters inside quotes do not count.
        #expect(CSVTable(bytes: Array("\"a;b;c\",d\n".utf8)).delimiter == UInt8(ascii: ","))
    }

    @Test func quotedFieldsMaySpanLinesAndLineNumbersStayRight() {
        let table = CSVTable(bytes: Array("name,x\n\"two\nlines\",1\n\nÖrebro,\"2\"\n".utf8))
        #expect(table.records.count == 2)
        #expect(table.records[0].fields[0].text == "two\nlines")
        #expect(table.records[1].line == 5)
        #expect(table.records[1].fields[1].column == 8)  // after "Örebro," — characters, not bytes
        #expect(table.issues.isEmpty)
    }

    @Test func undefinedWindows1252BytesBecomeC1CodePoints() {
        let table = CSVTable(bytes: [UInt8(ascii: "a"), 0x0A, 0x81, 0x80, 0xF6, 0x0A])
        #expect(table.encoding == .windows1252)
        #expect(table.records.first?.fields.first?.text == "\u{81}€ö")
    }

    @Test(arguments: [
        ("12,5", true, 12.5), ("12.5", true, 12.5), ("12.5", false, 12.5), ("1\u{00A0}000", true, 1000),
        ("1\u{202F}000,5", true, 1000.5), ("1e3", false, 1000), ("-3", false, -3), ("+2", false, 2), (".5", false, 0.5),
        ("5.", false, 5),
    ])
    func numbersParse(_ text: String, _ decimalComma: Bool, _ value: Double) {
        #expect(NumberParsing.parse(text, decimalComma: decimalComma) == value)
    }

    @Test(arguments: [
        ("12,5", false), ("1 000", true), ("1.000,5", true), ("1,000.5", false), ("1'000", true), ("nan", false),
        ("NaN", true), ("inf", false), ("1e999", false), ("", false), (" ", true), ("1e", false), ("0x10", false),
        ("1\u{00A0}000", false), ("\u{00A0}1000", true), ("１２", false), ("12 kr", true), ("--1", false),
    ])
    func nonNumbersAreRejected(_ text: String, _ decimalComma: Bool) {
        #expect(NumberParsing.parse(text, decimalComma: decimalComma) == nil)
    }
}
