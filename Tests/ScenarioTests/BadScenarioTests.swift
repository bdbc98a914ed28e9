import Foundation
import PlanningData
import Scenario
import TestSupport
import Testing

/// Writes scenario files into a fresh folder whose `data` points at the tiny data set.
struct ScenarioFolder {
    let url = temporaryPath("scenarios")

    init(_ files: [String: String]) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.replacingOccurrences(of: "TINY", with: Fixtures.tinyDataSet.path)
                .write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Every problem of loading and preparing `name`, as printed (the folder's path shortened to `DIR`).
    func issues(_ name: String) -> [String] {
        let shorten = { (text: String) in text.replacingOccurrences(of: url.path, with: "DIR") }
        do {
            switch try ScenarioDocument.load(path(name)) {
            case let .summer(s): _ = try s.prepare()
            case .levelStructuring: break
            }
            return []
        } catch let error as ScenarioError {
            return error.issues.map { shorten($0.description) }
        } catch let error as PreparationError {
            return [shorten(error.description)]
        } catch {
            return ["\(error)"]
        }
    }
}

let base = """
    name: Test
    kind: summer
    data: TINY
    weeks: 28..30

    """

/// One bad scenario and the exact error it must give.
struct BadScenario: Sendable, CustomStringConvertible {
    let description: String
    let yaml: String
    let expected: String
}

@Suite("A corpus of bad scenarios, each with its exact error")
struct BadScenarioTests {
    static let corpus: [BadScenario] = [
        BadScenario(description: "misspelt key", yaml: base + "target_occupnacy: 0.9\n",
                    expected: "DIR/s.yaml:5:1: target_occupnacy: unknown key (did you mean `target_occupancy`?)"),
        BadScenario(description: "wrong type", yaml: base + "max_travel_minutes: far\n",
                    expected: "DIR/s.yaml:5:21: max_travel_minutes: expected a non-negative number, found far"),
        BadScenario(description: "quoted number", yaml: base + "final_backlog_weight: \"4\"\n",
                    expected: "DIR/s.yaml:5:23: final_backlog_weight: expected a non-negative number, found \"4\""),
        BadScenario(description: "occupancy above 1", yaml: base + "target_occupancy: 1.5\n",
                    expected: "DIR/s.yaml:5:19: target_occupancy: expected a share in (0, 1], found 1.5"),
        BadScenario(description: "occupancy 0", yaml: base + "target_occupancy: 0\n",
                    expected: "DIR/s.yaml:5:19: target_occupancy: expected a share in (0, 1], found 0"),
        BadScenario(description: "negative cost", yaml: base + "travel_cost_sek_per_minute: -10\n",
                    expected: "DIR/s.yaml:5:29: travel_cost_sek_per_minute: expected a non-negative number, found -10"),
        BadScenario(description: "NaN", yaml: base + "overload_penalty_sek_per_bed_week: .nan\n",
                    expected: "DIR/s.yaml:5:36: overload_penalty_sek_per_bed_week: expected a non-negative number, found .nan"),
        BadScenario(description: "inverted weeks", yaml: "name: T\nkind: summer\ndata: TINY\nweeks: {from: 34, to: 25}\n",
                    expected: "DIR/s.yaml:4:8: weeks: `from` (34) is after `to` (25)"),
        BadScenario(description: "week 54", yaml: "name: T\nkind: summer\ndata: TINY\nweeks: 50..54\n",
                    expected: "DIR/s.yaml:4:8: weeks: expected weeks as \"N..M\" or {from: N, to: M} with 1 ≤ N ≤ M ≤ 53, found 50..54"),
        BadScenario(description: "missing name", yaml: "kind: summer\ndata: TINY\nweeks: 28..30\n",
                    expected: "DIR/s.yaml:1:1: name: missing required key `name`"),
        BadScenario(description: "missing kind", yaml: "name: T\ndata: TINY\nweeks: 28..30\n",
                    expected: "DIR/s.yaml:1:1: kind: missing required key `kind` (summer or level_structuring)"),
        BadScenario(description: "bad kind", yaml: "name: T\nkind: sumer\ndata: TINY\n",
                    expected: "DIR/s.yaml:2:7: kind: expected one of summer, level_structuring, found sumer (did you mean `summer`?)"),
        BadScenario(description: "bad routes", yaml: base + "routes: everything\n",
                    expected: "DIR/s.yaml:5:9: routes: expected one of all, status_quo, own_region, found everything"),
        BadScenario(description: "bad boolean", yaml: base + "compare_status_quo: maybe\n",
                    expected: "DIR/s.yaml:5:21: compare_status_quo: expected true or false, found maybe"),
        BadScenario(description: "solver key", yaml: base + "solver: {time_limit: 10}\n",
                    expected: "DIR/s.yaml:5:10: solver.time_limit: unknown key (did you mean `time_limit_s`?)"),
        BadScenario(description: "YAML syntax", yaml: base + "adjust: [\n",
                    expected: "DIR/s.yaml:6:1: not valid YAML: did not find expected node content (while parsing a flow node)"),
        BadScenario(description: "duplicate key", yaml: base + "routes: all\nroutes: own_region\n",
                    expected: "DIR/s.yaml:6:1: routes: the key is written twice in the same map (first on line 5)"),
        BadScenario(description: "unknown adjustment", yaml: base + "adjust:\n  - capcity: {hospital: n1, factor: 0.5}\n",
                    expected: "DIR/s.yaml:6:5: adjust[1].capcity: unknown adjustment (did you mean `capacity`?); expected capacity, demand, price or cost"),
        BadScenario(description: "unknown hospital", yaml: base + "adjust:\n  - capacity: {hospital: north_uno, factor: 0.5}\n",
                    expected: "DIR/s.yaml:6:26: adjust[1].capacity.hospital: unknown hospital `north_uno` (did you mean `north_uni`?)"),
        BadScenario(description: "selector matching nothing", yaml: base + "adjust:\n  - capacity: {hospital: south_district, specialty: ortopedi, factor: 0.5}\n",
                    expected: "DIR/s.yaml:6:5: adjust[1].capacity: matches nothing: no capacity row of these hospitals and specialties"),
        BadScenario(description: "factor and set", yaml: base + "adjust:\n  - demand: {region: north, factor: 2, set: 1}\n",
                    expected: "DIR/s.yaml:6:13: adjust[1].demand: give either `factor` or `set`, not both"),
        BadScenario(description: "negative factor", yaml: base + "adjust:\n  - price: {specialty: ortopedi, factor: -1}\n",
                    expected: "DIR/s.yaml:6:42: adjust[1].price.factor: expected a non-negative factor of at most 1 000 000, found -1"),
        BadScenario(description: "overflowing factor", yaml: base + "adjust:\n  - price: {specialty: ortopedi, factor: 1e308}\n",
                    expected: "DIR/s.yaml:6:42: adjust[1].price.factor: expected a non-negative factor of at most 1 000 000, found 1e308"),
        BadScenario(description: "bad resource", yaml: base + "adjust:\n  - capacity: {hospital: north_uni, resource: bed, factor: 0.5}\n",
                    expected: "DIR/s.yaml:6:47: adjust[1].capacity.resource: expected one of beds, or_hours, visits, all, found bed (did you mean `beds`?)"),
        BadScenario(description: "bad adjust weeks", yaml: base + "adjust:\n  - demand: {weeks: \"30..28\", factor: 2}\n",
                    expected: "DIR/s.yaml:6:21: adjust[1].demand.weeks: expected a week 1–53 or \"N..M\", found \"30..28\""),
        BadScenario(description: "demand rows matching nothing", yaml: base + "adjust:\n  - demand: {region: north, specialty: medicin, factor: 2}\n",
                    expected: "DIR/s.yaml:6:5: adjust[1].demand: matches nothing: no demand row of these regions, specialties, care types and weeks"),
        BadScenario(description: "unknown wait-cost specialty", yaml: base + "wait_cost_sek_per_week: {default: 1500, ortoped: 2500}\n",
                    expected: "DIR/s.yaml:5:41: wait_cost_sek_per_week.ortoped: unknown specialty `ortoped` (did you mean `ortopedi`?)"),
        BadScenario(description: "unknown wait-cost care type", yaml: base + "wait_cost_sek_per_week:\n  ortopedi/inpatient: 2500\n",
                    expected: "DIR/s.yaml:6:3: wait_cost_sek_per_week.ortopedi/inpatient: unknown care type `inpatient`; expected one of elective_inpatient, day_surgery, outpatient"),
        BadScenario(description: "missing data folder", yaml: "name: T\nkind: summer\ndata: nowhere\nweeks: 28..30\n",
                    expected: "DIR/s.yaml:3:7: data: no such data set folder: DIR/nowhere"),
        BadScenario(description: "missing price list", yaml: base + "pricelist: prices.csv\n",
                    expected: "DIR/s.yaml:5:12: pricelist: the price list does not exist: DIR/prices.csv"),
        BadScenario(description: "not a map", yaml: "- a\n- b\n",
                    expected: "DIR/s.yaml:1:1: a scenario file must be a map of keys, not a list"),
        BadScenario(description: "summer key in level structuring", yaml: "name: T\nkind: level_structuring\ndata: TINY\nweeks: 28..30\nprocedure: {specialty: ortopedi, care_type: elective_inpatient, cases_per_100k: 10, candidates: [north_uni]}\n",
                    expected: "DIR/s.yaml:4:1: weeks: unknown key"),
    ]

