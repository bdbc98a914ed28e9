import LinearProgramming
import PlanningData
import SamplanSupport

/// Two summer scenarios solved for comparison (`samplan compare`): typically B extends A with
/// another price list. B is warm-started from A's optimal basis when the models have the same
/// structure.
public struct SummerComparison: Sendable {
    public let a: SummerRun
    public let b: SummerRun
    /// Whether B started from A's basis.
    public let warmStarted: Bool

    /// Out-of-region cases by (origin region id, producing region id, specialty id): A's and B's.
    public var flowChanges: [(origin: String, producer: String, specialty: String, a: Double, b: Double)] {
        var totals: [[String]: (Double, Double)] = [:]
        func add(_ outcome: SummerOutcome, _ data: DataSet, isA: Bool) {
            for f in outcome.flows where f.outOfRegion {
                let key = [data.regions[f.region].id, data.regions[data.hospitals[f.hospital].region].id, data.specialties[f.specialty].id]
                var value = totals[key] ?? (0, 0)
                if isA { value.0 += f.cases } else { value.1 += f.cases }
                totals[key] = value
            }
        }
        add(a.plan, a.inputs.data, isA: true)
        add(b.plan, b.inputs.data, isA: false)
        return totals.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { key in
            (key[0], key[1], key[2], totals[key]!.0, totals[key]!.1)
        }
    }
}

extension SummerComparison {
    /// The `limit` (origin, producer, specialty) rows whose cases changed most (by at least 0.05).
    public func largestFlowChanges(limit: Int) -> [(origin: String, producer: String, specialty: String, a: Double, b: Double)] {
        Array(flowChanges.filter { abs($0.b - $0.a) >= 0.05 }.sorted { abs($0.b - $0.a) > abs($1.b - $1.a) }.prefix(limit))
    }
}

extension SummerPlanner {
    /// Solves A, then B (warm from A's basis when the structures match); no status quo.
    ///
    /// - Parameters:
    ///   - scenarioA: the first inputs; the comparison's `a`.
    ///   - scenarioB: the second; its outcome is read with its own data.
    /// - Throws: ``SummerPlanError`` as ``SummerPlanner/run(_:statusQuo:verbose:)`` does.
    public func compare(_ scenarioA: SummerInputs, _ scenarioB: SummerInputs, verbose: Bool = false) throws(SummerPlanError) -> SummerComparison {
        let (a, b) = (scenarioA, scenarioB)
        let first = try run(a, statusQuo: false, verbose: verbose)
        let buildStart = ContinuousClock.now
        let (model, compiled) = try build(b)
        let buildTime = ContinuousClock.now - buildStart
        let solveStart = ContinuousClock.now
        var warm = false
        let outcome: SummerOutcome
        if first.compiled.model == compiled.model {
            // The same LP (B changes only what the objective does not see, e.g. a price under the
            // system perspective): the same solution, read with B's data, so that nothing but
            // what B changes differs (docs/SPEC.md §3: the same inputs give the same solution).
            warm = true
            outcome = SummerOutcome(model: model, result: first.plan.result, data: b.data)
        } else if let basis = first.plan.result.basis, first.plan.status == .optimal, Self.sameStructure(first.compiled, compiled) {
            warm = true
            outcome = try solve(model, compiled, b, warmStart: basis, method: Self.warmMethod(from: first.compiled, to: compiled), verbose: verbose,
                                previous: PreviousSolve(model: first.compiled, result: first.plan.result))
        } else {
            outcome = try solve(model, compiled, b, verbose: verbose)
        }
        let second = SummerRun(inputs: b, model: model, compiled: compiled, plan: outcome, statusQuo: nil,
                               buildSeconds: buildTime.seconds, solveSeconds: (ContinuousClock.now - solveStart).seconds)
        return SummerComparison(a: first, b: second, warmStarted: warm && outcome.result.notes.isEmpty)
    }
}
