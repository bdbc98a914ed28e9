import Foundation
import PlanningData
import TestSupport
import Testing

/// `samplan run` on the three-week scenario, checked against the data independently of the solver.
@Suite("samplan run: summer results recomputed from the files", .serialized)
struct SummerRunTests {
    static let scenario = "Tests/Fixtures/scenarios/summer-small.yaml"

    /// One run shared by the checks (a debug-build run takes a few seconds).
    static let run: Result<(folder: URL, output: SamplanOutput), any Error> = Result {
        let folder = temporaryPath("summer-small")
        let output = try Samplan.run(["run", scenario, "--out", folder.path])
        return (folder, output)
    }
    static let data = Result { try DataSetLoader.load(folder: Fixtures.defaultDataSet.path).0 }

    let folder: URL
    let data: DataSet
    let summary: [String: Any]

    init() throws {
        let (folder, output) = try Self.run.get()
        try #require(output.status == 0, "\(output.stderr)")
        self.folder = folder
        data = try Self.data.get()
        summary = try jsonObject(folder.appendingPathComponent("summary.json"))
    }

    func csv(_ name: String) throws -> ResultCSV { try ResultCSV(folder.appendingPathComponent(name)) }
    func cost(_ key: String) -> Double { (summary["costs"] as? [String: Any])?[key] as? Double ?? .nan }
    func h(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        try #require(data.hospitalIndex[id], "unknown id \(id)", sourceLocation: sourceLocation)
    }
    func r(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        try #require(data.regionIndex[id], "unknown id \(id)", sourceLocation: sourceLocation)
    }
    func s(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        try #require(data.specialtyIndex[id], "unknown id \(id)", sourceLocation: sourceLocation)
    }

