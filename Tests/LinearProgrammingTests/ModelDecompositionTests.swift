import LinearProgramming
import TestSupport
import Testing

@Suite("Model decomposition into connected blocks, and the merge of block results")
struct ModelDecompositionTests {
    /// Three blocks interleaved by index, an empty row and an empty column:
    /// block {x0, x3; r0, r2}, block {x1; r1}, block {x2, x4; r3}, loose {x5; r4}.
    static func interleaved() throws -> CompiledModel {
        var m = LinearModel(name: "interleaved")
        for j in 0..<6 { m.addVariable(lower: 0, upper: 10, objective: Double(j + 1), name: "x\(j)") }
        m.addRow([(0, 1), (3, 2)], lower: 1, upper: 5, name: "r0")
        m.addRow([(1, 1)], lower: 2, upper: 3, name: "r1")
        m.addRow([(3, 1)], upper: 4, name: "r2")
        m.addRow([(2, 1), (4, -1)], lower: 0, upper: 0, name: "r3")
        m.addRow(lower: -1, upper: 1, name: "r4")
        return try m.compiled()
    }

    @Test func blocksAreTheConnectedComponentsInOrderOfFirstColumn() throws {
        let d = ModelDecomposition(try Self.interleaved())
        #expect(d.blocks.map(\.columns) == [[0, 3], [1], [2, 4], [5]])
        #expect(d.blocks.map(\.rows) == [[0, 2], [1], [3], [4]])
        #expect(d.blocks.map(\.nonzeroCount) == [3, 1, 2, 0])
        #expect(!d.isTrivial)
        // Sizes 3+2+2 = 7, 1+1+1 = 3, 2+1+2 = 5, 0+1+1 = 2.
        #expect(d.largestFirst == [0, 2, 1, 3])
        #expect(d.largest == d.blocks[0])
    }

    @Test func theObjectiveJoinsNothing() throws {
        var m = LinearModel()
        let x = m.addVariable(objective: 1), y = m.addVariable(objective: 1)
        m.addRow([(x, 1)], lower: 1)
        m.addRow([(y, 1)], lower: 1)
        #expect(ModelDecomposition(try m.compiled()).blocks.count == 2)
        m.addRow([(x, 1), (y, 1)], upper: 5)
        #expect(ModelDecomposition(try m.compiled()).blocks.count == 1)
    }

    @Test func aModelWithoutRowsOrColumnsHasNoBlocks() throws {
        let d = ModelDecomposition(try LinearModel().compiled())
        #expect(d.blocks.isEmpty && d.isTrivial && d.largest == nil)
    }

    @Test func aSubModelCarriesItsBlocksDataRenumbered() throws {
        let whole = try Self.interleaved()
        let block = ModelDecomposition(whole).blocks[0]
        let sub = whole.subModel(block)
        #expect(sub.rowCount == 2 && sub.columnCount == 2 && sub.nonzeroCount == 3)
        #expect(sub.model.columnNames == ["x0", "x3"] && sub.model.rowNames == ["r0", "r2"])
        #expect(sub.model.objective == [1, 4] && sub.model.rowLower == [1, -.infinity] && sub.model.rowUpper == [5, 4])
        #expect(sub.model.objectiveConstant == 0)
        // A·x restricted to the block equals the sub-model's A·x.
        let x = [2.0, 7, 1, 3, 5, 9]
        let activities = whole.matrix.multiply(x)
        #expect(sub.matrix.multiply([2, 3]) == [activities[0], activities[2]])
        // The sub-model is what compiling its own triplets gives.
        #expect(try sub.model.compiled().matrix == sub.matrix)
    }

    @Test func blockDataComparesOnlyTheBlocksData() throws {
        let a = try Self.interleaved()
        var changed = a.model
        changed.setObjective(column: 1, to: 99)
        let b = try changed.compiled()
        let blocks = ModelDecomposition(a).blocks
        #expect(blocks.map { a.blockData($0, equalsIn: b) } == [true, false, true, true])
        #expect(blocks.map { a.blockBounds($0, equalIn: b) } == [true, true, true, true])
        changed.setRowBounds(3, lower: 0, upper: 1)
        let c = try changed.compiled()
        #expect(blocks.map { a.blockBounds($0, equalIn: c) } == [true, true, false, true])
    }

