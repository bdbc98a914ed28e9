import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("Decomposed solves: blocks solved apart and merged agree with the whole model")
struct DecomposingSolverTests {
    /// `parts` side by side in one block-diagonal model, all minimised (a maximisation enters
    /// with its objective negated), plus an objective constant.
    static func blockDiagonal(_ parts: [LinearModel], constant: Double = 0) -> LinearModel {
        var m = LinearModel(name: "diagonal", sense: .minimize, objectiveConstant: constant)
        var rowOffset = 0, columnOffset = 0
        for part in parts {
            let sign: Double = part.sense == .minimize ? 1 : -1
            for j in 0..<part.columnCount {
                m.addVariable(lower: part.columnLower[j], upper: part.columnUpper[j], objective: sign * part.objective[j],
                              isInteger: part.isInteger[j], name: part.columnNames[j])
            }
            for i in 0..<part.rowCount { m.addRow(lower: part.rowLower[i], upper: part.rowUpper[i], name: part.rowNames[i]) }
            for k in 0..<part.entryCount {
                m.addCoefficient(row: rowOffset + part.entryRows[k], column: columnOffset + part.entryColumns[k],
                                 value: part.entryValues[k])
            }
            rowOffset += part.rowCount
            columnOffset += part.columnCount
        }
        return m
    }

    /// 1–5 random LPs of `RandomLP` side by side.
    static func randomDiagonal(_ seed: UInt64) -> LinearModel {
        var rng = SeededGenerator(seed: seed)
        let count = Int.random(in: 1...5, using: &rng)
        return blockDiagonal((0..<UInt64(count)).map { RandomLP.make(seed: seed &* 31 &+ $0) }, constant: Double(seed % 7))
    }

    static let whole = GLPKSolver()
    static func decomposing(_ jobs: Int) -> DecomposingSolver<GLPKSolver> { DecomposingSolver(backend: GLPKSolver(), jobs: jobs) }

    /// The decomposed and the whole solve agree on the status and on the optimal value; the
    /// merged duals certify optimality on the whole model.
    @Test(arguments: 1...200)
    func agreesWithTheWholeModel(_ seed: UInt64) throws {
        let model = try Self.randomDiagonal(seed).compiled()
        let parameters = SolveParameters()
        let a = try Self.whole.solve(model, parameters: parameters)
        let b = try Self.decomposing(3).solve(model, parameters: parameters)
        #expect(a.reportedStatus == b.reportedStatus, "seed \(seed): whole \(a.termination), decomposed \(b.termination) \(b.notes)")
        guard a.termination == .optimal, b.termination == .optimal else { return }
        let za = try #require(a.objectiveValue), zb = try #require(b.objectiveValue)
        #expect(abs(za - zb) <= 1e-9 * max(1, abs(za)), "seed \(seed): \(za) vs \(zb)")
        #expect(b.maxBoundViolation <= 1e-9)
        #expect(b.rowActivities == model.matrix.multiply(b.primalValues))
        let violations = DualCertificate.violations(model, b)
        #expect(violations.isEmpty, "seed \(seed): \(violations.prefix(3))")
        #expect(b.basis?.fits(model) == true)
        #expect(b.decomposition?.blocks == ModelDecomposition(model).blocks.count || ModelDecomposition(model).isTrivial)
    }

    /// A model that does not split goes to the backend unchanged: exactly today's result.
    @Test(arguments: 1...150)
    func aModelOfOneBlockGivesExactlyTheWholeResult(_ seed: UInt64) throws {
        let model = try RandomLP.make(seed: seed).compiled()
        try #require(ModelDecomposition(model).isTrivial || seed > 0)
        guard ModelDecomposition(model).isTrivial else { return }
        for parameters in [SolveParameters(), SolveParameters(method: .dual, presolve: false)] {
            let a = try Self.whole.solve(model, parameters: parameters)
            let b = try Self.decomposing(2).solve(model, parameters: parameters)
            #expect(a.termination == b.termination && a.primalStatus == b.primalStatus && a.dualStatus == b.dualStatus)
            #expect(a.objectiveValue == b.objectiveValue && a.primalValues == b.primalValues)
            #expect(a.rowDuals == b.rowDuals && a.reducedCosts == b.reducedCosts && a.basis == b.basis)
            #expect(a.iterations == b.iterations && a.notes == b.notes)
        }
    }

