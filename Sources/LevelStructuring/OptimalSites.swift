import LinearProgramming
import PlanningData

/// The optimal-sites MIP of docs/SPEC.md §4 and its outcome.
public struct OptimalSites: Sendable {
    /// The MIP solver's result.
    public let result: SolveResult
    /// The MIP as solved.
    public let compiled: CompiledModel
    /// Candidate positions of the open sites, when there is a solution.
    public let open: [Int]?
    /// Why the MIP has no solution, when it is infeasible (never empty then); nil otherwise.
    public let infeasibility: [InfeasibilityReason]?

    /// The status reported in the result files.
    public var status: ReportedStatus { result.reportedStatus }
}

extension LevelProblem {
    /// min Σ fixed·y + Σ (case + travel)·x  s.t.  Σ_h x(m, h) = D(m); x(m, h) ≤ D(m)·y(h);
    /// Σ_m x(m, h) ≥ min_volume·y(h); Σ_m x(m, h) ≤ capacity(h)·y(h); sites.min ≤ Σ y ≤ sites.max;
    /// y(h) fixed to 1 for `must_open` and to 0 for `must_close` (by its bounds).
    public func optimalSitesModel() -> LinearModel {
        var model = LinearModel(name: "level_structuring")
        let open = Set(mustOpen), closed = Set(mustClose)
        let y = candidates.indices.map { k in
            model.addVariable(lower: open.contains(k) ? 1 : 0, upper: closed.contains(k) ? 0 : 1, objective: fixedCost[k], isInteger: true,
                              name: "y_\(data.hospitals[candidates[k]].id)")
        }
        var volumeTerms = [[(column: Int, value: Double)]](repeating: [], count: candidates.count)
        for (m, list) in arcs.enumerated() {
            let municipality = data.municipalities[m].id
            var demandTerms: [(column: Int, value: Double)] = []
            for arc in list {
                let x = model.addVariable(objective: arc.unitCost, name: "x_\(municipality)_\(data.hospitals[candidates[arc.candidate]].id)")
                demandTerms.append((x, 1))
                volumeTerms[arc.candidate].append((x, 1))
                // x(m, h) ≤ D(m) · y(h)
                model.addRow([(x, 1), (y[arc.candidate], -demand[m])], upper: 0, name: "link_\(municipality)_\(data.hospitals[candidates[arc.candidate]].id)")
            }
            model.addRow(demandTerms, lower: demand[m], upper: demand[m], name: "demand_\(municipality)")
        }
        for k in candidates.indices {
            let id = data.hospitals[candidates[k]].id
            if minVolume > 0 { model.addRow(volumeTerms[k] + [(y[k], -minVolume)], lower: 0, name: "min_volume_\(id)") }
            if capacity[k].isFinite { model.addRow(volumeTerms[k] + [(y[k], -capacity[k])], upper: 0, name: "capacity_\(id)") }
        }
        model.addRow(y.map { ($0, 1.0) }, lower: Double(sitesMin), upper: Double(sitesMax), name: "sites")
        return model
    }

    /// Solves the MIP; an infeasible one comes with its reasons.
    ///
    /// - Throws: ``LevelStructuringError/internalError(_:)`` when the model is invalid or the solver refuses it.
    public func solveOptimalSites(solver: any LinearSolver, parameters: SolveParameters) throws(LevelStructuringError) -> OptimalSites {
        let compiled: CompiledModel
        do { compiled = try optimalSitesModel().compiled() } catch { throw .internalError("the level-structuring MIP is invalid: \(error)") }
        let result: SolveResult
        do { result = try solver.solve(compiled, parameters: parameters) } catch {
            throw .internalError("the solver refused the level-structuring MIP: \(error)")
        }
        var open: [Int]?
        if result.hasSolution {
            open = candidates.indices.filter { result.primalValues[$0] > 0.5 }
        }
        let infeasible = result.termination == .infeasible || result.termination == .infeasibleOrUnbounded
        return OptimalSites(result: result, compiled: compiled, open: open, infeasibility: infeasible ? infeasibilityReasons() : nil)
    }
}
