/// One thing wrong with a model, found before any solver sees it.
public struct ModelIssue: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is: a column, a row, a coefficient or the model as a whole.
    public enum Location: Sendable, Hashable {
        case model
        case column(Int, name: String)
        case row(Int, name: String)
        case entry(row: Int, column: Int)
    }
    public let location: Location
    public let message: String

    public init(_ location: Location, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String {
        switch location {
        case .model: return message
        case let .column(j, name): return "column \(j)\(name.isEmpty ? "" : " (\(name))"): \(message)"
        case let .row(i, name): return "row \(i)\(name.isEmpty ? "" : " (\(name))"): \(message)"
        case let .entry(i, j): return "coefficient at row \(i), column \(j): \(message)"
        }
    }
}

/// The error thrown when a model fails validation; it lists every issue found (up to a limit).
public struct ModelValidationError: Error, Sendable, CustomStringConvertible {
    public let issues: [ModelIssue]
    /// How many issues there were in all; `issues` keeps the first ``ModelValidator/issueLimit``.
    public let totalCount: Int

    public var description: String {
        var text = "invalid model: " + issues.map(\.description).joined(separator: "; ")
        if totalCount > issues.count { text += "; and \(totalCount - issues.count) more" }
        return text
    }
}

/// How to treat two coefficients at the same (row, column).
public enum DuplicatePolicy: Sendable {
    /// Add them up (what a modeller who writes `x + x` means).
    case sum
    /// Report them as a model issue.
    case reject
}

/// Checks a model for everything a solver would choke on: indices out of range, NaN or infinite
/// coefficients, bounds that are NaN or inverted, infinite costs, and names a solver cannot store.
public enum ModelValidator {
    /// How many issues an error keeps; a broken generator can produce millions.
    public static let issueLimit = 50
    /// The longest name, in UTF-8 bytes, that solvers and MPS writers accept (GLPK's limit).
    public static let maxNameLength = 255

    /// Every issue of `model`, except duplicates (which need sorting; ``LinearModel/compiled(duplicates:)`` finds them).
    ///
    /// - Complexity: O(columns + rows + entries).
    public static func issues(in model: LinearModel) -> (issues: [ModelIssue], total: Int) {
        var found: [ModelIssue] = []
        var total = 0
        func report(_ issue: @autoclosure () -> ModelIssue) {
            total += 1
            if found.count < issueLimit { found.append(issue()) }
        }
        for message in model.pendingIndexErrors { report(ModelIssue(.model, message)) }
        if !model.objectiveConstant.isFinite { report(ModelIssue(.model, "objective constant is \(model.objectiveConstant)")) }
        if model.name.utf8.count > maxNameLength { report(ModelIssue(.model, "model name is longer than \(maxNameLength) bytes")) }
        if model.columnCount >= Int(Int32.max) || model.rowCount >= Int(Int32.max) || model.entryCount >= Int(Int32.max) {
            report(ModelIssue(.model, "model is too large: more than \(Int32.max - 1) rows, columns or coefficients"))
        }
        for j in 0..<model.columnCount {
            let name = model.columnNames[j]
            if let problem = boundProblem(model.columnLower[j], model.columnUpper[j]) {
                report(ModelIssue(.column(j, name: name), problem))
            }
            if !model.objective[j].isFinite {
                report(ModelIssue(.column(j, name: name), "objective coefficient is \(model.objective[j])"))
            }
            if name.utf8.count > maxNameLength || name.utf8.contains(0) {
                report(ModelIssue(.column(j, name: String(name.prefix(40))), "name is longer than \(maxNameLength) bytes or holds a NUL"))
            }
        }
        for i in 0..<model.rowCount {
            let name = model.rowNames[i]
            if let problem = boundProblem(model.rowLower[i], model.rowUpper[i]) {
                report(ModelIssue(.row(i, name: name), problem))
            }
            if name.utf8.count > maxNameLength || name.utf8.contains(0) {
                report(ModelIssue(.row(i, name: String(name.prefix(40))), "name is longer than \(maxNameLength) bytes or holds a NUL"))
            }
        }
        for k in 0..<model.entryCount {
            let i = model.entryRows[k], j = model.entryColumns[k], v = model.entryValues[k]
            if !(0..<model.rowCount).contains(i) {
                report(ModelIssue(.entry(row: i, column: j), "row index out of range 0..<\(model.rowCount)"))
            } else if !(0..<model.columnCount).contains(j) {
                report(ModelIssue(.entry(row: i, column: j), "column index out of range 0..<\(model.columnCount)"))
            } else if !v.isFinite {
                report(ModelIssue(.entry(row: i, column: j), "value is \(v)"))
            }
        }
        return (found, total)
    }

    /// What is wrong with a pair of bounds, or nil when they are usable.
    static func boundProblem(_ lower: Double, _ upper: Double) -> String? {
        if lower.isNaN || upper.isNaN { return "bound is NaN (lower \(lower), upper \(upper))" }
        if lower == .infinity { return "lower bound is +infinity" }
        if upper == -.infinity { return "upper bound is -infinity" }
        if lower > upper { return "inverted bounds: lower \(lower) > upper \(upper)" }
        return nil
    }
}
