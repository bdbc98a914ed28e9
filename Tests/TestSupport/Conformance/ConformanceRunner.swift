import LinearProgramming

/// What became of one conformance case on one solver configuration.
public struct ConformanceOutcome: Sendable, CustomStringConvertible {
    public enum Verdict: Sendable, Equatable {
        case passed
        /// What differed from the known answer (never empty).
        case failed([String])
        /// Not run, for the reason the configuration gives.
        case skipped(reason: String)
    }

    public let caseName: String
    public let verdict: Verdict
    /// The solver's log of the checked solve (empty when none ran).
    public let log: String

    public var description: String {
        switch verdict {
        case .passed: return "\(caseName): passed"
        case let .failed(found): return "\(caseName): failed\n" + found.joined(separator: "\n")
        case let .skipped(reason): return "\(caseName): skipped (\(reason))"
        }
    }
}

/// Runs the conformance suite on any ``LinearSolver``, in the style of MathOptInterface's
/// `MOI.Test.runtests(model, config; include, exclude)`: every case of ``ConformanceSuite/cases``
/// whose name contains one of `include` (all when empty) and none of `exclude`.
public enum ConformanceRunner {
    /// The outcome of every selected case, in suite order.
    public static func run(_ solver: any LinearSolver, config: ConformanceConfig, include: [String] = [],
                           exclude: [String] = []) -> [ConformanceOutcome] {
        selected(include: include, exclude: exclude).map { check($0, on: solver, config: config) }
    }

    /// The cases `run` would run.
    public static func selected(include: [String] = [], exclude: [String] = []) -> [ConformanceCase] {
        ConformanceSuite.cases.filter { testCase in
            (include.isEmpty || include.contains { testCase.name.contains($0) }) && !exclude.contains { testCase.name.contains($0) }
        }
    }

    /// Solves one case as `config` says and checks the answer.
    public static func check(_ testCase: ConformanceCase, on solver: any LinearSolver, config: ConformanceConfig) -> ConformanceOutcome {
        let compiled: CompiledModel
        do { compiled = try testCase.model.compiled() } catch {
            return ConformanceOutcome(caseName: testCase.name, verdict: .failed(["the case's model is invalid: \(error)"]), log: "")
        }
        var parameters = config.parameters
        if let limit = testCase.timeLimitSeconds { parameters.timeLimitSeconds = limit }
        // The first capability the case needs and the solver lacks decides what is checked instead.
        if let lacking = testCase.required.sorted(by: { $0.rawValue < $1.rawValue }).first(where: { config.exclusions[$0] != nil }),
           let exclusion = config.exclusions[lacking] {
            return excluded(testCase, compiled, exclusion, solver: solver, parameters: parameters)
        }
        let result: SolveResult
        do { result = try solve(compiled, on: solver, parameters: parameters, start: config.start) } catch {
            return ConformanceOutcome(caseName: testCase.name, verdict: .failed(["the solver refused: \(error)"]), log: "")
        }
        let found = ConformanceCheck.mismatches(testCase, compiled, result, config: config)
        return ConformanceOutcome(caseName: testCase.name, verdict: found.isEmpty ? .passed : .failed(found), log: result.log)
    }

    /// A cold solve, or for a warm start a second solve from the cold solve's basis.
    static func solve(_ compiled: CompiledModel, on solver: any LinearSolver, parameters: SolveParameters,
                      start: ConformanceStart) throws(SolverError) -> SolveResult {
        let cold = try solver.solve(compiled, parameters: parameters)
        guard start == .warm, let basis = cold.basis else { return cold }
        var warm = parameters
        warm.warmStart = basis
        return try solver.solve(compiled, parameters: warm)
    }

    private static func excluded(_ testCase: ConformanceCase, _ compiled: CompiledModel, _ exclusion: ConformanceExclusion,
                                 solver: any LinearSolver, parameters: SolveParameters) -> ConformanceOutcome {
        guard case let .refuses(reason) = exclusion else {
            return ConformanceOutcome(caseName: testCase.name, verdict: .skipped(reason: exclusion.reason), log: "")
        }
        do {
            let result = try solver.solve(compiled, parameters: parameters)
            return ConformanceOutcome(
                caseName: testCase.name,
                verdict: .failed(["expected the solver to refuse (\(reason)), but it answered \(result.termination)"]), log: result.log)
        } catch {
            return ConformanceOutcome(caseName: testCase.name, verdict: .passed, log: "")
        }
    }
}
