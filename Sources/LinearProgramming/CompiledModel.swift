/// A validated model with its coefficients in a column-major sparse matrix: the only form a
/// ``LinearSolver`` accepts, so no solver can be handed a model that failed validation.
public struct CompiledModel: Sendable {
    /// The model as built (its triplets are not used once compiled).
    public let model: LinearModel
    /// The constraint matrix, duplicates resolved and zeros dropped.
    public let matrix: SparseMatrix

    /// Rows (m): the length of every per-row array of a ``SolveResult``.
    public var rowCount: Int { model.rowCount }
    /// Columns (n): the length of every per-column array of a ``SolveResult``.
    public var columnCount: Int { model.columnCount }
    /// Stored non-zeros of the matrix.
    public var nonzeroCount: Int { matrix.nonzeroCount }
    /// Columns that must take integer values.
    public var integerColumnCount: Int { model.integerColumnCount }
    /// Whether any column is integer (the model is a MIP).
    public var isMixedInteger: Bool { model.isInteger.contains(true) }

    /// The objective value of `x`, constant included.
    public func objectiveValue(of x: [Double]) -> Double {
        var sum = model.objectiveConstant
        for j in 0..<min(x.count, columnCount) { sum += model.objective[j] * x[j] }
        return sum
    }
}

extension LinearModel {
    /// Validates the model and compiles its triplets into a column-major sparse matrix.
    ///
    /// Duplicate (row, column) entries are summed or rejected by `duplicates`; entries that are
    /// zero after summing are dropped.
    ///
    /// - Throws: ``ModelValidationError`` listing every issue found.
    /// - Complexity: O(columns + rows + entries), by a counting sort on columns and an insertion
    ///   sort inside each (short) column.
    public func compiled(duplicates: DuplicatePolicy = .sum) throws(ModelValidationError) -> CompiledModel {
        let (issues, total) = ModelValidator.issues(in: self)
        guard issues.isEmpty else { throw ModelValidationError(issues: issues, totalCount: total) }

        let n = columnCount, ne = entryCount
        var start = [Int](repeating: 0, count: n + 1)
        for j in entryColumns { start[j + 1] += 1 }
        for j in 0..<n { start[j + 1] += start[j] }
        var next = start
        var rows = [Int32](repeating: 0, count: ne)
        var vals = [Double](repeating: 0, count: ne)
        for k in 0..<ne {
            let j = entryColumns[k]
            rows[next[j]] = Int32(entryRows[k])
            vals[next[j]] = entryValues[k]
            next[j] += 1
        }
        // Sort each column by row, then merge duplicates and drop zeros in place.
        var duplicateIssues: [ModelIssue] = []
        var duplicateTotal = 0
        var outStart = [Int](repeating: 0, count: n + 1)
        var out = 0
        for j in 0..<n {
            let lo = start[j], hi = start[j + 1]
            Self.sortByRow(&rows, &vals, lo..<hi)
            outStart[j] = out
            var k = lo
            while k < hi {
                let r = rows[k]
                var v = vals[k]
                var m = k + 1
                while m < hi && rows[m] == r {
                    duplicateTotal += 1
                    if duplicates == .reject, duplicateIssues.count < ModelValidator.issueLimit {
                        duplicateIssues.append(ModelIssue(.entry(row: Int(r), column: j), "duplicate coefficient"))
                    }
                    v += vals[m]; m += 1
                }
                if v != 0 {
                    rows[out] = r; vals[out] = v; out += 1
                }
                k = m
            }
        }
        outStart[n] = out
        if duplicates == .reject && duplicateTotal > 0 {
            throw ModelValidationError(issues: duplicateIssues, totalCount: duplicateTotal)
        }
        if !vals[0..<out].allSatisfy(\.isFinite) {
            throw ModelValidationError(
                issues: [ModelIssue(.model, "a sum of duplicate coefficients overflows to infinity")], totalCount: 1)
        }
        rows.removeSubrange(out...)
        vals.removeSubrange(out...)
        let matrix = SparseMatrix(rowCount: rowCount, columnCount: n, columnStart: outStart, rowIndices: rows, values: vals)
        return CompiledModel(model: self, matrix: matrix)
    }

    /// Sorts the entries `range` of one column by row, values along (insertion sort: columns
    /// are short, and the sort is stable, so duplicates keep their order of addition).
    private static func sortByRow(_ rows: inout [Int32], _ vals: inout [Double], _ range: Range<Int>) {
        guard range.count > 1 else { return }
        var k = range.lowerBound + 1
        while k < range.upperBound {
            let r = rows[k], v = vals[k]
            var m = k - 1
            while m >= range.lowerBound && rows[m] > r {
                rows[m + 1] = rows[m]; vals[m + 1] = vals[m]; m -= 1
            }
            rows[m + 1] = r; vals[m + 1] = v
            k += 1
        }
    }
}