    /// The pool's thread count never changes the answer.
    @Test(arguments: 1...40)
    func parallelAndSequentialAreIdentical(_ seed: UInt64) throws {
        let model = try Self.randomDiagonal(seed + 1000).compiled()
        let a = try Self.decomposing(1).solve(model, parameters: SolveParameters())
        let b = try Self.decomposing(4).solve(model, parameters: SolveParameters())
        #expect(a.termination == b.termination && a.objectiveValue == b.objectiveValue)
        #expect(a.primalValues == b.primalValues && a.rowDuals == b.rowDuals && a.reducedCosts == b.reducedCosts)
        #expect(a.basis == b.basis && a.iterations == b.iterations && a.notes == b.notes)
    }

    // MARK: Whole-model status from block statuses

    /// A small LP with the optimum x = 2 (cost 3 each): min 3x s.t. x ≥ 2.
    static var goodBlock: LinearModel {
        var m = LinearModel()
        let x = m.addVariable(objective: 3, name: "x")
        m.addRow([(x, 1)], lower: 2, name: "good")
        return m
    }

    @Test func anEmptyBlockIsSolvedAndMerged() throws {
        var m = Self.goodBlock
        m.addVariable(lower: -1, upper: 4, objective: -2, name: "loose")   // no row: sits at 4
        m.addRow(lower: -1, upper: 1, name: "empty")                        // no column: activity 0
        let model = try m.compiled()
        let r = try Self.decomposing(2).solve(model, parameters: SolveParameters())
        #expect(r.termination == .optimal && r.objectiveValue == 6 - 8)
        #expect(r.primalValues == [2, 4] && r.decomposition?.blocks == 2)
        #expect(DualCertificate.violations(model, r).isEmpty)
    }

    @Test func anInfeasibleBlockMakesTheWholeInfeasible() throws {
        var m = Self.goodBlock
        let y = m.addVariable(upper: 1, name: "y")
        m.addRow([(y, 1)], lower: 3, name: "impossible")
        let r = try Self.decomposing(2).solve(try m.compiled(), parameters: SolveParameters())
        #expect(r.termination == .infeasible && r.reportedStatus == .infeasible && r.objectiveValue == nil)
        #expect(r.notes.contains { $0.contains("impossible") && $0.contains("infeasible") }, "\(r.notes)")
    }

    @Test func anEmptyInfeasibleRowMakesTheWholeInfeasible() throws {
        var m = Self.goodBlock
        m.addRow(lower: 1, upper: 2, name: "never")
        let r = try Self.decomposing(2).solve(try m.compiled(), parameters: SolveParameters())
        #expect(r.termination == .infeasible)
    }

    @Test func anUnboundedBlockMakesTheWholeUnbounded() throws {
        var m = Self.goodBlock
        let y = m.addVariable(objective: -1, name: "y"), z = m.addVariable(name: "z")
        m.addRow([(y, 1), (z, -1)], upper: 0, name: "runaway")
        let model = try m.compiled()
        let r = try Self.decomposing(2).solve(model, parameters: SolveParameters())
        let w = try Self.whole.solve(model, parameters: SolveParameters())
        #expect(r.termination == .unbounded && w.termination == .unbounded)
        #expect(r.reportedStatus == .unbounded && r.objectiveValue == nil)
    }

    @Test func aBlockThatHitsTheTimeLimitStopsTheWhole() throws {
        let model = try Self.blockDiagonal([Self.goodBlock, ConformanceSuite.hardMIP()]).compiled()
        let r = try Self.decomposing(2).solve(model, parameters: SolveParameters(timeLimitSeconds: 0.3))
        #expect(r.termination == .timeLimit && r.reportedStatus == .timeLimit)
        #expect(r.notes.contains { $0.contains("split0") }, "\(r.notes)")
    }

