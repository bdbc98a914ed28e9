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
    /// Σ_m x(m, h) ≥ min_volume·y(h); Σ_m x(m, h) ≤ capacity(h)·y(h); sites.min ≤ Σ y ≤ sites.max.
    public func optimalSitesModel() -> LinearModel {
        var model = LinearModel(name: "level_structuring")
        let y = candidates.indices.map { k in
            model.addVariable(lower: 0, upper: 1, objective: fixedCost[k], isInteger: true, name: "y_\(data.hospitals[candidates[k]].id)")
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

    /// Why no set of sites satisfies every constraint, in words: municipalities out of reach (all
    /// of them named), too little demand for the minimum volumes, too little capacity. English for
    /// summary.json and the terminal; `swedish` for the report.
    public func explainInfeasibility(swedish: Bool = false) -> String {
        let p = NumberFormatting.plain
        var reasons: [String] = []
        let unreachable = arcs.indices.filter { arcs[$0].isEmpty && demand[$0] > 0 }.map { data.municipalities[$0].name }
        if !unreachable.isEmpty {
            let names = Self.list(unreachable, and: swedish ? "och" : "and")
            if swedish {
                reasons.append("\(names) \(unreachable.count == 1 ? "har" : "har") ingen kandidat \(maxTravelMinutes.map { "inom \(p($0)) minuter" } ?? "alls")")
            } else {
                reasons.append("\(names) \(unreachable.count == 1 ? "has" : "have") no candidate \(maxTravelMinutes.map { "within \(p($0)) minutes" } ?? "at all")")
            }
        }
        if Double(sitesMin) * minVolume > totalDemand + 1e-9 {
            reasons.append(swedish
                ? "minst \(sitesMin) enheter med minst \(p(minVolume)) fall var behöver \(p(Double(sitesMin) * minVolume)) fall, men efterfrågan är \(p(totalDemand))"
                : "at least \(sitesMin) sites with at least \(p(minVolume)) cases each need \(p(Double(sitesMin) * minVolume)) cases, but the demand is \(p(totalDemand))")
        }
        let largest = capacity.sorted(by: >).prefix(sitesMax).reduce(0, +)
        if largest < totalDemand - 1e-9 {
            reasons.append(swedish
                ? "de \(sitesMax) största kandidaterna kan ta \(p(largest)) fall, men efterfrågan är \(p(totalDemand))"
                : "the \(sitesMax) largest candidates can treat \(p(largest)) cases, but the demand is \(p(totalDemand))")
        }
        if let bad = candidates.indices.first(where: { capacity[$0] < minVolume }) {
            let name = data.hospitals[candidates[bad]].name
            reasons.append(swedish
                ? "\(name) har kapaciteten \(p(capacity[bad])), under minsta volymen \(p(minVolume))"
                : "\(name) has capacity \(p(capacity[bad])) below the minimum volume \(p(minVolume))")
        }
        if reasons.isEmpty {
            reasons.append(swedish
                ? "minsta volymen (\(p(minVolume))), kapaciteterna och antalet enheter (\(sitesMin)–\(sitesMax)) kan inte gälla samtidigt för de kommuner varje kandidat når"
                : "the minimum volume (\(p(minVolume))), the capacities and the number of sites (\(sitesMin)–\(sitesMax)) cannot all hold for the municipalities each candidate reaches")
        }
        return reasons.joined(separator: "; ")
    }

    /// "A", "A and B", "A, B and C": every name, none hidden behind "and N more".
    static func list(_ names: [String], and word: String) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(word) " + names.last!
    }
}

/// Numbers in sentences: up to one decimal.
enum NumberFormatting {
    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
