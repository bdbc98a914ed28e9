import LinearProgramming

/// Random small LPs with every kind of bound, for cross-checking a solver against an oracle.
public enum RandomLP {
    /// A random LP with 1–6 rows and 1–8 columns, small integer coefficients, and bounds drawn
    /// from all five kinds; about one in four is infeasible or unbounded.
    public static func make(seed: UInt64) -> LinearModel {
        var rng = SeededGenerator(seed: seed)
        let m = Int.random(in: 1...6, using: &rng)
        let n = Int.random(in: 1...8, using: &rng)
        var model = LinearModel(name: "random\(seed)", sense: Bool.random(using: &rng) ? .minimize : .maximize)
        for j in 0..<n {
            let (lo, up) = bounds(&rng, spread: 10)
            model.addVariable(lower: lo, upper: up, objective: Double(Int.random(in: -9...9, using: &rng)), name: "x\(j)")
        }
        for i in 0..<m {
            let (lo, up) = bounds(&rng, spread: 20)
            let row = model.addRow(lower: lo, upper: up, name: "r\(i)")
            for j in 0..<n where Int.random(in: 0..<3, using: &rng) > 0 {
                model.addCoefficient(row: row, column: j, value: Double(Int.random(in: -5...5, using: &rng)))
            }
        }
        return model
    }

    private static func bounds(_ rng: inout SeededGenerator, spread: Int) -> (Double, Double) {
        let a = Double(Int.random(in: -spread...spread, using: &rng))
        let b = a + Double(Int.random(in: 0...spread, using: &rng))
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return (-.infinity, .infinity)
        case 1, 2: return (-.infinity, b)
        case 3: return (a, a)
        case 4, 5, 6: return (a, b)
        default: return (a, .infinity)
        }
    }
}
