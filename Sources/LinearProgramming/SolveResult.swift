/// What a solve produced: why it stopped, whether it has a solution, and the solution.
public struct SolveResult: Sendable {
    /// Why the solver stopped (optimal, infeasible, time limit, …).
    public var termination: TerminationStatus
    /// Whether `primalValues` holds a point, and whether it is feasible.
    public var primalStatus: ResultStatus
    /// Whether `rowDuals` and `reducedCosts` hold a dual point, and whether it is feasible.
    public var dualStatus: ResultStatus
    /// Objective value of the primal point, constant included; nil without a point.
    public var objectiveValue: Double?
    /// For a MIP stopped early: the relative gap between incumbent and bound when it stopped.
    public var relativeGap: Double?
    /// One value per column; empty without a point.
    public var primalValues: [Double]
    /// `A·x` recomputed in Swift from the model (not the solver's own figure); empty without a point.
    public var rowActivities: [Double]
    /// One per row: d(objective)/d(row bound), the shadow price; empty when there are no duals (MIP, or no dual point).
    public var rowDuals: [Double]
    /// One per column: c − Aᵀy; empty when there are no duals.
    public var reducedCosts: [Double]
    /// The final simplex basis, for a warm start; nil when the solver has none (MIP, presolve failure).
    public var basis: Basis?
    /// Simplex iterations, over every phase.
    public var iterations: Int
    /// Wall time of the solve in seconds.
    public var seconds: Double
    /// The largest violation of a row or column bound by the returned point, recomputed in Swift.
    public var maxBoundViolation: Double
    /// The largest distance of an integer column from the nearest integer.
    public var maxIntegralityViolation: Double
    /// What the solver printed, captured.
    public var log: String
    /// A note on anything the backend did on its own (a rejected warm start, a re-solve to classify).
    public var notes: [String]
    /// How the model was split and solved, when a ``DecomposingSolver`` solved it.
    public var decomposition: DecompositionSummary?

    /// A result; the arrays are empty and the figures 0 unless given (shapes as the properties say).
    public init(
        termination: TerminationStatus, primalStatus: ResultStatus, dualStatus: ResultStatus,
        objectiveValue: Double? = nil, relativeGap: Double? = nil, primalValues: [Double] = [],
        rowActivities: [Double] = [], rowDuals: [Double] = [], reducedCosts: [Double] = [],
        basis: Basis? = nil, iterations: Int = 0, seconds: Double = 0, maxBoundViolation: Double = 0,
        maxIntegralityViolation: Double = 0, log: String = "", notes: [String] = []
    ) {
        self.termination = termination
        self.primalStatus = primalStatus
        self.dualStatus = dualStatus
        self.objectiveValue = objectiveValue
        self.relativeGap = relativeGap
        self.primalValues = primalValues
        self.rowActivities = rowActivities
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.basis = basis
        self.iterations = iterations
        self.seconds = seconds
        self.maxBoundViolation = maxBoundViolation
        self.maxIntegralityViolation = maxIntegralityViolation
        self.log = log
        self.notes = notes
    }

    /// Whether a primal point is available (feasible or not).
    public var hasSolution: Bool { primalStatus != .noSolution }

    /// The status as result files spell it (docs/SPEC.md §7).
    public var reportedStatus: ReportedStatus {
        switch termination {
        case .optimal: return .optimal
        case .infeasible: return .infeasible
        case .unbounded, .infeasibleOrUnbounded: return .unbounded
        case .timeLimit: return .timeLimit
        case .iterationLimit, .numericalError, .otherError:
            return primalStatus == .feasiblePoint ? .feasible : .error
        }
    }
}
