import LinearProgramming

/// Checks of an optimal LP's duals made in Swift from the model, independently of the solver.
public enum DualCertificate {
    public static func violations(_ compiled: CompiledModel, _ result: SolveResult, tolerance: Double = 1e-6) -> [String] {
        let model = compiled.model
        let sign: Double = model.sense == .minimize ? 1 : -1
        var found: [String] = []
        let aty = compiled.matrix.transposeMultiply(result.rowDuals)
        let scale = max(1, model.objective.map(abs).max() ?? 1, result.rowDuals.map(abs).max() ?? 1)
        for j in 0..<compiled.columnCount {
            let d = result.reducedCosts[j]
            if abs(d - (model.objective[j] - aty[j])) > tolerance * scale {
                found.append("d[\(j)] = \(d) but c − Aᵀy = \(model.objective[j] - aty[j])")
            }
            found += slack(d * sign, value: result.primalValues[j], lower: model.columnLower[j],
                           upper: model.columnUpper[j], what: "column \(j)", tolerance: tolerance * scale)
        }
        for i in 0..<compiled.rowCount {
            found += slack(result.rowDuals[i] * sign, value: result.rowActivities[i], lower: model.rowLower[i],
                           upper: model.rowUpper[i], what: "row \(i)", tolerance: tolerance * scale)
        }
        return found
    }

    /// For a minimisation: a positive multiplier needs the lower bound active, a negative one the upper.
    private static func slack(_ multiplier: Double, value: Double, lower: Double, upper: Double, what: String,
                              tolerance: Double) -> [String] {
        let near = 1e-6 * max(1, abs(value))
        if multiplier > tolerance && !(lower.isFinite && abs(value - lower) <= near) {
            return ["\(what): multiplier \(multiplier) > 0 but value \(value) is not at its lower bound \(lower)"]
        }
        if multiplier < -tolerance && !(upper.isFinite && abs(value - upper) <= near) {
            return ["\(what): multiplier \(multiplier) < 0 but value \(value) is not at its upper bound \(upper)"]
        }
        return []
    }
}
