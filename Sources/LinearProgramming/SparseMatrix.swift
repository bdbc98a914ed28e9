/// A column-major (compressed sparse column) matrix with 0-based indices.
///
/// Column `j` holds entries `columnStart[j] ..< columnStart[j + 1]` of `rowIndices` and `values`,
/// with row indices strictly increasing inside a column: no duplicates, no explicit zeros.
public struct SparseMatrix: Sendable, Equatable {
    /// Rows (m).
    public let rowCount: Int
    /// Columns (n).
    public let columnCount: Int
    /// n + 1 offsets into `rowIndices` and `values`, non-decreasing, from 0 to the non-zero count.
    public let columnStart: [Int]
    /// The row of each stored entry, column by column.
    public let rowIndices: [Int32]
    /// The value of each stored entry, beside `rowIndices`.
    public let values: [Double]

    /// The number of stored non-zeros.
    public var nonzeroCount: Int { values.count }

    /// Row activities `A·x`.
    ///
    /// - Complexity: O(nonzeros).
    public func multiply(_ x: [Double]) -> [Double] {
        precondition(x.count == columnCount, "vector length \(x.count) does not match \(columnCount) columns")
        var result = [Double](repeating: 0, count: rowCount)
        rowIndices.withUnsafeBufferPointer { rows in
            values.withUnsafeBufferPointer { vals in
                for j in 0..<columnCount where x[j] != 0 {
                    let xj = x[j]
                    for k in columnStart[j]..<columnStart[j + 1] {
                        result[Int(rows[k])] += vals[k] * xj
                    }
                }
            }
        }
        return result
    }

    /// `Aᵀ·y`, one value per column.
    ///
    /// - Complexity: O(nonzeros).
    public func transposeMultiply(_ y: [Double]) -> [Double] {
        precondition(y.count == rowCount, "vector length \(y.count) does not match \(rowCount) rows")
        var result = [Double](repeating: 0, count: columnCount)
        for j in 0..<columnCount {
            var sum = 0.0
            for k in columnStart[j]..<columnStart[j + 1] { sum += values[k] * y[Int(rowIndices[k])] }
            result[j] = sum
        }
        return result
    }

    init(rowCount: Int, columnCount: Int, columnStart: [Int], rowIndices: [Int32], values: [Double]) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.columnStart = columnStart
        self.rowIndices = rowIndices
        self.values = values
    }
}
