import Foundation
import TestSupport
import Testing

/// Issue 15, kind 6 at the command line: `samplan solve` of a file with an objective constant
/// gives what CPLEX, Gurobi and HiGHS give; `samplan export` solved by HiGHS gives samplan's own
/// objective; inverted bounds are reported with the column's name and line.
@Suite("samplan solve and export: objective constants, HiGHS, inverted bounds")
struct ModelFileCLITests {
    static func file(_ name: String, _ contents: String) throws -> URL {
        let folder = temporaryPath("mps")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func solveTakesTheObjectiveConstantAsTheNegatedRHS() throws {
        let mps = "NAME C\nROWS\n N obj\n G c1\nCOLUMNS\n x obj 1 c1 1\nRHS\n RHS obj -100 c1 2\nENDATA\n"
        let url = try Self.file("c.mps", mps)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let (output, json) = try Samplan.json(["solve", url.path, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(json["objective"] as? Double == 102)
    }

    @Test func invertedBoundsAreInvalidInputNamingColumnAndLine() throws {
        let mps = "NAME NEGUP\nROWS\n N obj\n L c1\nCOLUMNS\n V obj 1 c1 1\nRHS\n RHS c1 4\nBOUNDS\n UP BND V -1\nENDATA\n"
        let url = try Self.file("negup.mps", mps)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let output = try Samplan.run(["solve", url.path])
        #expect(output.status == 65)
        #expect(output.stderr == "error: \(url.path):10: column `V`: lower bound 0.0 is above upper bound -1.0\n")
    }

    @Test(.enabled(if: HiGHS.isAvailable, "needs python3 with highspy: \(HiGHS.unavailableReason ?? "")"))
    func anExportedScenarioSolvedByHiGHSGivesSamplansObjective() throws {
        let folder = temporaryPath("export")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mps = folder.appendingPathComponent("s.mps").path
        let export = try Samplan.run(["export", "Tests/Fixtures/scenarios/summer-small.yaml", "--format", "mps", "--out", mps])
        #expect(export.status == 0, "\(export.stderr)")
        let (solve, json) = try Samplan.json(["solve", mps, "--json"])
        #expect(solve.status == 0)
        let ours = try #require(json["objective"] as? Double)
        let highs = try #require(try HiGHS.objective(of: mps))
        #expect(abs(ours - highs) <= 1e-7 * abs(ours), "samplan \(ours), HiGHS \(highs)")
    }
}
