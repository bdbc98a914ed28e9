import Foundation
import TestSupport
import Testing

/// What the command line does with an `uncertainty` block: checks it and runs the draws (docs/SPEC.md §10).
@Suite("samplan and the uncertainty block")
struct UncertaintyRunTests {
    static func scenario(_ block: String) throws -> (folder: URL, file: String) {
        let folder = temporaryPath("uncertain")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("s.yaml").path
        try "name: Osäker\nkind: summer\ndata: \(Fixtures.tinyDataSet.path)\nweeks: 28..30\n\(block)"
            .write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test func runWritesTheDrawsTheSameTwice() throws {
        let (folder, file) = try Self.scenario("""
            uncertainty: {draws: 5, seed: 1, demand: {low: 0.9, mode: 1, high: 1.1}, capacity: {low: 0.8, mode: 1, high: 1}}
            """ + "\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        var texts: [[String: String]] = []
        for k in 1...2 {
            let out = folder.appendingPathComponent("out\(k)")
            let output = try Samplan.run(["run", file, "--out", out.path, "--jobs", "2"])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(!output.stderr.contains("does not run the draws"))
            // The terminal says there is a spread, above the closing "Results:" line.
            let spread = try #require(output.stdout.range(of: "Uncertainty over 5 draws (5 solved"))
            let results = try #require(output.stdout.range(of: "\nResults: ", options: .backwards))
            #expect(spread.upperBound < results.lowerBound)
            #expect(output.stdout.contains("gain over the status quo"))
            var files: [String: String] = [:]
            for name in ["draws.csv", "uncertainty.csv", "summary.json"] {
                files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            }
            texts.append(files)
        }
        #expect(texts[0] == texts[1])
        let lines = texts[0]["draws.csv"]!.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("draw,status,objective_sek,gain_vs_status_quo_sek,final_waiting,final_waiting_over_guarantee,"
                                   + "overload_bed_weeks,acute_transfer_bed_weeks,net_"))
        #expect(lines.dropFirst().map { $0.split(separator: ",").first! } == ["1", "2", "3", "4", "5"])
        let uncertainty = texts[0]["uncertainty.csv"]!.split(separator: "\n")
        #expect(uncertainty.first == "quantity,n,mean,p10,p50,p90,min,max")
        #expect(uncertainty.contains { $0.hasPrefix("objective_sek,5,") })
        let summary = try JSONSerialization.jsonObject(with: Data(texts[0]["summary.json"]!.utf8)) as! [String: Any]
        let block = try #require(summary["uncertainty"] as? [String: Any])
        #expect(block["draws"] as? Int == 5)
        #expect(block["solved"] as? Int == 5)
        let objective = try #require(block["objective_sek"] as? [String: Double])
        #expect(objective["p10"]! <= objective["p50"]! && objective["p50"]! <= objective["p90"]!)
        try Self.expectReportAndRunInfo(folder.appendingPathComponent("out1"), draws: 5)
    }

    /// report.html has the uncertainty section with uncertainty.csv's n and draws count; run.json
    /// says how the draws' models were started and how long GLPK took.
    static func expectReportAndRunInfo(_ out: URL, draws: Int, cold: Bool = false) throws {
        let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.components(separatedBy: "<section id=\"osakerhet\">").count == 2)
        #expect(report.contains("\(draws) dragningar, varav \(draws) lösta till optimum."))
        let info = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any])
        let block = try #require(info["draws"] as? [String: Any])
        #expect(block["count"] as? Int == draws)
        let models = try #require(block["models"] as? [String: Int])
        #expect(models["reused"]! + models["warm"]! + models["cold"]! == 2 * draws, "\(models)")
        if cold {
            #expect(models["warm"] == 0 && models["centre"] == 0)
        } else {
            // The envelope gives every draw the centre's structure, so none is cold.
            #expect(models["warm"]! + models["reused"]! == 2 * draws && models["centre"]! <= 2, "\(models)")
        }
        let seconds = try #require(block["seconds"] as? [String: Double])
        #expect(seconds["glpk_summed"]! > 0 && seconds["total"]! >= seconds["solve"]!)
        let share = try #require(block["glpk_share"] as? Double)
        #expect(share > 0 && share <= 1.01)
    }

    /// `samplan batch` of an uncertain scenario solves its base plan and says on stderr that the
    /// draws are not run.
    @Test func batchWarnsThatItSolvesTheBasePlanOnly() throws {
        let (folder, file) = try Self.scenario("uncertainty: {draws: 3, seed: 1, demand: {low: 0.9, mode: 1, high: 1.1}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("batch")
        let output = try Samplan.run(["batch", file, "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("warning: \(file): batch solves the base plan only; the `uncertainty` block's draws are not run"), "\(output.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path)
        #expect(written.contains { $0.hasSuffix("summary.json") } && !written.contains { $0.hasSuffix("draws.csv") }, "\(written)")
    }

    /// `--cold-draws` solves every draw cold: the same objective per draw (to the LP's tolerance).
    @Test func coldDrawsGiveTheSameObjectives() throws {
        let (folder, file) = try Self.scenario("uncertainty: {draws: 4, seed: 2, demand: {low: 0.9, mode: 1, high: 1.1}, acute: {low: 0.9, mode: 1, high: 1.3}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        var objectives: [[Double]] = []
        for cold in [false, true] {
            let out = folder.appendingPathComponent(cold ? "cold" : "warm")
            let output = try Samplan.run(["run", file, "--out", out.path] + (cold ? ["--cold-draws"] : []))
            #expect(output.status == 0, "\(output.stderr)")
            try Self.expectReportAndRunInfo(out, draws: 4, cold: cold)
            let lines = try String(contentsOf: out.appendingPathComponent("draws.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
            objectives.append(lines.map { Double($0.split(separator: ",", omittingEmptySubsequences: false)[2])! })
        }
        #expect(objectives[0].count == 4)
        for (a, b) in zip(objectives[0], objectives[1]) { #expect(abs(a - b) <= 1e-6 * max(1, abs(a)), "\(a) against \(b)") }
    }

    @Test func aBadBlockIsAnInvalidScenario() throws {
        let (folder, file) = try Self.scenario("uncertainty:\n  draws: 0\n  seed: 1\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["validate", file], ["run", file, "--out", folder.appendingPathComponent("out").path]] {
            let output = try Samplan.run(arguments)
            let command = arguments[0]
            #expect(output.status == 65, "\(command): \(output.stderr)")
            #expect(output.stderr.contains("error: \(file):6:10: uncertainty.draws: expected a whole number ≥ 1 (at most 1 000 000), found 0"), "\(command): \(output.stderr)")
        }
    }
}

/// `run --shard I/N` of an uncertainty scenario and `samplan merge` of its parts (docs/SPEC.md §6, §10).
@Suite("samplan run --shard and merge of uncertainty parts")
struct UncertaintyShardTests {
    static func files(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            out[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return out
    }

    @Test func threeShardsMergedEqualTheSingleRun() throws {
        let block = "uncertainty: {draws: 7, seed: 3, demand: {low: 0.9, mode: 1, high: 1.1}, acute: {low: 0.9, mode: 1, high: 1.3}}\n"
        let (folder, file) = try UncertaintyRunTests.scenario(block)
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = folder.appendingPathComponent("single")
        #expect(try Samplan.run(["run", file, "--out", single.path]).status == 0)
        var parts: [String] = []
        for i in 1...3 {
            let part = folder.appendingPathComponent("part\(i)").path
            let output = try Samplan.run(["run", file, "--shard", "\(i)/3", "--out", part])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(FileManager.default.fileExists(atPath: part + "/shard-\(i)-of-3.json"))
            // The terminal says that the spread is of this part only.
            #expect(output.stdout.contains("This is part \(i) of 3: \(i == 1 ? 3 : 2) of the scenario's 7 draws"), "\(output.stdout)")
            parts.append(part)
        }
        let partDraws = try String(contentsOfFile: parts[1] + "/draws.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(partDraws.map { $0.split(separator: ",")[0] } == ["2", "5"])
        let merged = folder.appendingPathComponent("merged")
        let output = try Samplan.run(["merge"] + parts + ["--out", merged.path])
        #expect(output.status == 0, "\(output.stderr)")
        var a = try Self.files(single), b = try Self.files(merged)
        #expect(a.removeValue(forKey: "/run.json") != nil && b.removeValue(forKey: "/run.json") != nil)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs") }
        #expect(String(decoding: b["/report.html"] ?? Data(), as: UTF8.self).contains("7 dragningar, varav 7 lösta till optimum."))

        // A part of another seed is refused.
        let (other, otherFile) = try UncertaintyRunTests.scenario(block.replacingOccurrences(of: "seed: 3", with: "seed: 4"))
        defer { try? FileManager.default.removeItem(at: other) }
        let foreign = other.appendingPathComponent("part2").path
        #expect(try Samplan.run(["run", otherFile, "--shard", "2/3", "--out", foreign]).status == 0)
        let refused = try Samplan.run(["merge", parts[0], foreign, parts[2], "--out", folder.appendingPathComponent("m2").path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("error: the parts are of different uncertainty runs:") && refused.stderr.contains("different seeds (3, 4)"),
                "\(refused.stderr)")
        // And a part of another shard count.
        let four = folder.appendingPathComponent("four").path
        #expect(try Samplan.run(["run", file, "--shard", "2/4", "--out", four]).status == 0)
        let counts = try Samplan.run(["merge", parts[0], four, parts[2], "--out", folder.appendingPathComponent("m3").path])
        #expect(counts.status == 65 && counts.stderr.contains("different shard counts"), "\(counts.stderr)")
    }

    @Test(arguments: [["--shard", "1/2"], ["--cold-draws"]])
    func shardAndColdDrawsNeedAnUncertaintyBlock(_ option: [String]) throws {
        let (folder, file) = try UncertaintyRunTests.scenario("")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Samplan.run(["run", file] + option + ["--out", folder.appendingPathComponent("o").path])
        #expect(output.status == 64, "\(output.stderr)")
        #expect(output.stderr.contains("has no `uncertainty` block"))
    }

    /// A part copied half-way, or a manifest whose rows are damaged, is refused (exit 65), never
    /// merged into a folder without its report or with nonsense in the spread.
    @Test func incompleteOrDamagedPartsAreRefused() throws {
        let (folder, file) = try UncertaintyRunTests.scenario("uncertainty: {draws: 4, seed: 5, demand: {low: 0.9, mode: 1, high: 1.1}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        var parts: [String] = []
        for i in 1...2 {
            let part = folder.appendingPathComponent("part\(i)").path
            #expect(try Samplan.run(["run", file, "--shard", "\(i)/2", "--out", part]).status == 0)
            parts.append(part)
        }
        #expect(try Samplan.run(["merge"] + parts + ["--out", folder.appendingPathComponent("whole").path]).status == 0)
        // Part 1 without its report.
        let noReport = folder.appendingPathComponent("no-report").path
        try fm.copyItem(atPath: parts[0], toPath: noReport)
        try fm.removeItem(atPath: noReport + "/report.html")
        let missing = try Samplan.run(["merge", noReport, parts[1], "--out", folder.appendingPathComponent("m1").path])
        #expect(missing.status == 65 && missing.stderr.contains("lacks report.html"), "\(missing.stderr)")
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("m1").path))
        // Part 2 with a damaged row: an unknown status, a number that is not one, NaN.
        for (column, value, words) in [(1, "bogus", "unknown status"), (2, "abc", "where a number belongs"), (2, "nan", "where a number belongs")] {
            let damaged = folder.appendingPathComponent("damaged-\(value)").path
            try fm.copyItem(atPath: parts[1], toPath: damaged)
            let manifest = URL(fileURLWithPath: damaged + "/shard-2-of-2.json")
            var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
            var body = try #require(json["uncertainty"] as? [String: Any])
            var rows = try #require(body["rows"] as? [[String]])
            rows[0][column] = value
            body["rows"] = rows
            json["uncertainty"] = body
            try JSONSerialization.data(withJSONObject: json).write(to: manifest)
            let out = folder.appendingPathComponent("m-\(value)").path
            let refused = try Samplan.run(["merge", parts[0], damaged, "--out", out])
            #expect(refused.status == 65, "\(value): \(refused.stderr)")
            #expect(refused.stderr.contains("damaged part manifest: draw 2") && refused.stderr.contains(words), "\(refused.stderr)")
            #expect(!fm.fileExists(atPath: out))
        }
    }
}
