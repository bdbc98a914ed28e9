/// Why the solver stopped. Kept apart from whether it has a solution (``ResultStatus``), as in
/// MathOptInterface: a time limit may stop a MIP with or without an incumbent.
public enum TerminationStatus: String, Sendable, Hashable, Codable {
    /// Proven optimal (for a MIP: within the requested relative gap).
    case optimal
    /// Proven to have no feasible point.
    case infeasible
    /// Proven to have a feasible ray of improving objective.
    case unbounded
    /// The solver knows one of the two but not which (e.g. a MIP whose relaxation is unbounded).
    case infeasibleOrUnbounded
    case timeLimit
    case iterationLimit
    /// The solver gave up on numerical grounds (singular or ill-conditioned basis).
    case numericalError
    /// Anything else the solver reported.
    case otherError
}

/// Whether a result holds a point of the kind asked for.
public enum ResultStatus: String, Sendable, Hashable, Codable {
    /// A point satisfying the constraints (within tolerances).
    case feasiblePoint
    /// A point is available but it violates some constraint.
    case infeasiblePoint
    case noSolution
}

/// The one-word status written in result files and printed by the command line (docs/SPEC.md §7).
public enum ReportedStatus: String, Sendable, Hashable, Codable {
    case optimal, feasible, timeLimit = "time_limit", infeasible, unbounded, error
    /// A MIP not solved because the scenario asked not to.
    case notSolved = "not_solved"
}
