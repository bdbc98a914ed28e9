import Foundation
import TestSupport
import Testing

@Suite("samplan run (level structuring) and samplan batch")
struct LevelStructuringRunTests {
    static let tavi = "Scenarios/nivastrukturering/tavi.yaml"

    @Test func resultFilesAreCompleteAndConsistent() throws {
        let out = temporaryPath("tavi")
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try Samplan.run(["run", Self.tavi, "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["proposals.csv", "regions.csv", "report.html", "run.json", "sites.csv", "summary.json"])
        let summary = try jsonObject(out.appendingPathComponent("summary.json"))
        let proposals = try ResultCSV(out.appendingPathComponent("proposals.csv"))
        // 5 candidates, 1 to 3 sites: C(5,1) + C(5,2) + C(5,3) = 25 enumerated, 2 named, the optimum.
        #expect(proposals.rows.count == 28)
        #expect(summary["proposals"] as? Int == 28)
        #expect(summary["best_proposal"] as? String == proposals.rows[0]["proposal"])
        #expect(summary["status"] as? String == "optimal")
        let optimal = try #require(summary["optimal"] as? [String: Any])
        let row = try #require(proposals.rows.first { $0["proposal"] == "optimal" })
        #expect(row["gap_vs_optimal"] == "0" && row["feasible"] == "true")
        #expect((optimal["open_sites"] as? [String])?.joined(separator: "+") == row["open_sites"])
        // Ranked by total cost plus penalties.
        let ranking = proposals.rows.map { Double($0["total_cost_sek"]!)! + Double($0["penalty_sek"]!)! }
        #expect(ranking == ranking.sorted())
        // Costs add up; infeasible rows have no gap.
        for r in proposals.rows {
            let parts = ["fixed_cost_sek", "case_cost_sek", "travel_cost_sek"].map { Double(r[$0]!)! }.reduce(0, +)
            #expect(abs(parts - Double(r["total_cost_sek"]!)!) < 1e-3)
            if r["feasible"] == "false" { #expect(r["gap_vs_optimal"] == "") }
        }
        // Every proposal has every region, and its nets sum to zero.
        let regions = try ResultCSV(out.appendingPathComponent("regions.csv"))
        #expect(regions.rows.count == 28 * 7)
        for (_, rows) in Dictionary(grouping: regions.rows, by: { $0["proposal"]! }) {
            #expect(abs(rows.reduce(0) { $0 + Double($1["net_sek"]!)! }) < 1e-3)
        }
        // Volumes per site match the minimum-volume flag.
        for r in try ResultCSV(out.appendingPathComponent("sites.csv")).rows {
            #expect((Double(r["volume"]!)! >= Double(r["min_volume"]!)! - 1e-6) == (r["meets_min_volume"] == "true"))
        }
        #expect(output.stdout.contains("Ranking (10 cheapest of 28 proposals"))
    }

    /// Evaluating on one thread or on two writes the same files.
    @Test func parallelAndSequentialEvaluationWriteIdenticalFiles() throws {
        let one = temporaryPath("pci-1"), two = temporaryPath("pci-2")
        defer { try? FileManager.default.removeItem(at: one); try? FileManager.default.removeItem(at: two) }
        let scenario = "Scenarios/nivastrukturering/pci.yaml"
        #expect(try Samplan.run(["run", scenario, "--out", one.path, "--jobs", "1"]).status == 0)
        #expect(try Samplan.run(["run", scenario, "--out", two.path, "--jobs", "2"]).status == 0)
        for name in ["summary.json", "proposals.csv", "sites.csv", "regions.csv", "report.html"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: two.appendingPathComponent(name)), "\(name)")
        }
    }

    /// A batch records a broken scenario and finishes the others; exit 3.
    @Test func batchRecordsABrokenScenarioAndGoesOn() throws {
        let folder = temporaryPath("batch-in"), out = temporaryPath("batch-out")
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tavi = try String(contentsOfFile: Self.tavi, encoding: .utf8)
            .replacingOccurrences(of: "data: ../data/mellansverige-2024", with: "data: \(Fixtures.defaultDataSet.path)")
        try tavi.write(to: folder.appendingPathComponent("a-tavi.yaml"), atomically: true, encoding: .utf8)
        try "name: Trasig\nkind: summer\ndata: nowhere\n".write(to: folder.appendingPathComponent("b-broken.yaml"), atomically: true, encoding: .utf8)
        let output = try Samplan.run(["batch", folder.path, "--out", out.path])
        #expect(output.status == 3)
        let rows = try ResultCSV(out.appendingPathComponent("batch.csv"))
        #expect(rows.header == ["file", "name", "kind", "status", "objective_sek", "seconds", "error", "open_sites", "gap"])
        #expect(rows.rows.map { $0["status"]! } == ["optimal", "error"])
        #expect(rows.rows[1]["error"]!.contains("weeks: missing required key `weeks`"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("a-tavi/summary.json").path))
        #expect(output.stderr.contains("b-broken.yaml"))
    }

    /// The shards of --shard I/N cover every file exactly once, and agree on folder names.
    @Test func shardsCoverEveryFileExactlyOnce() throws {
        let out = temporaryPath("shards")
        defer { try? FileManager.default.removeItem(at: out) }
        var seen: [String] = []
        for i in 1...3 {
            let output = try Samplan.run(["batch", "Scenarios/nivastrukturering", "--shard", "\(i)/3", "--out", out.path, "--jobs", "2"])
            #expect(output.status == 3 || output.status == 0, "\(output.stderr)")
            seen += try ResultCSV(out.appendingPathComponent("batch-\(i)-of-3.csv")).rows.map { $0["file"]! }
        }
        let all = try FileManager.default.subpathsOfDirectory(atPath: "Scenarios/nivastrukturering")
            .filter { $0.hasSuffix(".yaml") }.map { "Scenarios/nivastrukturering/" + $0 }.sorted()
        #expect(seen.sorted() == all)
        #expect(Set(seen).count == seen.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasSuffix(".csv") && !$0.hasSuffix(".json") }.count == all.count)
    }

    @Test(arguments: [["--shard", "0/3"], ["--shard", "4/3"], ["--shard", "x"], ["--jobs", "0"]])
    func badBatchOptionsAreUsageErrors(_ arguments: [String]) throws {
        #expect(try Samplan.run(["batch", Self.tavi] + arguments).status == 64)
    }
}

@Suite("samplan run --json for level structuring")
struct LevelStructuringJSONTests {
    @Test func jsonPrintsSummaryOnly() throws {
        let out = temporaryPath("tavi-json")
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try Samplan.run(["run", "Scenarios/nivastrukturering/tavi.yaml", "--out", out.path, "--json"])
        #expect(output.status == 0)
        #expect(output.stdout == (try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)))
        #expect(output.stderr.isEmpty)
    }
}
