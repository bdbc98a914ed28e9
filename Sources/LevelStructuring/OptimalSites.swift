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

    /// Why no set of sites satisfies every constraint, in words: `must_open` / `must_close`
    /// against the number of sites (v2), municipalities out of reach (all of them named), too
    /// little demand for the minimum volumes, too little capacity. English for summary.json and
    /// the terminal; `swedish` for the report.
    public func explainInfeasibility(swedish: Bool = false) -> String {
        let p = NumberFormatting.plain
        var reasons: [String] = []
        let closed = Set(mustClose)
        func say(_ english: String, _ svenska: String) { reasons.append(swedish ? svenska : english) }
        func names(_ list: [String]) -> String { Self.list(list, and: swedish ? "och" : "and") }
        if mustOpen.count > sitesMax {
            say("`must_open` names \(mustOpen.count) sites, more than sites.max (\(sitesMax))",
                "`must_open` anger \(mustOpen.count) enheter, fler än sites.max (\(sitesMax))")
        }
        let left = candidates.count - mustClose.count
        if left < sitesMin {
            say("only \(left) candidate\(left == 1 ? " is" : "s are") left after `must_close`, fewer than sites.min (\(sitesMin))",
                "bara \(left) kandidat\(left == 1 ? "" : "er") återstår efter `must_close`, färre än sites.min (\(sitesMin))")
        }
        let limitEnglish = maxTravelMinutes.map { "within \(p($0)) minutes" } ?? "at all"
        let limitSwedish = maxTravelMinutes.map { "inom \(p($0)) minuter" } ?? "alls"
        let unreachable = arcs.indices.filter { arcs[$0].isEmpty && demand[$0] > 0 }.map { data.municipalities[$0].name }
        if !unreachable.isEmpty {
            say("\(names(unreachable)) \(unreachable.count == 1 ? "has" : "have") no candidate \(limitEnglish)",
                "\(names(unreachable)) har ingen kandidat \(limitSwedish)")
        }
        let onlyClosed = arcs.indices.filter { m in
            !arcs[m].isEmpty && demand[m] > 0 && arcs[m].allSatisfy { closed.contains($0.candidate) }
        }.map { data.municipalities[$0].name }
        if !onlyClosed.isEmpty {
            say("\(names(onlyClosed)) \(onlyClosed.count == 1 ? "has" : "have") no candidate \(limitEnglish) that is not in `must_close`",
                "\(names(onlyClosed)) har ingen kandidat \(limitSwedish) som inte står i `must_close`")
        }
        let fewest = max(sitesMin, mustOpen.count)
        if Double(fewest) * minVolume > totalDemand + 1e-9 {
            say("at least \(fewest) sites with at least \(p(minVolume)) cases each need \(p(Double(fewest) * minVolume)) cases, but the demand is \(p(totalDemand))",
                "minst \(fewest) enheter med minst \(p(minVolume)) fall var behöver \(p(Double(fewest) * minVolume)) fall, men efterfrågan är \(p(totalDemand))")
        }
        let open = candidates.indices.filter { !closed.contains($0) }
        let largest = open.map { capacity[$0] }.sorted(by: >).prefix(sitesMax).reduce(0, +)
        if largest < totalDemand - 1e-9 {
            let count = min(sitesMax, open.count)
            say("the \(count) \(closed.isEmpty ? "largest candidates" : "largest candidates not in `must_close`") can treat \(p(largest)) cases, but the demand is \(p(totalDemand))",
                "de \(count) största kandidaterna\(closed.isEmpty ? "" : " utanför `must_close`") kan ta \(p(largest)) fall, men efterfrågan är \(p(totalDemand))")
        }
        if let bad = mustOpen.first(where: { capacity[$0] < minVolume }) {
            let name = data.hospitals[candidates[bad]].name
            say("\(name) is in `must_open` but its capacity \(p(capacity[bad])) is below the minimum volume \(p(minVolume))",
                "\(name) står i `must_open` men kapaciteten \(p(capacity[bad])) är under minsta volymen \(p(minVolume))")
        } else if let bad = candidates.indices.first(where: { capacity[$0] < minVolume }) {
            let name = data.hospitals[candidates[bad]].name
            say("\(name) has capacity \(p(capacity[bad])) below the minimum volume \(p(minVolume))",
                "\(name) har kapaciteten \(p(capacity[bad])), under minsta volymen \(p(minVolume))")
        }
        if reasons.isEmpty {
            say("the minimum volume (\(p(minVolume))), the capacities and the number of sites (\(sitesMin)–\(sitesMax)) cannot all hold for the municipalities each candidate reaches",
                "minsta volymen (\(p(minVolume))), kapaciteterna och antalet enheter (\(sitesMin)–\(sitesMax)) kan inte gälla samtidigt för de kommuner varje kandidat når")
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
