import Foundation
import TestSupport
import Testing

@Suite("samplan solve")
struct SolveCommandTests {
    static let afiro = Fixtures.netlib.appendingPathComponent("afiro.mps").path

    @Test func printsStatusAndObjective() throws {
        let output = try Samplan.run(["solve", Self.afiro])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Status      optimal"))
        #expect(output.stdout.contains("Objective   -464.75314285714"))
        #expect(output.stdout.contains("27 rows, 32 columns, 83 nonzeros, 0 integer columns"))
        #expect(output.stderr.isEmpty)
    }

    @Test func jsonHasTheSpecifiedFields() throws {
        let (output, json) = try Samplan.json(["solve", Self.afiro, "--json"])
        #expect(output.status == 0)
        #expect(json["file"] as? String == Self.afiro)
        #expect(json["status"] as? String == "optimal")
        let objective = try #require(json["objective"] as? Double)
        #expect(abs(objective - -464.7531428571) < 1e-6)
        #expect(json["rows"] as? Int == 27)
        #expect(json["columns"] as? Int == 32)
        #expect(json["nonzeros"] as? Int == 83)
        #expect(json["integer_columns"] as? Int == 0)
        #expect(json["iterations"] is Int)
        #expect(json["seconds"] is Double)
    }

    @Test func anInfeasibleModelIsASuccessWithANullObjective() throws {
        let (output, json) = try Samplan.json(["solve", Fixtures.netlib.appendingPathComponent("woodinfe.mps").path, "--json"])
        #expect(output.status == 0)
        #expect(json["status"] as? String == "infeasible")
        #expect(json["objective"] is NSNull)
    }

    @Test func aMIPIsSolvedWithBranchAndCut() throws {
        let (_, json) = try Samplan.json(["solve", Fixtures.netlib.appendingPathComponent("egout.mps").path, "--json"])
        #expect(json["status"] as? String == "optimal")
        #expect(abs((json["objective"] as? Double ?? 0) - 568.1007) < 1e-3)
        #expect(json["integer_columns"] as? Int == 55)
    }

    @Test func aMalformedFileExits65NamingTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-bad-\(UUID().uuidString).mps").path
        try "ROWS\n N obj\nCOLUMNS\n x obj abc\nENDATA\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try Samplan.run(["solve", path])
        #expect(output.status == 65)
        #expect(output.stderr.hasPrefix("error: \(path):"))
        #expect(output.stdout.isEmpty)
    }

    @Test func aMissingFileExits66() throws {
        let output = try Samplan.run(["solve", "/nonexistent/model.mps"])
        #expect(output.status == 66)
        #expect(output.stderr == "error: /nonexistent/model.mps: no such file\n")
    }

    @Test(arguments: [["solve"], ["solve", "x.mps", "--method", "barrier"], ["solve", "x.mps", "--time-limit", "-1"], ["frobnicate"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        #expect(try Samplan.run(arguments).status == 64)
    }

    @Test func verboseShowsGLPKOutputOnStderrOnly() throws {
        let quiet = try Samplan.run(["solve", Self.afiro])
        let verbose = try Samplan.run(["solve", Self.afiro, "--verbose"])
        #expect(!quiet.stderr.contains("GLPK Simplex Optimizer"))
        #expect(verbose.stderr.contains("GLPK Simplex Optimizer"))
        #expect(!verbose.stdout.contains("GLPK Simplex Optimizer"))
    }

    @Test func helpIsAvailable() throws {
        let output = try Samplan.run(["solve", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE: samplan solve"))
    }
}
