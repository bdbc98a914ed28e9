import LinearProgramming
import PlanningData

/// The optimal-sites MIP of SPEC §4 and its outcome.
public struct OptimalSites: Sendable {
    public let result: SolveResult
    public let compiled: CompiledModel
    /// Candidate positions of the open sites, when there is a solution.
    public let open: [Int]?
    /// Why the MIP has no solution, in words, when it is infeasible.
    public let explanation: String?

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

    /// Solves the MIP; an infeasible one comes with an explanation in words.
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
        let explanation = result.termination == .infeasible || result.termination == .infeasibleOrUnbounded ? explainInfeasibility() : nil
        return OptimalSites(result: result, compiled: compiled, open: open, explanation: explanation)
    }

    /// Why no set of sites satisfies every constraint, in words: municipalities out of reach,
    /// too little demand for the minimum volumes, too little capacity.
    public func explainInfeasibility() -> String {
        var reasons: [String] = []
        let closed = Set(mustClose)
        func names(_ list: [String]) -> String {
            list.count <= 5 ? list.joined(separator: ", ") : list.prefix(5).joined(separator: ", ") + " and \(list.count - 5) more"
        }
        // must_open / must_close against the number of sites (v2).
        if mustOpen.count > sitesMax {
            reasons.append("`must_open` names \(mustOpen.count) sites, more than sites.max (\(sitesMax))")
        }
        let left = candidates.count - mustClose.count
        if left < sitesMin {
            reasons.append("only \(left) candidate\(left == 1 ? " is" : "s are") left after `must_close`, fewer than sites.min (\(sitesMin))")
        }
        let unreachable = arcs.indices.filter { arcs[$0].isEmpty && demand[$0] > 0 }.map { data.municipalities[$0].name }
        let limit = maxTravelMinutes.map { "within \(NumberFormatting.plain($0)) minutes" } ?? "at all"
        if !unreachable.isEmpty {
            reasons.append("\(names(unreachable)) \(unreachable.count == 1 ? "has" : "have") no candidate \(limit)")
        }
        let onlyClosed = arcs.indices.filter { m in
            !arcs[m].isEmpty && demand[m] > 0 && arcs[m].allSatisfy { closed.contains($0.candidate) }
        }.map { data.municipalities[$0].name }
        if !onlyClosed.isEmpty {
            reasons.append("\(names(onlyClosed)) \(onlyClosed.count == 1 ? "has" : "have") no candidate \(limit) that is not in `must_close`")
        }
        let fewest = max(sitesMin, mustOpen.count)
        if Double(fewest) * minVolume > totalDemand + 1e-9 {
            reasons.append("at least \(fewest) sites with at least \(NumberFormatting.plain(minVolume)) cases each need \(NumberFormatting.plain(Double(fewest) * minVolume)) cases, but the demand is \(NumberFormatting.plain(totalDemand))")
        }
        let open = candidates.indices.filter { !closed.contains($0) }
        let largest = open.map { capacity[$0] }.sorted(by: >).prefix(sitesMax).reduce(0, +)
        if largest < totalDemand - 1e-9 {
            let which = closed.isEmpty ? "largest candidates" : "largest candidates not in `must_close`"
            reasons.append("the \(min(sitesMax, open.count)) \(which) can treat \(NumberFormatting.plain(largest)) cases, but the demand is \(NumberFormatting.plain(totalDemand))")
        }
        if let bad = mustOpen.first(where: { capacity[$0] < minVolume }) {
            reasons.append("\(data.hospitals[candidates[bad]].name) is in `must_open` but its capacity \(NumberFormatting.plain(capacity[bad])) is below the minimum volume \(NumberFormatting.plain(minVolume))")
        } else if let bad = candidates.indices.first(where: { capacity[$0] < minVolume }) {
            reasons.append("\(data.hospitals[candidates[bad]].name) has capacity \(NumberFormatting.plain(capacity[bad])) below the minimum volume \(NumberFormatting.plain(minVolume))")
        }
        if reasons.isEmpty {
            reasons.append("the minimum volume (\(NumberFormatting.plain(minVolume))), the capacities and the number of sites (\(sitesMin)–\(sitesMax)) cannot all hold for the municipalities each candidate reaches")
        }
        return reasons.joined(separator: "; ")
    }
}

/// Numbers in sentences: up to one decimal.
enum NumberFormatting {
    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