    @Test func writesEveryFile() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["acute_transfers.csv", "flows.csv", "occupancy.csv", "regions.csv", "report.html", "run.json", "settlement.csv",
                          "status_quo", "summary.json", "theatre.csv", "waiting.csv"])
        // v2: the status quo's own files, so that the gain can be inspected.
        let statusQuo = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("status_quo").path).sorted()
        #expect(statusQuo == ["acute_transfers.csv", "flows.csv", "occupancy.csv", "settlement.csv", "waiting.csv"])
        let regions = try csv("regions.csv")
        #expect(try regions.rows.map { try $0.text("region") } == data.regions.map(\.id).sorted())
        let gains = try regions.rows.map { try $0.number("gain_sek") }.reduce(0, +)
        #expect(abs(gains - (try summary.number("gain_vs_status_quo_sek"))) <= 1e-6 * (try summary.number("objective_sek")))
        #expect(summary["status"] as? String == "optimal")
        #expect(summary["kind"] as? String == "summer")
        #expect((summary["inputs_sha256"] as? String)?.count == 64)
        let model = try #require(summary["model"] as? [String: Any])
        #expect((model["columns"] as? Int ?? 0) > 1000 && model["integer_columns"] as? Int == 0)
    }

    /// Each part of the objective, recomputed from the CSVs and the data, equals summary.json.
    @Test func objectivePartsRecomputeFromTheFiles() throws {
        let wait = [("onkologi", 5000.0), ("ortopedi", 2500)]
        var cooperation = 0.0, travel = 0.0, waiting = 0.0, guarantee = 0.0, overload = 0.0, transfer = 0.0
        for row in try csv("flows.csv").rows {
            let cases = try row.number("cases"), region = try r(try row.text("origin_region")), hospital = try h(try row.text("hospital"))
            let specialty = try s(try row.text("specialty")), careType = try #require(CareType(rawValue: try row.text("care_type")))
            travel += 10 * data.travelMinutes(region: region, hospital: hospital) * cases
            if data.hospitals[hospital].region != region {
                let price = try #require(data.price(specialty: specialty, careType: careType, hospital: hospital))
                cooperation += (price - data.ownCosts.cost(region: region, specialty: specialty, careType: careType)!) * cases
            }
        }
        for row in try csv("waiting.csv").rows {
            let perWeek = try wait.first { $0.0 == (try row.text("specialty")) }?.1 ?? 1500
            waiting += perWeek * (try row.text("week") == "30" ? 4.0 : 1.0) * (try row.number("waiting"))
            guarantee += 5000 * (try row.text("week") == "30" ? 4.0 : 1.0) * (try row.number("over_guarantee"))
        }
        for row in try csv("occupancy.csv").rows { overload += 50_000 * (try row.number("overload_beds")) }
        for row in try csv("acute_transfers.csv").rows {
            let minutes = data.travelMinutes(fromHospital: try h(try row.text("from_hospital")), toHospital: try h(try row.text("to_hospital")))
            transfer += (10_000 + 100 * minutes) * (try row.number("bed_weeks"))
        }
        #expect(abs(cooperation - cost("cooperation_sek")) <= 1e-6 * max(1, abs(cooperation)) + 1)
        #expect(abs(travel - cost("travel_sek")) <= 1e-6 * travel + 1)
        #expect(abs(waiting - cost("waiting_sek")) <= 1e-6 * waiting + 1)
        #expect(abs(overload - cost("overload_sek")) <= 1e-6 * overload + 1)
        #expect(abs(guarantee - cost("guarantee_sek")) <= 1e-6 * guarantee + 1)
        #expect(abs(transfer - cost("acute_transfer_sek")) <= 1e-6 * transfer + 1)
        let objective = try #require(summary["objective_sek"] as? Double)
        #expect(abs(objective - (cooperation + travel + waiting + guarantee + overload + transfer)) <= 1e-6 * objective)
    }

    /// q(w) = q(w − 1) + demand(w) − Σ_h x for every region, specialty, care type and week.
    @Test func waitingBalanceHolds() throws {
        var treated: [String: Double] = [:], waitingAt: [String: Double] = [:]
        for row in try csv("flows.csv").rows {
            treated[(try row.key("origin_region", "specialty", "care_type", "week")), default: 0] += try row.number("cases")
        }
        for row in try csv("waiting.csv").rows {
            waitingAt[(try row.key("region", "specialty", "care_type", "week"))] = try row.number("waiting")
        }
        var worst = 0.0
        for (key, series) in data.demand {
            let prefix = "\(data.regions[key.region].id)/\(data.specialties[key.specialty].id)/\(key.careType.rawValue)"
            var previous = data.backlog[key] ?? 0
            for w in 28...30 {
                let now = waitingAt["\(prefix)/\(w)"] ?? 0
                worst = max(worst, abs(now - (previous + series[w] - (treated["\(prefix)/\(w)"] ?? 0))))
                previous = now
            }
        }
        #expect(worst < 1e-4, "largest waiting imbalance \(worst)")
        let final = waitingAt.filter { $0.key.hasSuffix("/30") }.values.reduce(0, +)
        #expect(abs(final - (try summary.number("final_waiting"))) < 1e-3)
        let cases = try csv("flows.csv").rows.reduce(0) { $0 + (try $1.number("cases")) }
        #expect(abs(cases - (try summary.number("cases_treated"))) < 1e-3)
    }

    /// Planned care and inbound transfers fill at most F = max(0, θ · beds − A); overload and
    /// outbound transfers make up E = max(0, A − θ · beds); elective beds are the flows' bed-days.
    @Test func bedRowsHold() throws {
        var bedWeeks: [String: Double] = [:]
        for row in try csv("flows.csv").rows {
            let careType = try #require(CareType(rawValue: try row.text("care_type")))
            let mix = try #require(data.caseMix[SpecialtyCareType(try s(try row.text("specialty")), careType)])
            bedWeeks[(try row.key("hospital", "specialty", "week")), default: 0] += mix.bedDays / 7 * (try row.number("cases"))
        }
        let occupancy = try csv("occupancy.csv")
        #expect(!occupancy.rows.isEmpty)
        for row in occupancy.rows {
            let staffed = try row.number("staffed_beds"), acute = try row.number("acute_beds")
            let elective = try row.number("elective_beds"), over = try row.number("overload_beds")
            let out = try row.number("acute_transferred_out"), into = try row.number("acute_transferred_in")
            #expect(elective + into <= max(0, 0.9 * staffed - acute) + 1e-5, "\(row)")
            #expect(abs(over + out - max(0, acute - 0.9 * staffed)) < 1e-5, "\(row)")
            #expect(abs(elective - (bedWeeks[(try row.key("hospital", "specialty", "week"))] ?? 0)) < 1e-4)
            let w = try row.integer("week")
            #expect(staffed == data.capacity.capacity(hospital: try h(try row.text("hospital")), specialty: try s(try row.text("specialty")), week: w).beds)
            #expect(try row.number("bed_value_sek") >= 0)
        }
    }

    /// Settlement: the price list applied to the out-of-region flows; the nets sum to zero.
    @Test func settlementRecomputesAndSumsToZero() throws {
        var net = [String: Double]()
        for row in try csv("flows.csv").rows {
            let hospital = try h(try row.text("hospital")), region = try row.text("origin_region")
            let producer = data.regions[data.hospitals[hospital].region].id
            guard producer != region else { continue }
            let careType = try #require(CareType(rawValue: try row.text("care_type")))
            let value = try #require(data.price(specialty: try s(try row.text("specialty")), careType: careType, hospital: hospital)) * (try row.number("cases"))
            net[producer, default: 0] += value
            net[region, default: 0] -= value
        }
        // v2: a cross-region acute transfer is paid at 7 × the receiving hospital's acute bed-day price.
        for row in try csv("acute_transfers.csv").rows {
            let from = try h(try row.text("from_hospital")), to = try h(try row.text("to_hospital"))
            guard data.hospitals[from].region != data.hospitals[to].region else { continue }
            let price = try #require(data.prices.acuteBedDayPrice(specialty: try s(try row.text("specialty")), level: data.hospitals[to].level))
            let value = 7 * price * (try row.number("bed_weeks"))
            net[data.regions[data.hospitals[to].region].id, default: 0] += value
            net[data.regions[data.hospitals[from].region].id, default: 0] -= value
        }
        let settlement = try csv("settlement.csv")
        #expect(try settlement.rows.map { try $0.text("region") } == data.regions.map(\.id).sorted())
        var total = 0.0
        for row in settlement.rows {
            let value = try row.number("net_sek")
            total += value
            #expect(abs(value - (net[try row.text("region")] ?? 0)) < 1)
            #expect(abs(value - (try row.number("sold_sek") - (try row.number("bought_sek")))) < 1e-3)
        }
        #expect(abs(total) < 1e-3)
    }

    @Test func rowsAreSortedByTheirKeys() throws {
        let flows = try csv("flows.csv").rows.map { [try $0.text("origin_region"), try $0.text("hospital"), try $0.text("specialty"), try $0.text("care_type"), String(format: "%02d", try $0.integer("week"))] }
        #expect(flows == flows.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(try csv("flows.csv").rows.allSatisfy { $0["cases"] != "0" })
    }

    @Test func theStatusQuoIsReportedWithTheGain() throws {
        let sq = try #require(summary["status_quo"] as? [String: Any])
        let gain = try #require(summary["gain_vs_status_quo_sek"] as? Double)
        #expect(abs(gain - ((try sq.number("objective_sek")) - (try summary.number("objective_sek")))) < 1e-3)
        #expect(gain >= -1e-6 * (try summary.number("objective_sek")))
    }

    /// Two runs write byte-identical files, run.json apart; --json prints summary.json exactly.
    @Test func runsAreDeterministic() throws {
        let second = temporaryPath("summer-small-2")
        defer { try? FileManager.default.removeItem(at: second) }
        let output = try Samplan.run(["run", Self.scenario, "--out", second.path, "--json"])
        #expect(output.status == 0)
        for name in ["summary.json", "flows.csv", "waiting.csv", "occupancy.csv", "theatre.csv", "settlement.csv", "report.html",
                     "acute_transfers.csv", "regions.csv", "status_quo/flows.csv", "status_quo/occupancy.csv"] {
            let a = try Data(contentsOf: folder.appendingPathComponent(name)), b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs")
        }
        #expect(output.stdout == (try String(contentsOf: second.appendingPathComponent("summary.json"), encoding: .utf8)))
    }

    @Test func anExistingFolderIsKeptWithoutForce() throws {
        let before = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        let output = try Samplan.run(["run", Self.scenario, "--out", folder.path])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--force"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("summary.json")) == before)
        // Nothing half-written is left beside it.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent).tmp") })
    }

    @Test func excelFilesUseSemicolonsAndDecimalCommas() throws {
        let excel = temporaryPath("summer-small-excel")
        defer { try? FileManager.default.removeItem(at: excel) }
        #expect(try Samplan.run(["run", Self.scenario, "--out", excel.path, "--excel"]).status == 0)
        let bytes = try Data(contentsOf: excel.appendingPathComponent("settlement.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("region;region_name;sold_sek;bought_sek;net_sek\n"))  // names beside ids in --excel files
        #expect(!text.contains("."))
        // And it loads back through the data dialect (`;` with decimal comma).
        let table = CSVTable(bytes: [UInt8](bytes))
        #expect(table.delimiter == UInt8(ascii: ";") && table.records.count == 7)
    }

    /// `routes: own_region` has no out-of-region flow, and costs at least as much.
    @Test func ownRegionHasNoOutOfRegionFlow() throws {
        let own = temporaryPath("summer-own")
        defer { try? FileManager.default.removeItem(at: own) }
        #expect(try Samplan.run(["run", "Tests/Fixtures/scenarios/summer-small-own-region.yaml", "--out", own.path]).status == 0)
        for row in try ResultCSV(own.appendingPathComponent("flows.csv")).rows {
            #expect(data.regions[data.hospitals[try h(try row.text("hospital"))].region].id == (try row.text("origin_region")))
        }
        let ownSummary = try jsonObject(own.appendingPathComponent("summary.json"))
        #expect(ownSummary["cases_out_of_region"] as? Double == 0)
        #expect((try ownSummary.number("objective_sek")) >= (try summary.number("objective_sek")) - 1e-6)
        #expect(ownSummary["status_quo"] is [String: Any])
    }

    /// The exported model, solved from its file by GLPK alone, has the plan's optimum.
    @Test(arguments: ["mps", "lp"])
    func exportedModelsSolveToThePlansObjective(_ format: String) throws {
        let file = temporaryPath("export") .appendingPathExtension(format)
        defer { try? FileManager.default.removeItem(at: file) }
        let export = try Samplan.run(["export", Self.scenario, "--format", format, "--out", file.path])
        #expect(export.status == 0, "\(export.stderr)")
        let (solved, json) = try Samplan.json(["solve", file.path, "--json", "--method", "dual"])
        #expect(solved.status == 0)
        #expect(json["status"] as? String == "optimal")
        let objective = try #require(json["objective"] as? Double), planned = try #require(summary["objective_sek"] as? Double)
        #expect(abs(objective - planned) <= 1e-6 * planned)
        let model = try #require(summary["model"] as? [String: Any])
        if format == "mps" { #expect(json["columns"] as? Int == model["columns"] as? Int) }
    }

    @Test func theTerminalSummaryShowsWhatAPlannerNeeds() throws {
        let out = try Self.run.get().output.stdout
        for text in ["Status      optimal", "cooperation", "Gain over the status quo", "Waiting list by region", "Waiting over the guarantee",
                     "Per-region account", "Acute transfers", "Results: "] {
            #expect(out.contains(text), "missing \(text)")
        }
    }
}
