import LinearProgramming

/// The conformance models. Each covers one feature a backend must get right; together they
/// cover every bound kind, row kind, sense, status and the MIP path.
public enum ConformanceSuite {
    public static let cases: [ConformanceCase] = [
        lowerBounds, freeVariable, upperAndDoubleBounds, fixedVariable, equalityAndRangedRows,
        emptyRowAndColumn, objectiveConstant, maximisation, infeasible, unbounded, emptyModel,
        infeasibleWithoutColumns, duplicatesSummed, integerKnown, knapsack, integerInfeasible, timeLimitedMIP,
    ]

    static let lowerBounds: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(objective: 1), y = m.addVariable(objective: 2)
        m.addRow([(x, 1), (y, 1)], lower: 2)
        return ConformanceCase(
            "lower bounds", m, objective: 2, primal: [2, 0], rowDuals: [1], reducedCosts: [0, 1],
            note: "min x + 2y, x + y ≥ 2, x, y ≥ 0: y costs more, so x = 2, y = 0, objective 2; the row's dual is 1 (cost of x), d_y = 2 − 1 = 1")
    }()

    static let freeVariable: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(lower: -.infinity, upper: .infinity, objective: 1)
        m.addRow([(x, 1)], lower: -3)
        return ConformanceCase(
            "free variable", m, objective: -3, primal: [-3], rowDuals: [1], reducedCosts: [0],
            note: "min x, x free, x ≥ −3 as a row: x = −3, objective −3, dual 1")
    }()

    static let upperAndDoubleBounds: ConformanceCase = {
        var m = LinearModel(sense: .maximize)
        let x = m.addVariable(lower: -.infinity, upper: 3, objective: 1)
        let y = m.addVariable(lower: 0, upper: 5, objective: 1)
        m.addRow([(x, 1), (y, 1)], upper: 100)
        return ConformanceCase(
            "upper and double bounds", m, objective: 8, primal: [3, 5], rowDuals: [0], reducedCosts: [1, 1],
            note: "max x + y, x ≤ 3 (no lower bound), 0 ≤ y ≤ 5, x + y ≤ 100 slack: both at their upper bounds, 8")
    }()

    static let fixedVariable: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(lower: 4, upper: 4, objective: 1)
        let y = m.addVariable(objective: 1)
        m.addRow([(x, 1), (y, 1)], lower: 6)
        return ConformanceCase(
            "fixed variable", m, objective: 6, primal: [4, 2], rowDuals: [1], reducedCosts: [0, 0],
            note: "min x + y, x = 4 fixed, x + y ≥ 6: y = 2, objective 6, dual 1, d_x = 1 − 1 = 0")
    }()

    static let equalityAndRangedRows: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(objective: 1), y = m.addVariable(objective: -1)
        m.addRow([(x, 1), (y, 1)], lower: 10, upper: 10)
        m.addRow([(x, 1), (y, -1)], lower: 2, upper: 6)
        return ConformanceCase(
            "equality and ranged rows", m, objective: 2, primal: [6, 4], rowDuals: [0, 1], reducedCosts: [0, 0],
            note: "min x − y, x + y = 10, 2 ≤ x − y ≤ 6: the objective is the ranged row's activity, so it sits at 2: x = 6, y = 4; duals 0 and 1")
    }()

    static let emptyRowAndColumn: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(objective: 1)
        m.addVariable(lower: 0, upper: 5, objective: -1)
        m.addRow([(x, 1)], lower: 1)
        m.addRow(lower: -1, upper: 1)
        return ConformanceCase(
            "empty row and column", m, objective: -4, primal: [1, 5], rowDuals: [1, 0], reducedCosts: [0, -1],
            note: "min x − z, x ≥ 1, z ∈ [0, 5] in no row, an empty row −1 ≤ 0 ≤ 1: x = 1, z = 5, objective −4")
    }()

    static let objectiveConstant: ConformanceCase = {
        var m = LinearModel(objectiveConstant: 10)
        let x = m.addVariable(objective: 1)
        m.addRow([(x, 1)], lower: 1)
        return ConformanceCase(
            "objective constant", m, objective: 11, primal: [1], rowDuals: [1],
            note: "min x + 10, x ≥ 1: 11")
    }()

    static let maximisation: ConformanceCase = {
        var m = LinearModel(sense: .maximize)
        let x = m.addVariable(objective: 3), y = m.addVariable(objective: 2)
        m.addRow([(x, 1), (y, 1)], upper: 4)
        m.addRow([(x, 1), (y, 3)], upper: 7)
        m.addRow([(x, 1)], upper: 3)
        return ConformanceCase(
            "maximisation", m, objective: 11, primal: [3, 1], rowDuals: [2, 0, 1], reducedCosts: [0, 0],
            note: "max 3x + 2y, x + y ≤ 4, x + 3y ≤ 7 (slack at the optimum: 6 < 7), x ≤ 3: vertex (3, 1), 11; the other vertex on row 1, (2.5, 1.5), gives 10.5; duals: row 1 takes c_y = 2, row 3 then 3 − 2 = 1")
    }()

    static let infeasible: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(objective: 1), y = m.addVariable(objective: 1)
        m.addRow([(x, 1), (y, 1)], upper: 1)
        m.addRow([(x, 1), (y, 1)], lower: 2)
        return ConformanceCase("infeasible", m, termination: .infeasible, note: "x + y ≤ 1 and x + y ≥ 2")
    }()

    static let unbounded: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(objective: -1), y = m.addVariable(objective: 0)
        m.addRow([(x, 1), (y, -1)], upper: 1)
        return ConformanceCase(
            "unbounded", m, termination: .unbounded, note: "min −x, x − y ≤ 1, x, y ≥ 0: x = 1 + y grows without end")
    }()

    static let emptyModel: ConformanceCase = {
        ConformanceCase("empty model", LinearModel(objectiveConstant: 5), objective: 5, primal: [], rowDuals: [],
                        note: "no rows, no columns: the objective is its constant, 5")
    }()

    static let infeasibleWithoutColumns: ConformanceCase = {
        var m = LinearModel()
        m.addRow(lower: 1, upper: 2)
        return ConformanceCase("row without columns", m, termination: .infeasible,
                               note: "an empty row's activity is 0, outside [1, 2]")
    }()

    static let duplicatesSummed: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(objective: 1)
        let row = m.addRow(lower: 4)
        m.addCoefficient(row: row, column: x, value: 1)
        m.addCoefficient(row: row, column: x, value: 1)
        return ConformanceCase(
            "duplicate coefficients summed", m, objective: 2, primal: [2], rowDuals: [0.5],
            note: "x + x ≥ 4 is 2x ≥ 4: x = 2; dual 1/2")
    }()

    static let integerKnown: ConformanceCase = {
        var m = LinearModel(sense: .maximize)
        let x = m.addVariable(objective: 5, isInteger: true), y = m.addVariable(objective: 4, isInteger: true)
        m.addRow([(x, 6), (y, 4)], upper: 24)
        m.addRow([(x, 1), (y, 2)], upper: 6)
        return ConformanceCase(
            "integer program", m, objective: 20, primal: [4, 0],
            note: "max 5x + 4y, 6x + 4y ≤ 24, x + 2y ≤ 6, integers: LP optimum (3, 1.5) = 21; integer points (4,0) = 20, (3,1) = 19, (2,2) = 18: 20")
    }()

    static let knapsack: ConformanceCase = {
        var m = LinearModel(sense: .maximize)
        let values: [Double] = [10, 13, 7, 8], weights: [Double] = [4, 6, 3, 5]
        let items = values.map { m.addVariable(lower: 0, upper: 1, objective: $0, isInteger: true) }
        m.addRow(zip(items, weights).map { ($0, $1) }, upper: 10)
        return ConformanceCase(
            "binary knapsack", m, objective: 23, primal: [1, 1, 0, 0],
            note: "weights 4, 6, 3, 5 ≤ 10: pairs a+b 23, b+c 20, a+d 18, a+c 17, c+d 15; no triple fits: 23")
    }()

    static let integerInfeasible: ConformanceCase = {
        var m = LinearModel()
        let x = m.addVariable(lower: 0, upper: 10, objective: 1, isInteger: true)
        m.addRow([(x, 2)], lower: 1, upper: 1)
        return ConformanceCase("integer infeasible", m, termination: .infeasible,
                               note: "2x = 1 has the LP solution 0.5 but no integer one")
    }()

    static let timeLimitedMIP: ConformanceCase = {
        ConformanceCase(
            "time limit on a hard MIP", hardMIP(), termination: .timeLimit, timeLimitSeconds: 0.3,
            note: "a 6 × 50 market split stops at 0.3 s; an incumbent, if any, is feasible, integral and not called optimal")
    }()

    /// A market-split instance (Cornuéjols–Dawande): few rows, many binaries, and hard enough
    /// for branch and bound that a short time limit always stops it.
    public static func hardMIP(rows: Int = 6, columns: Int = 50, seed: UInt64 = 7) -> LinearModel {
        var rng = SeededGenerator(seed: seed)
        var m = LinearModel(name: "market_split")
        let x = (0..<columns).map { m.addVariable(lower: 0, upper: 1, isInteger: true, name: "x\($0)") }
        for i in 0..<rows {
            let a = (0..<columns).map { _ in Double(Int.random(in: 0...99, using: &rng)) }
            let rhs = (a.reduce(0, +) / 2).rounded(.down)
            let plus = m.addVariable(objective: 1, name: "sp\(i)"), minus = m.addVariable(objective: 1, name: "sm\(i)")
            m.addRow(zip(x, a).map { ($0, $1) } + [(plus, 1), (minus, -1)], lower: rhs, upper: rhs, name: "split\(i)")
        }
        return m
    }
}
