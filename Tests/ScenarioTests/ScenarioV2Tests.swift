import Foundation
import PlanningData
import Scenario
import TestSupport
import Testing

/// The summer keys of SPEC v2 (§5, §9): defaults, and the exact error of each bad value.
@Suite("Scenario v2 keys")
struct ScenarioV2Tests {
    static let corpus: [BadScenario] = [
        BadScenario(description: "guarantee 0 weeks", yaml: base + "guarantee_weeks: 0\n",
                    expected: "DIR/s.yaml:5:18: guarantee_weeks: expected a whole number of weeks 1–52, found 0"),
        BadScenario(description: "guarantee 53 weeks", yaml: base + "guarantee_weeks: 53\n",
                    expected: "DIR/s.yaml:5:18: guarantee_weeks: expected a whole number of weeks 1–52, found 53"),
        BadScenario(description: "fractional guarantee", yaml: base + "guarantee_weeks: 2.5\n",
                    expected: "DIR/s.yaml:5:18: guarantee_weeks: expected a whole number of weeks 1–52, found 2.5"),
        BadScenario(description: "negative guarantee penalty", yaml: base + "guarantee_penalty_sek_per_week: -1\n",
                    expected: "DIR/s.yaml:5:33: guarantee_penalty_sek_per_week: expected a non-negative number, found -1"),
        BadScenario(description: "guarantee penalty list", yaml: base + "guarantee_penalty_sek_per_week: [1, 2]\n",
                    expected: "DIR/s.yaml:5:33: guarantee_penalty_sek_per_week: expected a number or a map, found a list"),
        BadScenario(description: "unknown guarantee-penalty specialty", yaml: base + "guarantee_penalty_sek_per_week: {default: 5000, ortoped: 1}\n",
                    expected: "DIR/s.yaml:5:49: guarantee_penalty_sek_per_week.ortoped: unknown specialty `ortoped` (did you mean `ortopedi`?)"),
        BadScenario(description: "bad guarantee-penalty value", yaml: base + "guarantee_penalty_sek_per_week:\n  ortopedi: lots\n",
                    expected: "DIR/s.yaml:6:13: guarantee_penalty_sek_per_week.ortopedi: expected a non-negative number, found lots"),
        BadScenario(description: "bad acute_transfers", yaml: base + "acute_transfers: maybe\n",
                    expected: "DIR/s.yaml:5:18: acute_transfers: expected true or false, found maybe"),
        BadScenario(description: "negative transfer minutes", yaml: base + "acute_transfer_max_minutes: -1\n",
                    expected: "DIR/s.yaml:5:29: acute_transfer_max_minutes: expected a non-negative number, found -1"),
        BadScenario(description: "bad transfer cost", yaml: base + "acute_transfer_cost_sek_per_bed_week: x\n",
                    expected: "DIR/s.yaml:5:39: acute_transfer_cost_sek_per_bed_week: expected a non-negative number, found x"),
        BadScenario(description: "negative transfer cost per minute", yaml: base + "acute_transfer_cost_sek_per_bed_week_minute: -3\n",
                    expected: "DIR/s.yaml:5:46: acute_transfer_cost_sek_per_bed_week_minute: expected a non-negative number, found -3"),
        BadScenario(description: "bad no_region_worse_off", yaml: base + "no_region_worse_off: sometimes\n",
                    expected: "DIR/s.yaml:5:22: no_region_worse_off: expected true or false, found sometimes"),
        BadScenario(description: "no_region_worse_off without status quo", yaml: base + "no_region_worse_off: true\ncompare_status_quo: false\n",
                    expected: "DIR/s.yaml:5:22: no_region_worse_off: needs the status quo, but `compare_status_quo` is false"),
        BadScenario(description: "no_region_worse_off with status-quo routes", yaml: base + "no_region_worse_off: true\nroutes: status_quo\n",
                    expected: "DIR/s.yaml:5:22: no_region_worse_off: needs `routes: all` (a plan that contains the status quo), but routes is `status_quo`"),
        BadScenario(description: "no_region_worse_off with own-region routes", yaml: base + "no_region_worse_off: true\nroutes: own_region\n",
                    expected: "DIR/s.yaml:5:22: no_region_worse_off: needs `routes: all` (a plan that contains the status quo), but routes is `own_region`"),
        BadScenario(description: "misspelt v2 key", yaml: base + "guarantee_week: 13\n",
                    expected: "DIR/s.yaml:5:1: guarantee_week: unknown key (did you mean `guarantee_weeks`?)"),
    ]

    @Test(arguments: corpus)
    func reportsTheExactError(_ bad: BadScenario) throws {
        let folder = try ScenarioFolder(["s.yaml": bad.yaml])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let issues = folder.issues("s.yaml")
        #expect(issues.contains(bad.expected), "\(bad.description): got \(issues)")
    }

    static func summer(_ yaml: String) throws -> (SummerScenario, ScenarioFolder) {
        let folder = try ScenarioFolder(["s.yaml": yaml])
        guard case let .summer(s) = try ScenarioDocument.load(folder.path("s.yaml")) else { throw CancellationError() }
        return (s, folder)
    }

    @Test func defaultsOfSection5() throws {
        let (s, folder) = try Self.summer(base)
        defer { try? FileManager.default.removeItem(at: folder.url) }
        #expect(s.guaranteeWeeks == 13)
        #expect(s.guaranteePenalty.defaultCost == 5000)
        #expect(s.acuteTransfers)
        #expect(s.acuteTransferMaxMinutes == 120)
        #expect(s.acuteTransferCostSEKPerBedWeek == 10_000)
        #expect(s.acuteTransferCostSEKPerBedWeekMinute == 100)
        #expect(!s.noRegionWorseOff)
    }

    /// A guarantee-penalty map without `default` falls back to 5000 (not the wait cost's 1500).
    @Test func guaranteePenaltyMapFallsBackTo5000() throws {
        let (s, folder) = try Self.summer(base + "guarantee_penalty_sek_per_week:\n  ortopedi/day_surgery: 8000\nguarantee_weeks: 4\n")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let prepared = try s.prepare()
        let d = prepared.data, o = d.specialtyIndex["ortopedi"]!
        #expect(s.guaranteeWeeks == 4)
        #expect(prepared.guaranteePenalty[SpecialtyCareType(o, .daySurgery)] == 8000)
        #expect(prepared.guaranteePenalty[SpecialtyCareType(o, .electiveInpatient)] == 5000)
    }

    /// `adjust: price` names `acute_bed_day`, and care_type "*" reaches it too (docs/SPEC.md §9 v2).
    @Test(arguments: ["acute_bed_day", "\"*\""])
    func adjustPriceReachesAcuteBedDay(_ careType: String) throws {
        let (s, folder) = try Self.summer(base + "adjust:\n  - price: {specialty: ortopedi, care_type: \(careType), set: 4000}\n  - price: {specialty: ortopedi, care_type: \(careType), level: county, factor: 1.5}\n")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let d = try s.prepare().data, o = d.specialtyIndex["ortopedi"]!
        #expect(d.prices.acuteBedDayPrice(specialty: o, level: .university) == 4000)
        #expect(d.prices.acuteBedDayPrice(specialty: o, level: .county) == 6000)
        // Only "*" also sets the case prices.
        let inpatient = d.prices.price(specialty: o, careType: .electiveInpatient, level: .university)
        #expect(inpatient == (careType == "acute_bed_day" ? 120_000 : 4000))
    }
}
