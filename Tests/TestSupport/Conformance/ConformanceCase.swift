import LinearProgramming

/// A small model with a known answer, worked out by hand in its `note`. Every backend must
/// reproduce it (the idea of MathOptInterface's `MOI.Test`).
public struct ConformanceCase: Sendable, CustomStringConvertible {
    /// A short name, unique in the suite (`include`/`exclude` match on it).
    public let name: String
    public let model: LinearModel
    public let termination: TerminationStatus
    public let objective: Double?
    /// Expected primal values by column index; nil where the optimum is not unique.
    public let primal: [Double]?
    /// Expected row duals (d objective / d row bound); nil where not checked.
    public let rowDuals: [Double]?
    /// Expected reduced costs; nil where not checked.
    public let reducedCosts: [Double]?
    /// The hand computation.
    public let note: String

    public var description: String { name }
    public var isMIP: Bool { model.isInteger.contains(true) }

    public init(
        _ name: String, _ model: LinearModel, termination: TerminationStatus = .optimal, objective: Double? = nil,
        primal: [Double]? = nil, rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil, timeLimitSeconds: Double? = nil,
        note: String
    ) {
        self.timeLimitSeconds = timeLimitSeconds
        self.name = name
        self.model = model
        self.termination = termination
        self.objective = objective
        self.primal = primal
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.note = note
    }

    /// The time limit this case solves under (overriding the configuration's), or nil.
    public var timeLimitSeconds: Double?

    /// The capabilities this case needs beyond plain LP solving.
    public var required: Set<ConformanceCapability> {
        var needs: Set<ConformanceCapability> = isMIP ? [.integer] : []
        if termination == .timeLimit { needs.insert(.timeLimit) }
        return needs
    }

    /// Whether this case compares duals (an optimal LP).
    public var checksDuals: Bool { !isMIP && termination == .optimal }
}
