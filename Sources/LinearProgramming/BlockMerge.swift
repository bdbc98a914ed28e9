/// How a decomposed solve went: for `run.json` and for sweeps that re-solve only changed blocks.
public struct DecompositionSummary: Sendable, Hashable {
    /// The number of independent blocks.
    public var blocks: Int
    /// Rows of the largest block.
    public var largestRows: Int
    /// Columns of the largest block.
    public var largestColumns: Int
    /// Non-zeros of the largest block.
    public var largestNonzeros: Int
    /// Blocks handed to the backend (the others were reused from an earlier solve).
    public var solvedBlocks: Int
    /// Blocks whose data equalled an earlier solve's, whose solution was reused without solving.
    public var reusedBlocks: Int
    /// Blocks solved from their own basis of an earlier solve.
    public var warmStartedBlocks: Int
    /// The blocks' solve seconds summed (the work), against ``SolveResult/seconds`` (the wall time).
    public var summedSeconds: Double
    /// The threads the blocks were solved on.
    public var threads: Int

    /// A summary with every figure given (counts, and seconds for `summedSeconds`).
    public init(blocks: Int, largestRows: Int, largestColumns: Int, largestNonzeros: Int, solvedBlocks: Int,
                reusedBlocks: Int, warmStartedBlocks: Int, summedSeconds: Double, threads: Int) {
        self.blocks = blocks
        self.largestRows = largestRows
        self.largestColumns = largestColumns
        self.largestNonzeros = largestNonzeros
        self.solvedBlocks = solvedBlocks
        self.reusedBlocks = reusedBlocks
        self.warmStartedBlocks = warmStartedBlocks
        self.summedSeconds = summedSeconds
        self.threads = threads
    }
}

/// Joins the results of a model's blocks into one result for the whole model.
public enum BlockMerge {
    /// How strongly a block's termination decides the whole model's: the highest wins.
    ///
    /// One infeasible block makes the whole model infeasible, whatever the others say. A solver
    /// failure in another block leaves the whole undecided. An unbounded block makes the whole
    /// unbounded only if every other block has a feasible point, so a stopped block outranks it.
    static func rank(_ status: TerminationStatus) -> Int {
        switch status {
        case .optimal: return 0
        case .unbounded: return 1
        case .infeasibleOrUnbounded: return 2
        case .iterationLimit: return 3
        case .timeLimit: return 4
        case .numericalError: return 5
        case .otherError: return 6
        case .infeasible: return 7
        }
    }

    /// A short name of block `index` for notes: its number, size and first row or column name.
    public static func name(of index: Int, in decomposition: ModelDecomposition, model: CompiledModel) -> String {
        let block = decomposition.blocks[index]
        var text = "block \(index + 1) of \(decomposition.blocks.count) (\(block.rows.count) rows, \(block.columns.count) columns"
        if let i = block.rows.first, !model.model.rowNames[i].isEmpty {
            text += ", first row \(model.model.rowNames[i])"
        } else if let j = block.columns.first, !model.model.columnNames[j].isEmpty {
            text += ", first column \(model.model.columnNames[j])"
        }
        return text + ")"
    }

    /// The whole model's result from one result per block (in block order).
    ///
    /// Termination: optimal only if every block is; otherwise the block status of highest
    /// ``rank(_:)``, with a note naming the block. A primal point (and the objective, block
    /// objectives summed plus the model's constant once) exists only when every block has one;
    /// duals and reduced costs only when every block has them; the basis only when every block
    /// has one. Row activities and bound violations are recomputed on the whole model.
    ///
    /// - Parameters:
    ///   - objectives: each block's objective value (nil without a point), as solved or as reused.
    ///   - seconds: the wall time of the whole decomposed solve.
    public static func merge(_ model: CompiledModel, _ decomposition: ModelDecomposition, results: [SolveResult],
                             seconds: Double) -> SolveResult {
        precondition(results.count == decomposition.blocks.count, "one result per block")
        let blocks = decomposition.blocks
        var worst = 0
        for k in results.indices where rank(results[k].termination) > rank(results[worst].termination) { worst = k }
        let termination = results.isEmpty ? TerminationStatus.optimal : results[worst].termination

        var notes: [String] = []
        if termination != .optimal {
            notes.append("\(name(of: worst, in: decomposition, model: model)) is \(termination.rawValue); the whole model is therefore \(termination.rawValue)")
        }
        for (k, r) in results.enumerated() {
            for note in r.notes { notes.append("\(name(of: k, in: decomposition, model: model)): \(note)") }
        }

        let allPrimal = results.indices.allSatisfy {
            results[$0].primalStatus != .noSolution && results[$0].objectiveValue != nil
                && results[$0].primalValues.count == blocks[$0].columns.count
        }
        let primalStatus: ResultStatus = !allPrimal ? .noSolution
            : results.allSatisfy { $0.primalStatus == .feasiblePoint } ? .feasiblePoint : .infeasiblePoint
        let allDual = results.indices.allSatisfy {
            results[$0].dualStatus == .feasiblePoint && results[$0].rowDuals.count == blocks[$0].rows.count
                && results[$0].reducedCosts.count == blocks[$0].columns.count
        }
        var result = SolveResult(
            termination: termination, primalStatus: primalStatus,
            dualStatus: allDual && termination == .optimal ? .feasiblePoint : .noSolution,
            iterations: results.reduce(0) { $0 + $1.iterations }, seconds: seconds,
            log: results.map(\.log).joined(), notes: notes)
        let gaps = results.compactMap(\.relativeGap)
        if !gaps.isEmpty { result.relativeGap = gaps.max() }

        if primalStatus != .noSolution { mergePrimal(model, blocks, results, into: &result) }
        if result.dualStatus == .feasiblePoint { mergeDual(model, blocks, results, into: &result) }
        result.basis = mergedBasis(model, blocks, results)
        return result
    }

