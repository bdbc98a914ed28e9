@testable import PlanningData
import Testing

/// A problem's message quotes values from the file; a broken or binary file must not flood the
/// terminal or reach it with control characters.
@Suite("Printable problem messages")
struct PrintableIssueTests {
    @Test func controlCharactersAreEscapedAndLineBreaksShown() {
        let issue = DataIssue(.error, file: "d/hospitals.csv", line: 1, column: 1, "found \"a\u{1B}[2Jb\tc\nd\"")
        #expect(issue.message == "found \"a\\u{1B}[2Jb\\u{9}c⏎d\"")
    }

    @Test func aValueSwallowingTheRestOfTheFileIsCut() {
        let rest = String(repeating: "dalarna,ortopedi,elective_inpatient,1,31.7\n", count: 10_000)
        let issue = DataIssue(.error, file: "d/demand.csv", line: 2, column: 39, "column `cases`: found \"\(rest)\"")
        #expect(issue.message.count == DataIssue.maximumMessageLength + 1)
        #expect(issue.message.hasSuffix("…"))
    }

    @Test func anOrdinaryMessageIsUnchanged() {
        let text = "column `cases`: expected a non-negative number, found \"-3\" (did you mean `3`?)"
        #expect(DataIssue(.error, file: "f", text).message == text)
    }
}
