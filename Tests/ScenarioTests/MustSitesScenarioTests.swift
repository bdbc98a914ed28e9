import Foundation
import PlanningData
import Scenario
import TestSupport
import Testing

/// A level-structuring scenario over the tiny data set; line 9 onwards is the test's.
private let level = """
    name: T
    kind: level_structuring
    data: TINY
    procedure:
      specialty: ortopedi
      care_type: elective_inpatient
      cases_per_100k: 10
      candidates: [north_uni, south_county, south_district]

    """

@Suite("Scenario: must_open and must_close")
struct MustSitesScenarioTests {
    static let corpus: [BadScenario] = [
        BadScenario(description: "not a candidate", yaml: level + "  must_open: [north_uni, south_contry]\n",
                    expected: "DIR/s.yaml:9:26: procedure.must_open[2]: `south_contry` is not a candidate (did you mean `south_county`?)"),
        BadScenario(description: "not a candidate in must_close", yaml: level + "  must_close: [north_unu]\n",
                    expected: "DIR/s.yaml:9:16: procedure.must_close[1]: `north_unu` is not a candidate (did you mean `north_uni`?)"),
        BadScenario(description: "in both lists", yaml: level + "  must_open: [north_uni]\n  must_close: [north_uni]\n",
                    expected: "DIR/s.yaml:10:16: procedure.must_close[1]: `north_uni` is also in `must_open`: a site cannot be both"),
        BadScenario(description: "not a list", yaml: level + "  must_open: north_uni\n",
                    expected: "DIR/s.yaml:9:14: procedure.must_open: expected a list of candidate hospital ids, found north_uni"),
        BadScenario(description: "listed twice", yaml: level + "  must_close: [south_county, south_county]\n",
                    expected: "DIR/s.yaml:9:30: procedure.must_close[2]: `south_county` is listed twice"),
        BadScenario(description: "misspelt key", yaml: level + "  must_opne: [north_uni]\n",
                    expected: "DIR/s.yaml:9:3: procedure.must_opne: unknown key (did you mean `must_open`?)"),
        BadScenario(description: "enumeration left empty by must_open", yaml: level + "  must_open: [north_uni, south_county]\nenumerate: {sites: 1}\n",
                    expected: "DIR/s.yaml:10:20: enumerate.sites: no combination of 1 of the 3 candidates holds every `must_open` site (2) and no `must_close` site (0)"),
        BadScenario(description: "enumeration left empty by must_close", yaml: level + "  must_close: [north_uni, south_county]\nenumerate: {sites: \"2..3\"}\n",
                    expected: "DIR/s.yaml:10:20: enumerate.sites: no combination of 2–3 of the 3 candidates holds every `must_open` site (0) and no `must_close` site (2)"),
    ]

    @Test(arguments: corpus)
    func reportsTheExactError(_ bad: BadScenario) throws {
        let folder = try ScenarioFolder(["s.yaml": bad.yaml])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let issues = folder.issues("s.yaml")
        #expect(issues.contains(bad.expected), "\(bad.description): got \(issues)")
    }

    @Test func theListsAreDecodedAsWritten() throws {
        let good = try ScenarioFolder(["s.yaml": level + "  must_open: [south_district, north_uni]\n  must_close: [south_county]\nenumerate: {sites: \"1..3\"}\n"])
        defer { try? FileManager.default.removeItem(at: good.url) }
        guard case let .levelStructuring(s) = try ScenarioDocument.load(good.path("s.yaml")) else {
            Issue.record("not a level-structuring scenario")
            return
        }
        #expect(s.procedure.mustOpen.map(\.value) == ["south_district", "north_uni"])
        #expect(s.procedure.mustClose.map(\.value) == ["south_county"])
        #expect(s.procedure.enumerationSizes(1...3) == 2...2)
    }

    @Test func nullListsAreEmpty() throws {
        let folder = try ScenarioFolder(["s.yaml": level + "  must_open: null\n  must_close: []\n"])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        #expect(folder.issues("s.yaml").isEmpty)
    }
}
