import LinearProgramming

/// Something a conformance case needs from a solver beyond plain LP solving. A solver that lacks
/// one is run with it excluded (``ConformanceConfig/excluding(_:_:reason:)``), the way
/// MathOptInterface's `MOI.Test.Config(exclude:)` names the attributes a solver does not support.
public enum ConformanceCapability: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Integer columns (branch and bound).
    case integer
    /// Row duals and reduced costs of an optimal LP. Excluded, a case still checks termination,
    /// objective and primal values; only the dual comparison and the dual certificate are skipped.
    case duals
    /// Stopping at `SolveParameters.timeLimitSeconds` with an honest status.
    case timeLimit

    public var description: String { rawValue }
}

/// How a solver under test answers what it cannot do.
public enum ConformanceExclusion: Sendable, Equatable {
    /// The solver refuses with ``SolverError``: the suite checks that it does (so the exclusion
    /// is itself tested) instead of checking the answer.
    case refuses(reason: String)
    /// The suite does not run the case (or the part of it that needs the capability).
    case skipped(reason: String)

    public var reason: String {
        switch self {
        case let .refuses(reason), let .skipped(reason): return reason
        }
    }
}

/// Whether a grid point solves each case from scratch or re-solves it from its own basis.
public enum ConformanceStart: String, Sendable, Hashable, CustomStringConvertible {
    /// One solve with the configured parameters.
    case cold
    /// A cold solve, then a second solve of the same model warm-started from its basis (when it
    /// has one); the second result is the one checked.
    case warm

    public var description: String { rawValue }
}

/// How the conformance suite runs a solver: its parameters, tolerances and the capabilities it
/// lacks, each with the reason written down (in the style of `MOI.Test.Config`).
public struct ConformanceConfig: Sendable, CustomStringConvertible {
    /// The grid point's name, e.g. "GLPK dual, presolve off, warm".
    public var name: String
    /// The parameters of every solve (a case with its own time limit overrides only that).
    public var parameters: SolveParameters
    /// Cold solves, or a re-solve from the basis of the cold solve.
    public var start: ConformanceStart
    /// Absolute tolerance of value comparisons (objective, primal and dual values).
    public var absoluteTolerance: Double
    /// Relative tolerance of value comparisons.
    public var relativeTolerance: Double
    /// Tolerance of the dual certificate (``DualCertificate``), relative to the model's scale.
    public var certificateTolerance: Double
    /// The capabilities the solver lacks, with what it does instead and why.
    public var exclusions: [ConformanceCapability: ConformanceExclusion]

    public var description: String { name }

    public init(
        _ name: String, parameters: SolveParameters = SolveParameters(), start: ConformanceStart = .cold,
        absoluteTolerance: Double = 1e-7, relativeTolerance: Double = 1e-7, certificateTolerance: Double = 1e-6,
        exclusions: [ConformanceCapability: ConformanceExclusion] = [:]
    ) {
        self.name = name
        self.parameters = parameters
        self.start = start
        self.absoluteTolerance = absoluteTolerance
        self.relativeTolerance = relativeTolerance
        self.certificateTolerance = certificateTolerance
        self.exclusions = exclusions
    }

    /// This configuration with `capability` excluded.
    public func excluding(_ capability: ConformanceCapability, _ exclusion: ConformanceExclusion) -> ConformanceConfig {
        var copy = self
        copy.exclusions[capability] = exclusion
        return copy
    }

    /// Whether `got` agrees with `expected`: |got − expected| ≤ atol + rtol · max(|got|, |expected|).
    public func agrees(_ got: Double, _ expected: Double) -> Bool {
        abs(got - expected) <= absoluteTolerance + relativeTolerance * max(abs(got), abs(expected))
    }
}
