import GLPKBackend
import LinearProgramming
import Reports

/// The summer solver: the model split into its independent blocks, solved with GLPK on `jobs`
/// threads (docs/solver-layer.md, "Decomposition"); every block asks `isCancelled` first.
func summerSolver(jobs: Int, isCancelled: @escaping @Sendable () -> Bool) -> DecomposingSolver<CancellableSolver<GLPKSolver>> {
    DecomposingSolver(backend: CancellableSolver(base: GLPKSolver(), isCancelled: isCancelled), jobs: jobs)
}

/// The `decomposition` object of run.json: how each model split, how many of its blocks were
/// solved (the others reused from an earlier solve), the largest block, and the block solve
/// seconds summed against the wall time of the solve phase.
enum DecompositionInfo {
    static func json(_ results: [(String, SolveResult)], jobs: Int, elapsedSeconds: Double) -> JSONValue {
        let summed = results.reduce(0.0) { $0 + ($1.1.decomposition?.summedSeconds ?? $1.1.seconds) }
        return .object([
            ("jobs", .int(jobs)),
            ("solve_seconds_elapsed", .number(elapsedSeconds)),
            ("solve_seconds_summed", .number(summed)),
            ("models", .object(results.map { name, result in (name, model(result)) })),
        ])
    }

    private static func model(_ result: SolveResult) -> JSONValue {
        guard let d = result.decomposition else { return .null }
        return .object([
            ("blocks", .int(d.blocks)),
            ("blocks_solved", .int(d.solvedBlocks)),
            ("blocks_reused", .int(d.reusedBlocks)),
            ("blocks_warm_started", .int(d.warmStartedBlocks)),
            ("largest_block", .object([("rows", .int(d.largestRows)), ("columns", .int(d.largestColumns)),
                                       ("nonzeros", .int(d.largestNonzeros))])),
            ("solve_seconds_summed", .number(d.summedSeconds)),
        ])
    }
}