    /// The blocks' points scattered into the whole model's columns, the objective summed with
    /// the model's constant once, and the residuals recomputed on the whole model.
    private static func mergePrimal(_ model: CompiledModel, _ blocks: [ModelBlock], _ results: [SolveResult],
                                    into result: inout SolveResult) {
        var x = [Double](repeating: 0, count: model.columnCount)
        var objective = model.model.objectiveConstant
        for (k, r) in results.enumerated() {
            for (local, j) in blocks[k].columns.enumerated() { x[j] = r.primalValues[local] }
            objective += r.objectiveValue!
        }
        result.objectiveValue = objective
        result.primalValues = x
        let check = ResidualCheck(model: model, primalValues: x)
        result.rowActivities = check.rowActivities
        result.maxBoundViolation = check.maxBoundViolation
        result.maxIntegralityViolation = check.maxIntegralityViolation
    }

    /// The blocks' row duals and reduced costs scattered into the whole model's rows and columns.
    private static func mergeDual(_ model: CompiledModel, _ blocks: [ModelBlock], _ results: [SolveResult],
                                  into result: inout SolveResult) {
        var y = [Double](repeating: 0, count: model.rowCount)
        var d = [Double](repeating: 0, count: model.columnCount)
        for (k, r) in results.enumerated() {
            for (local, i) in blocks[k].rows.enumerated() { y[i] = r.rowDuals[local] }
            for (local, j) in blocks[k].columns.enumerated() { d[j] = r.reducedCosts[local] }
        }
        result.rowDuals = y
        result.reducedCosts = d
    }

    /// The blocks' bases scattered into one of the whole model, or nil unless every block has a
    /// basis of its own shape.
    private static func mergedBasis(_ model: CompiledModel, _ blocks: [ModelBlock], _ results: [SolveResult]) -> Basis? {
        let allBases = results.indices.allSatisfy { k in
            results[k].basis.map { $0.rows.count == blocks[k].rows.count && $0.columns.count == blocks[k].columns.count } ?? false
        }
        guard allBases else { return nil }
        var rows = [BasisStatus](repeating: .basic, count: model.rowCount)
        var columns = [BasisStatus](repeating: .atLower, count: model.columnCount)
        for (k, r) in results.enumerated() {
            let basis = r.basis!
            for (local, i) in blocks[k].rows.enumerated() { rows[i] = basis.rows[local] }
            for (local, j) in blocks[k].columns.enumerated() { columns[j] = basis.columns[local] }
        }
        return Basis(rows: rows, columns: columns)
    }

    /// The part of a whole-model result that belongs to `block`, for reusing it on an unchanged
    /// block: values, duals, reduced costs and basis restricted to the block, its objective
    /// recomputed from `model`'s costs, no iterations.
    ///
    /// - Precondition: `result` is optimal with a primal point, for a model of which `block` is a block.
    public static func slice(_ result: SolveResult, _ block: ModelBlock, of model: CompiledModel) -> SolveResult {
        var objective = 0.0
        for j in block.columns { objective += model.model.objective[j] * result.primalValues[j] }
        var sliced = SolveResult(
            termination: result.termination, primalStatus: result.primalStatus, dualStatus: result.dualStatus,
            objectiveValue: objective, primalValues: block.columns.map { result.primalValues[$0] })
        if !result.rowDuals.isEmpty {
            sliced.rowDuals = block.rows.map { result.rowDuals[$0] }
            sliced.reducedCosts = block.columns.map { result.reducedCosts[$0] }
        }
        sliced.basis = result.basis.map { slice($0, block) }
        return sliced
    }

    /// The part of a whole-model basis that belongs to `block`.
    public static func slice(_ basis: Basis, _ block: ModelBlock) -> Basis {
        Basis(rows: block.rows.map { basis.rows[$0] }, columns: block.columns.map { basis.columns[$0] })
    }
}
