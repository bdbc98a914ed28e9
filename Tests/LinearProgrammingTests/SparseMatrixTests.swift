import LinearProgramming
import TestSupport
import Testing

@Suite("Compiling triplets into a column-major matrix")
struct SparseMatrixTests {
    /// Triplets added in any order compile to sorted columns, and A·x and Aᵀ·y agree with a
    /// dense computation.
    @Test(arguments: 1...50)
    func compiledMatrixMatchesDenseArithmetic(_ seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed))
        let rows = Int.random(in: 1...8, using: &rng), columns = Int.random(in: 1...8, using: &rng)
        var dense = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
        var model = LinearModel()
        for _ in 0..<columns { model.addVariable() }
        for _ in 0..<rows { model.addRow() }
        for _ in 0..<Int.random(in: 0...30, using: &rng) {
            let i = Int.random(in: 0..<rows, using: &rng), j = Int.random(in: 0..<columns, using: &rng)
            let v = Double(Int.random(in: -4...4, using: &rng))
            model.addCoefficient(row: i, column: j, value: v)
            dense[i][j] += v
        }
        let matrix = try model.compiled().matrix
        for j in 0..<columns {
            let range = matrix.columnStart[j]..<matrix.columnStart[j + 1]
            let rowsInColumn = matrix.rowIndices[range].map(Int.init)
            #expect(rowsInColumn == rowsInColumn.sorted() && Set(rowsInColumn).count == rowsInColumn.count)
            #expect(!matrix.values[range].contains(0))
        }
        let x = (0..<columns).map { _ in Double(Int.random(in: -3...3, using: &rng)) }
        let y = (0..<rows).map { _ in Double(Int.random(in: -3...3, using: &rng)) }
        #expect(matrix.multiply(x) == dense.map { row in zip(row, x).map(*).reduce(0, +) })
        #expect(matrix.transposeMultiply(y) == (0..<columns).map { j in (0..<rows).map { dense[$0][j] * y[$0] }.reduce(0, +) })
    }

    @Test func residualCheckMeasuresTheWorstViolation() throws {
        var model = LinearModel()
        let x = model.addVariable(lower: 0, upper: 4, isInteger: true), y = model.addVariable(lower: 0, upper: 4)
        model.addRow([(x, 1), (y, 1)], lower: 2, upper: 3)
        let compiled = try model.compiled()
        let inside = ResidualCheck(model: compiled, primalValues: [1, 1.5])
        #expect(inside.maxBoundViolation == 0)
        #expect(inside.rowActivities == [2.5])
        let outside = ResidualCheck(model: compiled, primalValues: [2.25, 4.5])
        #expect(outside.maxBoundViolation == 3.75)  // row 6.75 > 3
        #expect(outside.maxIntegralityViolation == 0.25)
    }

    @Test(arguments: [
        (-Double.infinity, Double.infinity, BoundKind.free), (0, .infinity, .lower), (-.infinity, 0, .upper),
        (0, 1, .double), (2, 2, .fixed),
    ])
    func boundKinds(_ lower: Double, _ upper: Double, _ kind: BoundKind) {
        #expect(BoundKind(lower: lower, upper: upper) == kind)
    }
}
