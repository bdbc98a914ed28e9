import PlanningData
import Testing

/// docs/SPEC.md (v2) §2/§9: at most 20 problems of a file are printed, then one line counts the rest.
@Suite("The 20-per-file cap on printed problems")
struct IssueCapTests {
    static func errors(_ file: String, _ count: Int) -> [IssueCap.Item] {
        (1...count).map { IssueCap.Item(file: file, isError: true, text: "\(file):\($0):1: bad") }
    }

    @Test func twentyPerFileThenOneCountingLine() {
        let items = Self.errors("a.csv", 7_232) + Self.errors("b.csv", 3) + [IssueCap.Item(file: "a.csv", isError: false, text: "a.csv:1:9: unknown column")]
        let lines = IssueCap.lines(items)
        #expect(lines.count == 20 + 1 + 1 + 3)
        #expect(lines[0] == "error: a.csv:1:1: bad")
        #expect(lines[19] == "error: a.csv:20:1: bad")
        #expect(lines[20] == "warning: a.csv:1:9: unknown column")
        #expect(lines[21] == "… and 7 212 more errors in a.csv")
        #expect(Array(lines[22...]) == ["error: b.csv:1:1: bad", "error: b.csv:2:1: bad", "error: b.csv:3:1: bad"])
    }

    @Test(arguments: [(20, 20, nil), (21, 20, "… and 1 more error in f"), (1_020, 20, "… and 1 000 more errors in f")] as [(Int, Int, String?)])
    func theCountLineAppearsOnlyAboveTheCap(_ count: Int, _ printed: Int, _ last: String?) {
        let lines = IssueCap.lines(Self.errors("f", count))
        #expect(lines.filter { $0.hasPrefix("error: ") }.count == printed)
        #expect(lines.count == printed + (last == nil ? 0 : 1))
        if let last { #expect(lines.last == last) }
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1 000"), (7_212, "7 212"), (1_234_567, "1 234 567")])
    func countsAreGroupedBySpaces(_ n: Int, _ text: String) {
        #expect(IssueCap.grouped(n) == text)
    }
}
