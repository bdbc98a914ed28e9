import Dispatch
import GLPKBackend
import LinearProgramming
import TestSupport
import Synchronization
import Testing

@Suite("Parallel solves on separate threads")
struct ParallelSolveTests {
    /// GLPK keeps its environment per thread; solves on several threads at once must give
    /// exactly what the same solves give one after another.
    @Test func parallelEqualsSequential() throws {
        let names = ["afiro", "sc105", "bandm", "scfxm1", "ship04s", "stair", "boeing1", "lseu", "egout", "p0548"]
        let models = try names.map { try GLPKModelFile.read(Fixtures.netlib.appendingPathComponent($0 + ".mps").path).compiled() }
        let sequential = try models.map { try GLPKSolver().solve($0, parameters: SolveParameters()) }

        let results = Mutex<[Int: SolveResult]>([:])
        DispatchQueue.concurrentPerform(iterations: models.count * 3) { k in
            let index = k % models.count
            if let result = try? GLPKSolver().solve(models[index], parameters: SolveParameters()) {
                results.withLock { stored in
                    if k < models.count { stored[index] = result }
                    else if stored[index] == nil { stored[index] = result }
                }
            }
        }
        let parallel = results.withLock { $0 }
        for (index, expected) in sequential.enumerated() {
            let got = try #require(parallel[index], "no result for \(names[index])")
            #expect(got.termination == expected.termination)
            #expect(got.objectiveValue == expected.objectiveValue, "\(names[index])")
            #expect(got.primalValues == expected.primalValues, "\(names[index])")
        }
    }
}
