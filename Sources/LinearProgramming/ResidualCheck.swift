/// Recomputes a solution's row activities from the model, independently of the solver, and
/// measures how far the point is from satisfying every bound.
public struct ResidualCheck: Sendable {
    /// `A·x` from the compiled matrix.
    public let rowActivities: [Double]
    /// The largest amount by which a row activity or a variable leaves its bounds.
    public let maxBoundViolation: Double
    /// The largest distance of an integer variable from the nearest integer.
    public let maxIntegralityViolation: Double

    /// Checks the point `primalValues` (one value per column of `model`, in column order)
    /// against `model`'s row and column bounds and integrality.
    ///
    /// - Complexity: O(rows + columns + nonzeros).
    public init(model: CompiledModel, primalValues x: [Double]) {
        let activities = model.matrix.multiply(x)
        var worst = 0.0
        let m = model.model
        for i in 0..<model.rowCount {
            worst = max(worst, m.rowLower[i] - activities[i], activities[i] - m.rowUpper[i])
        }
        var integrality = 0.0
        for j in 0..<model.columnCount {
            worst = max(worst, m.columnLower[j] - x[j], x[j] - m.columnUpper[j])
            if m.isInteger[j] { integrality = max(integrality, abs(x[j] - x[j].rounded())) }
        }
        rowActivities = activities
        maxBoundViolation = worst
        maxIntegralityViolation = integrality
    }
}
