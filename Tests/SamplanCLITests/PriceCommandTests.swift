import Foundation
import TestSupport
import Testing

@Suite("samplan compare and samplan sweep")
struct PriceCommandTests {
    static let small = "Tests/Fixtures/scenarios/summer-small.yaml"
    static let small2025 = "Tests/Fixtures/scenarios/pricelist-2025-small.yaml"

    @Test func comparingAScenarioWithItselfChangesNothing() throws {
        let out = temporaryPath("compare-self")
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try Samplan.run(["compare", Self.small, Self.small, "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try jsonObject(out.appendingPathComponent("comparison.json"))
        let differences = try #require(json["differences"] as? [String: Any])
        #expect(differences["objective_sek"] as? Double == 0)
        for (_, value) in try differences.object("costs") { #expect(value as? Double == 0) }
        for (_, value) in try differences.object("net_settlement_sek") { #expect(value as? Double == 0) }
        for key in ["cases_treated", "cases_out_of_region", "final_waiting", "overload_bed_weeks"] { #expect(differences[key] as? Double == 0) }
        #expect(json["b_warm_started_from_a"] as? Bool == true)
        for row in try ResultCSV(out.appendingPathComponent("flows_diff.csv")).rows { #expect(row["delta"] == "0") }
        for row in try ResultCSV(out.appendingPathComponent("settlement_diff.csv")).rows { #expect(row["delta_sek"] == "0") }
    }

    @Test func comparingPriceListsShowsTheChangesAndBalances() throws {
        let out = temporaryPath("compare-2025")
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try Samplan.run(["compare", Self.small, Self.small2025, "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        for text in ["Net settlement by region", "Out-of-region cases by producing region and specialty", "Waiting list at the end of week 30", "warm-started"] {
            #expect(output.stdout.contains(text), "missing \(text)")
        }
        let settlement = try ResultCSV(out.appendingPathComponent("settlement_diff.csv"))
        #expect(settlement.header == ["region", "net_a_sek", "net_b_sek", "delta_sek"])
        #expect(settlement.rows.count == 7)
        let sums = try ["net_a_sek", "net_b_sek", "delta_sek"].map { column in try settlement.rows.reduce(0) { $0 + (try $1.number(column)) } }
        #expect(sums.allSatisfy { abs($0) < 1e-3 }, "\(sums)")
        let flows = try ResultCSV(out.appendingPathComponent("flows_diff.csv"))
        #expect(flows.header == ["origin_region", "producing_region", "specialty", "cases_a", "cases_b", "delta"])
        for row in flows.rows {
            #expect(row["origin_region"] != row["producing_region"])
            #expect(abs(try row.number("cases_b") - (try row.number("cases_a")) - (try row.number("delta"))) < 1e-5)
        }
        // Both summaries are in comparison.json, and the differences are B − A.
        let json = try jsonObject(out.appendingPathComponent("comparison.json"))
        let a = try #require(json["a"] as? [String: Any]), b = try #require(json["b"] as? [String: Any])
        let difference = try #require((json["differences"] as? [String: Any])?["objective_sek"] as? Double)
        #expect(abs(difference - ((try b.number("objective_sek")) - (try a.number("objective_sek")))) < 1e-3)
    }

    /// sweep with factor 1 equals run: same objective and the same settlement.
    @Test func sweepAtFactorOneEqualsRun() throws {
        let sweep = temporaryPath("sweep"), run = temporaryPath("sweep-run")
        defer { try? FileManager.default.removeItem(at: sweep); try? FileManager.default.removeItem(at: run) }
        let output = try Samplan.run(["sweep", Self.small, "--price", "ortopedi/day_surgery", "--factors", "0.9,1,1.1", "--out", sweep.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try Samplan.run(["run", Self.small, "--out", run.path]).status == 0)
        let rows = try ResultCSV(sweep.appendingPathComponent("sweep.csv"))
        #expect(rows.header.prefix(5) == ["factor", "status", "objective_sek", "cases_out_of_region", "final_waiting"])
        #expect(rows.header.dropFirst(5) == ["net_dalarna", "net_gavleborg", "net_orebro", "net_sormland", "net_uppsala", "net_varmland", "net_vastmanland"])
        #expect(try rows.rows.map { try $0.text("factor") } == ["0.9", "1", "1.1"])
        let one = rows.rows[1]
        let summary = try jsonObject(run.appendingPathComponent("summary.json"))
        // Within a few units in the last place: the 6-decimal CSV and the JSON double may round a
        // value that sits at half a millionth to neighbouring millionths.
        let objective = try summary.number("objective_sek")
        #expect(abs(try one.number("objective_sek") - objective) <= 1e-12 * objective + 1e-6)
        #expect(try one.number("cases_out_of_region") == (try summary.number("cases_out_of_region")).rounded6)
        for settlement in try ResultCSV(run.appendingPathComponent("settlement.csv")).rows {
            #expect(one["net_" + (try settlement.text("region"))] == settlement["net_sek"])
        }
        // Objectives grow with the price (the region perspective charges it).
        let objectives = try rows.rows.map { try $0.number("objective_sek") }
        #expect(objectives == objectives.sorted())
    }

    @Test(arguments: [
        (["--price", "ortopedi", "--factors", "1"], "--price takes SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL"),
        (["--price", "ortopedi/day_surgery", "--factors", "1,x"], "--factors takes comma-separated non-negative numbers"),
        (["--price", "ortopedi/day_surgery", "--factors", "1,-0.5"], "--factors takes comma-separated non-negative numbers"),
        (["--price", "ortopedi/day_surgery", "--factors", "-1,abc"], "--factors takes comma-separated non-negative numbers"),
        (["--price", "ortopedi/day_surgery", "--factors", "1,1e300"], "--factors takes comma-separated non-negative numbers"),
        (["--price", "ortopedi/day_surgery", "--factors", ""], "--factors takes comma-separated non-negative numbers"),
        (["--price", "ortopedi/day_surgery", "--factors", "1,1"], "--factors lists a factor twice"),
        (["--price", "ortoped/day_surgery", "--factors", "1"], "unknown specialty `ortoped` (did you mean `ortopedi`?)"),
    ])
    func badSweepArgumentsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let output = try Samplan.run(["sweep", Self.small] + arguments + ["--out", temporaryPath("bad-sweep").path])
        #expect(output.status == 64)
        #expect(output.stderr.contains(message), "\(output.stderr)")
    }
}

extension Double {
    /// As written in a CSV: rounded to 6 decimals.
    var rounded6: Double { (self * 1e6).rounded() / 1e6 }
}