    @Test(arguments: corpus)
    func reportsTheExactError(_ bad: BadScenario) throws {
        let folder = try ScenarioFolder(["s.yaml": bad.yaml])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let issues = folder.issues("s.yaml")
        #expect(issues.contains(bad.expected), "\(bad.description): got \(issues)")
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let folder = try ScenarioFolder(["s.yaml": base + "routs: all\ntarget_occupancy: 2\nperspective: county\n"])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        #expect(folder.issues("s.yaml").count == 3)
    }

    @Test func aWrongRequiredKeyDoesNotHideTheOthers() throws {
        let folder = try ScenarioFolder(["s.yaml": "name: Test\nkind: summer\ndata: TINY\nweeks: 30..20\ntarget_occupancy: 1.7\n"])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        #expect(folder.issues("s.yaml") == [
            "DIR/s.yaml:4:8: weeks: expected weeks as \"N..M\" or {from: N, to: M} with 1 ≤ N ≤ M ≤ 53, found 30..20",
            "DIR/s.yaml:5:19: target_occupancy: expected a share in (0, 1], found 1.7",
        ])
    }

    @Test func extendsCyclesAreErrors() throws {
        let folder = try ScenarioFolder([
            "a.yaml": "extends: b.yaml\nname: A\n",
            "b.yaml": "extends: a.yaml\nkind: summer\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        #expect(folder.issues("a.yaml") == ["DIR/b.yaml:1:10: extends: `extends` makes a cycle: a.yaml → b.yaml → a.yaml"])
    }

    @Test func aMissingParentIsAMissingFile() throws {
        let folder = try ScenarioFolder(["a.yaml": "extends: parent.yaml\nname: A\n"])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        do {
            _ = try ScenarioDocument.load(folder.path("a.yaml"))
            Issue.record("loaded")
        } catch {
            #expect(error.hasMissingFile)
        }
    }
}
