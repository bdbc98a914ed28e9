import Foundation
import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

/// Issue 15, kind 6: an MPS objective constant is read and written as CPLEX, Gurobi, HiGHS and
/// PuLP do (constant = − RHS of the objective row, docs/SPEC.md (v2) §6), and HiGHS agrees.
@Suite("MPS objective constant and inverted bounds")
struct ObjectiveConstantTests {
    /// min x + constant, x ≥ 2, with the objective row's RHS −100: constant 100, optimum 102.
    static let constantMPS = """
        NAME          CONST
        ROWS
         N  obj
         G  c1
        COLUMNS
            x         obj       1.0          c1        1.0
        RHS
            RHS       obj       -100.0       c1        2.0
        ENDATA

        """

    static func file(_ name: String, _ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-\(UUID().uuidString)-\(name)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [ModelFileFormat.freeMPS, nil])
    func theObjectiveRowsRHSIsTheNegatedConstant(_ format: ModelFileFormat?) throws {
        let path = try Self.file("const.mps", Self.constantMPS)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let model = try GLPKModelFile.read(path, format: format)
        #expect(model.objectiveConstant == 100)
        let result = try GLPKSolver().solve(model.compiled(), parameters: SolveParameters())
        #expect(result.objectiveValue == 102)
    }

    @Test(arguments: [(ModelFileFormat.freeMPS, ObjectiveSense.minimize), (.fixedMPS, .minimize), (.freeMPS, .maximize)])
    func aWrittenConstantIsWrittenAsANegatedRHSAndReadBack(_ format: ModelFileFormat, _ sense: ObjectiveSense) throws {
        // min/max 3 + x with 1 ≤ x ≤ 2 (a maximisation is written as min −3 − x).
        var model = LinearModel(name: "c", sense: sense)
        model.objectiveConstant = 3
        _ = model.addVariable(lower: 1, upper: 2, objective: 1, name: "x")
        let path = try Self.file("w.mps", "")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GLPKModelFile.write(model.compiled(), format: format, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rhs = try #require(text.split(separator: "\n").first { $0.hasPrefix("RHS") == false && $0.contains("RHS") })
        #expect(rhs.split(separator: " ").last.flatMap { Double($0) } == (sense == .minimize ? -3 : 3), "\(rhs)")
        let back = try GLPKModelFile.read(path, format: format)
        #expect(back.objectiveConstant == (sense == .minimize ? 3 : -3))
        let value = try GLPKSolver().solve(back.compiled(), parameters: SolveParameters()).objectiveValue
        #expect(value == (sense == .minimize ? 4 : -5))
        if HiGHS.isAvailable { #expect(try HiGHS.objective(of: path) == value) }
    }

    @Test(.enabled(if: HiGHS.isAvailable, "needs python3 with highspy: \(HiGHS.unavailableReason ?? "")"))
    func hiGHSAgreesOnAFileWithAConstant() throws {
        let path = try Self.file("const.mps", Self.constantMPS)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try HiGHS.objective(of: path) == 102)
        let ours = try GLPKSolver().solve(GLPKModelFile.read(path).compiled(), parameters: SolveParameters()).objectiveValue
        #expect(ours == 102)
    }

    @Test func invertedBoundsNameTheColumnAndTheLine() throws {
        let path = try Self.file("negup.mps", """
            NAME          NEGUP
            ROWS
             N  obj
             L  c1
            COLUMNS
                V         obj       1.0          c1        1.0
            RHS
                RHS       c1        4.0
            BOUNDS
             UP BND       V         -1.0
            ENDATA

            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try GLPKModelFile.read(path) } throws: { error in
            guard let error = error as? ModelFileError else { return false }
            return error.kind == .malformed && error.line == 10
                && error.description == "\(path):10: column `V`: lower bound 0.0 is above upper bound -1.0"
        }
    }

    @Test func invertedBoundsInAnLPFileNameTheLine() throws {
        let path = try Self.file("negup.lp", "minimize\n obj: V\nsubject to\n c1: V <= 4\nbounds\n 0 <= W <= 1\n V <= -1\nend\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try GLPKModelFile.read(path) } throws: { error in
            (error as? ModelFileError)?.description == "\(path):7: column `V`: lower bound 0.0 is above upper bound -1.0"
        }
    }
}