    @Test func badParametersAreRefusedBeforeAnySolve() throws {
        let model = try Self.blockDiagonal([Self.goodBlock, Self.goodBlock]).compiled()
        #expect(throws: SolverError.self) {
            try Self.decomposing(2).solve(model, parameters: SolveParameters(timeLimitSeconds: -1))
        }
    }

    // MARK: Reuse and warm starts

    /// After a change to one block's costs, only that block is solved again (from its own
    /// basis); after a change to its bounds, likewise; the result equals a cold solve's optimum.
    @Test(arguments: 1...30)
    func onlyChangedBlocksAreSolvedAgain(_ seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let parts = (0..<4).map { k in RandomLP.make(seed: seed * 10 + UInt64(k)) }
        let base = try Self.blockDiagonal(parts).compiled()
        let solver = Self.decomposing(2)
        let first = try solver.solve(base, parameters: SolveParameters())
        guard first.termination == .optimal else { return }
        let blocks = try #require(first.decomposition).blocks

        var changed = base.model
        let column = Int.random(in: 0..<base.columnCount, using: &rng)
        changed.setObjective(column: column, to: base.model.objective[column] + 1)
        if Bool.random(using: &rng) {
            let row = Int.random(in: 0..<base.rowCount, using: &rng)
            changed.setRowBounds(row, lower: base.model.rowLower[row] - 1, upper: base.model.rowUpper[row] + 1)
        }
        let next = try changed.compiled()
        let reused = try solver.solve(next, parameters: SolveParameters(), reusing: PreviousSolve(model: base, result: first))
        let cold = try Self.whole.solve(next, parameters: SolveParameters())
        let d = try #require(reused.decomposition)
        let changedBlocks = ModelDecomposition(next).blocks.filter { !next.blockData($0, equalsIn: base) }.count
        #expect(d.blocks == blocks && d.solvedBlocks == changedBlocks && d.reusedBlocks == blocks - changedBlocks)
        #expect(reused.reportedStatus == cold.reportedStatus, "seed \(seed): \(reused.notes)")
        if cold.termination == .optimal {
            let a = try #require(cold.objectiveValue), b = try #require(reused.objectiveValue)
            #expect(abs(a - b) <= 1e-9 * max(1, abs(a)))
            #expect(DualCertificate.violations(next, reused).isEmpty)
        }
    }

    @Test func anUnchangedModelIsNotSolvedAtAll() throws {
        let model = try Self.blockDiagonal([Self.goodBlock, Self.goodBlock, Self.goodBlock]).compiled()
        let solver = Self.decomposing(2)
        let first = try solver.solve(model, parameters: SolveParameters())
        let again = try solver.solve(model, parameters: SolveParameters(), reusing: PreviousSolve(model: model, result: first))
        #expect(again.decomposition?.solvedBlocks == 0 && again.decomposition?.reusedBlocks == 3)
        #expect(again.objectiveValue == first.objectiveValue && again.primalValues == first.primalValues)
        #expect(again.rowDuals == first.rowDuals && again.basis == first.basis && again.iterations == 0)
    }

    /// Several models in one pool give what each gives alone.
    @Test func solveAllSharesThePoolAndKeepsTheOrder() throws {
        let models = try (1...6).map { try Self.randomDiagonal(UInt64($0) + 500).compiled() }
        let solver = Self.decomposing(3)
        let together = solver.solveAll(models.map { SolveRequest($0, parameters: SolveParameters()) })
        for (model, result) in zip(models, together) {
            let alone = try solver.solve(model, parameters: SolveParameters())
            let r = try result.get()
            #expect(r.termination == alone.termination && r.objectiveValue == alone.objectiveValue && r.primalValues == alone.primalValues)
        }
    }
}
