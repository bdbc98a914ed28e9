import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("Warm start from a saved basis")
struct WarmStartTests {
    /// After a cost change the old basis stays primal feasible, so primal simplex from it needs
    /// fewer iterations than a cold solve and reaches the same optimum.
    @Test(arguments: ["25fv47", "ship04l", "scfxm1", "bandm"])
    func costChangeResolvesFasterFromTheBasis(_ name: String) throws {
        let original = try GLPKModelFile.read(Fixtures.netlib.appendingPathComponent(name + ".mps").path)
        let first = try GLPKSolver().solve(original.compiled(), parameters: SolveParameters())
        let basis = try #require(first.basis)

        var changed = original
        var rng = SeededGenerator(seed: 42)
        for j in 0..<changed.columnCount where Int.random(in: 0..<20, using: &rng) == 0 {
            changed.setObjective(column: j, to: changed.objective[j] * 1.05 + 0.01)
        }
        let compiled = try changed.compiled()
        let cold = try GLPKSolver().solve(compiled, parameters: SolveParameters())
        let warm = try GLPKSolver().solve(compiled, parameters: SolveParameters(warmStart: basis))
        try #require(cold.termination == .optimal && warm.termination == .optimal)
        #expect(approximatelyEqual(cold.objectiveValue!, warm.objectiveValue!, relative: 1e-9))
        #expect(warm.iterations < cold.iterations, "warm \(warm.iterations), cold \(cold.iterations)")
        #expect(warm.notes.isEmpty)
    }

    @Test func aBasisOfTheWrongShapeIsIgnoredWithANote() throws {
        var model = LinearModel()
        let x = model.addVariable(objective: 1)
        model.addRow([(x, 1)], lower: 1)
        let wrong = Basis(rows: [.basic, .basic], columns: [.atLower])
        let result = try GLPKSolver().solve(model.compiled(), parameters: SolveParameters(warmStart: wrong))
        #expect(result.termination == .optimal)
        #expect(result.objectiveValue == 1)
        #expect(result.notes.contains { $0.contains("does not fit") })
    }

    @Test func aSingularBasisFallsBackToAColdSolve() throws {
        var model = LinearModel()
        let x = model.addVariable(objective: 1), y = model.addVariable(objective: 1)
        model.addRow([(x, 1), (y, 1)], lower: 2)
        model.addRow([(x, 2), (y, 2)], lower: 3)
        // x and y basic for two parallel rows: the basis matrix is singular.
        let singular = Basis(rows: [.atLower, .atLower], columns: [.basic, .basic])
        let result = try GLPKSolver().solve(model.compiled(), parameters: SolveParameters(warmStart: singular))
        #expect(result.termination == .optimal)
        #expect(approximatelyEqual(result.objectiveValue!, 2))
    }
}
