/// Which simplex method a solver starts with.
public enum SimplexMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// Primal simplex: the natural choice after an objective change (the basis stays primal feasible).
    case primal
    /// Dual simplex, falling back to primal if it fails: natural after a bound change.
    case dual
}

/// How to solve a model. Solver-neutral: a backend maps each field to its own controls.
public struct SolveParameters: Sendable, Hashable {
    /// The simplex method for LPs and for the LP relaxation of a MIP.
    public var method: SimplexMethod
    /// Whether the solver may presolve. Ignored (off) when a warm-start basis is given.
    public var presolve: Bool
    /// Wall-time limit in seconds, or nil for none.
    public var timeLimitSeconds: Double?
    /// Relative MIP gap at which branch and bound stops and calls the incumbent optimal.
    public var mipGap: Double
    /// Whether a MIP solver may add cutting planes.
    public var cuts: Bool
    /// Whether the solver scales the model before solving.
    public var scaling: Bool
    /// Whether the solver's own log is echoed to standard error while it runs (it is captured either way).
    public var verbose: Bool
    /// A basis from an earlier solve of a model with the same rows and columns.
    public var warmStart: Basis?

    public init(
        method: SimplexMethod = .primal, presolve: Bool = true, timeLimitSeconds: Double? = nil,
        mipGap: Double = 1e-4, cuts: Bool = true, scaling: Bool = true, verbose: Bool = false,
        warmStart: Basis? = nil
    ) {
        self.method = method
        self.presolve = presolve
        self.timeLimitSeconds = timeLimitSeconds
        self.mipGap = mipGap
        self.cuts = cuts
        self.scaling = scaling
        self.verbose = verbose
        self.warmStart = warmStart
    }

    /// What is wrong with these parameters, or nil.
    public var problem: String? {
        if let t = timeLimitSeconds, !(t.isFinite && t >= 0) { return "time limit must be a non-negative number of seconds, not \(t)" }
        if !(mipGap.isFinite && mipGap >= 0) { return "MIP gap must be a non-negative number, not \(mipGap)" }
        return nil
    }
}
