import LinearProgramming

/// A small model with a known answer, worked out by hand in its `note`. Every backend must
/// reproduce it (the idea of MathOptInterface's `MOI.Test`).
public struct ConformanceCase: Sendable, CustomStringConvertible {
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
        primal: [Double]? = nil, rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil, note: String
    ) {
        self.name = name
        self.model = model
        self.termination = termination
        self.objective = objective
        self.primal = primal
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.note = note
    }

    /// Everything in `result` that differs from the known answer (empty when it conforms).
    public func mismatches(in result: SolveResult, tolerance: Double = 1e-7) -> [String] {
        var found: [String] = []
        if result.termination != termination {
            found.append("termination \(result.termination), expected \(termination)")
            return found
        }
        guard termination == .optimal else {
            if result.objectiveValue != nil { found.append("an objective value without a solution") }
            return found
        }
        if result.primalStatus != .feasiblePoint { found.append("primal status \(result.primalStatus)") }
        if let objective, let got = result.objectiveValue, !approximatelyEqual(got, objective, relative: tolerance) {
            found.append("objective \(got), expected \(objective)")
        }
        if result.objectiveValue == nil { found.append("no objective value") }
        func compare(_ label: String, _ got: [Double], _ expected: [Double]?) {
            guard let expected else { return }
            guard got.count == expected.count else {
                found.append("\(label): \(got.count) values, expected \(expected.count)"); return
            }
            for (k, (g, e)) in zip(got, expected).enumerated() where !approximatelyEqual(g, e, relative: tolerance) {
                found.append("\(label)[\(k)] = \(g), expected \(e)")
            }
        }
        compare("primal", result.primalValues, primal)
        if !isMIP {
            compare("row dual", result.rowDuals, rowDuals)
            compare("reduced cost", result.reducedCosts, reducedCosts)
        }
        if result.maxBoundViolation > 1e-9 { found.append("bound violation \(result.maxBoundViolation)") }
        return found
    }
}