    /// Random models: every row and column is in exactly one block, no nonzero leaves its
    /// block, and sub-models' nonzeros add up to the whole.
    @Test(arguments: 1...100)
    func blocksPartitionTheModel(_ seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        var m = LinearModel()
        let n = Int.random(in: 0...30, using: &rng), rows = Int.random(in: 0...20, using: &rng)
        for _ in 0..<n { m.addVariable() }
        for _ in 0..<rows {
            let r = m.addRow(upper: 1)
            if n > 0 {
                for _ in 0..<Int.random(in: 0...2, using: &rng) {
                    m.addCoefficient(row: r, column: Int.random(in: 0..<n, using: &rng), value: 1)
                }
            }
        }
        let compiled = try m.compiled()
        let d = ModelDecomposition(compiled)
        #expect(d.blocks.flatMap(\.columns).sorted() == Array(0..<n))
        #expect(d.blocks.flatMap(\.rows).sorted() == Array(0..<rows))
        #expect(d.blocks.reduce(0) { $0 + $1.nonzeroCount } == compiled.nonzeroCount)
        for block in d.blocks {
            let rowSet = Set(block.rows)
            for j in block.columns {
                for k in compiled.matrix.columnStart[j]..<compiled.matrix.columnStart[j + 1] {
                    #expect(rowSet.contains(Int(compiled.matrix.rowIndices[k])))
                }
            }
            #expect(compiled.subModel(block).nonzeroCount == block.nonzeroCount)
        }
    }

    // MARK: Merge

    static func result(_ t: TerminationStatus, objective: Double? = nil, x: [Double] = [], duals: ([Double], [Double])? = nil) -> SolveResult {
        SolveResult(termination: t, primalStatus: objective == nil ? .noSolution : .feasiblePoint,
                    dualStatus: duals == nil ? .noSolution : .feasiblePoint, objectiveValue: objective, primalValues: x,
                    rowDuals: duals?.0 ?? [], reducedCosts: duals?.1 ?? [], iterations: 2)
    }

    @Test func mergePlacesEveryBlocksValuesAndAddsTheConstantOnce() throws {
        var m = try Self.interleaved().model
        m.objectiveConstant = 100
        let whole = try m.compiled()
        let d = ModelDecomposition(whole)
        let merged = BlockMerge.merge(whole, d, results: [
            Self.result(.optimal, objective: 13, x: [1, 3], duals: ([0.5, 0], [0.5, 3])),
            Self.result(.optimal, objective: 4, x: [2], duals: ([2], [0])),
            Self.result(.optimal, objective: 3, x: [1, 1], duals: ([3], [0, 0])),
            Self.result(.optimal, objective: 0, x: [0], duals: ([0], [6])),
        ], seconds: 1)
        #expect(merged.termination == .optimal && merged.primalStatus == .feasiblePoint && merged.dualStatus == .feasiblePoint)
        #expect(merged.objectiveValue == 120)
        #expect(merged.primalValues == [1, 2, 1, 3, 1, 0])
        #expect(merged.rowDuals == [0.5, 2, 0, 3, 0])
        #expect(merged.reducedCosts == [0.5, 0, 0, 3, 0, 6])
        #expect(merged.rowActivities == whole.matrix.multiply(merged.primalValues))
        #expect(merged.iterations == 8 && merged.notes.isEmpty)
    }

    /// Which block status decides the whole model's, for every pair.
    @Test(arguments: [
        ([TerminationStatus.optimal, .optimal], TerminationStatus.optimal),
        ([.optimal, .infeasible], .infeasible),
        ([.unbounded, .infeasible], .infeasible),
        ([.optimal, .unbounded], .unbounded),
        ([.unbounded, .timeLimit], .timeLimit),
        ([.timeLimit, .infeasible], .infeasible),
        ([.numericalError, .unbounded], .numericalError),
        ([.infeasibleOrUnbounded, .unbounded], .infeasibleOrUnbounded),
        ([.iterationLimit, .timeLimit], .timeLimit),
    ])
    func theWorstBlockDecidesAndIsNamed(_ statuses: [TerminationStatus], _ expected: TerminationStatus) throws {
        var m = LinearModel()
        let x = m.addVariable(name: "x"), y = m.addVariable(name: "y")
        m.addRow([(x, 1)], upper: 1, name: "first")
        m.addRow([(y, 1)], upper: 1, name: "second")
        let whole = try m.compiled()
        let d = ModelDecomposition(whole)
        let results = statuses.map { Self.result($0, objective: $0 == .optimal ? 0 : nil, x: $0 == .optimal ? [0] : []) }
        let merged = BlockMerge.merge(whole, d, results: results, seconds: 0)
        #expect(merged.termination == expected)
        if expected == .optimal {
            #expect(merged.objectiveValue == 0 && merged.notes.isEmpty)
        } else {
            #expect(merged.objectiveValue == nil && merged.primalStatus == .noSolution && merged.primalValues.isEmpty)
            let culprit = statuses.firstIndex(of: expected)! == 0 ? "first row first" : "first row second"
            #expect(merged.notes.first?.contains(culprit) == true, "\(merged.notes)")
        }
    }
}
