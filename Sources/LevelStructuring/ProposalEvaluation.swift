import LinearProgramming
import PlanningData

/// A proposal evaluated with its sites fixed open (docs/SPEC.md §4), and every metric of it.
public struct ProposalResult: Sendable {
    /// The proposal's name (`optimal`, a named proposal, or its sites joined with `+`).
    public let name: String
    /// Candidate positions, ascending.
    public let open: [Int]
    /// Σ fixed cost of the open sites, SEK a year.
    public let fixedCost: Double
    /// Σ case cost × cases, SEK a year.
    public let caseCost: Double
    /// Σ SEK per minute × minutes × cases, SEK a year.
    public let travelCost: Double
    /// unserved_penalty × unserved + shortfall_penalty × shortfall.
    public let penalty: Double
    /// Cases a year left unserved.
    public let unserved: Double
    /// Cases a year below the minimum volume, summed over the open sites.
    public let shortfall: Double
    /// Mean travel time of the assigned cases, minutes; nil when none is assigned.
    public let meanTravelMinutes: Double?
    /// Longest travel time of an assigned case, minutes.
    public let maxTravelMinutes: Double?
    /// Share (0…1) of the demand treated within 60 minutes.
    public let shareWithin60: Double
    /// Share (0…1) of the demand treated within 90 minutes.
    public let shareWithin90: Double
    /// Cases at each open site, aligned with `open`.
    public let volumes: [Double]
    /// Per region (index into data.regions).
    public let casesProduced: [Double]
    /// SEK a year per region received for other regions' patients at list price.
    public let sold: [Double]
    /// SEK a year per region paid for its patients treated elsewhere.
    public let bought: [Double]
    /// The elastic LP's status (`optimal` unless GLPK failed).
    public let status: ReportedStatus
    /// (total − optimal) / optimal, for a feasible proposal when the MIP was solved.
    public var gapVsOptimal: Double?

    /// fixed + case + travel; penalties are reported apart.
    public var totalCost: Double { fixedCost + caseCost + travelCost }
    /// The ranking key of proposals.csv.
    public var rankingCost: Double { totalCost + penalty }
    /// u and s below 1e-6 cases count as zero (docs/SPEC.md §9).
    public var feasible: Bool { unserved < 1e-6 && shortfall < 1e-6 && status == .optimal }
}

/// Evaluates proposals: the elastic LP with the sites fixed open, always feasible (docs/SPEC.md §4).
///
/// The cheapest assignment (each municipality to its cheapest open site within reach, or
/// unserved when that is cheaper) is the LP's optimum whenever it respects every capacity and
/// minimum volume: it attains the bound of the problem without those rows. Only otherwise is the
/// LP built and solved.
public struct ProposalEvaluator: Sendable {
    /// The problem the proposals belong to.
    public let problem: LevelProblem
    /// The solver of the elastic LPs.
    public let solver: any LinearSolver

    /// An evaluator of `problem`'s proposals.
    public init(problem: LevelProblem, solver: any LinearSolver) {
        self.problem = problem
        self.solver = solver
    }

    /// Assignment of one municipality: (candidate position, cases, minutes).
    typealias Assignment = [(candidate: Int, cases: Double, minutes: Double)]

    /// Every metric of the proposal that opens the candidate positions `open` (named `name`, or its sites joined with `+`).
    ///
    /// - Throws: ``LevelStructuringError/internalError(_:)`` when the LP is invalid or the solver refuses it.
    public func evaluate(open: [Int], name: String? = nil) throws(LevelStructuringError) -> ProposalResult {
        try evaluateCounting(open: open, name: name).0
    }

    /// Evaluates a proposal and says whether it needed the LP.
    func evaluateCounting(open: [Int], name: String?) throws(LevelStructuringError) -> (ProposalResult, Bool) {
        let sites = open.sorted()
        var isOpen = [Bool](repeating: false, count: problem.candidates.count)
        for k in sites { isOpen[k] = true }
        if let greedy = cheapestAssignment(isOpen) {
            return (metrics(sites, name: name, assignment: greedy.assignment, unserved: greedy.unserved, shortfall: 0, status: .optimal), false)
        }
        return (try solveElastic(sites, isOpen, name: name).result, true)
    }

    /// Where each municipality's cases go under a proposal: (candidate position, cases) per municipality.
    public func assignment(open: [Int]) throws(LevelStructuringError) -> [[(candidate: Int, cases: Double)]] {
        let sites = open.sorted()
        var isOpen = [Bool](repeating: false, count: problem.candidates.count)
        for k in sites { isOpen[k] = true }
        let list: [Assignment]
        if let greedy = cheapestAssignment(isOpen) { list = greedy.assignment } else { list = try solveElastic(sites, isOpen, name: nil).assignment }
        return list.map { $0.map { ($0.candidate, $0.cases) } }
    }

    /// The cheapest assignment, or nil when it breaks a capacity or a minimum volume.
    ///
    /// - Complexity: O(arcs).
    func cheapestAssignment(_ isOpen: [Bool]) -> (assignment: [Assignment], unserved: Double)? {
        var volume = [Double](repeating: 0, count: isOpen.count)
        var assignment: [Assignment] = []
        assignment.reserveCapacity(problem.arcs.count)
        var unserved = 0.0
        for (m, arcs) in problem.arcs.enumerated() {
            let d = problem.demand[m]
            var best: Arc?
            for arc in arcs where isOpen[arc.candidate] && (best == nil || arc.unitCost < best!.unitCost) { best = arc }
            if let best, best.unitCost <= problem.unservedPenalty, d > 0 {
                assignment.append([(best.candidate, d, best.minutes)])
                volume[best.candidate] += d
            } else {
                assignment.append([])
                unserved += d
            }
        }
        for k in isOpen.indices where isOpen[k] {
            if volume[k] > problem.capacity[k] * (1 + 1e-12) { return nil }
            if volume[k] < problem.minVolume - 1e-9 { return nil }
        }
        return (assignment, unserved)
    }

    /// The elastic LP: Σ_h x + u = D(m); Σ_m x + s ≥ min_volume; Σ_m x ≤ capacity.
    func solveElastic(_ sites: [Int], _ isOpen: [Bool], name: String?) throws(LevelStructuringError) -> (result: ProposalResult, assignment: [Assignment]) {
        var model = LinearModel(name: "proposal")
        var columns: [(m: Int, arc: Arc, column: Int)] = []
        var volumeRows: [Int: Int] = [:], capacityRows: [Int: Int] = [:]
        for k in sites {
            if problem.minVolume > 0 {
                let row = model.addRow(lower: problem.minVolume, upper: .infinity)
                let s = model.addVariable(objective: problem.shortfallPenalty)
                model.addCoefficient(row: row, column: s, value: 1)
                volumeRows[k] = row
            }
            if problem.capacity[k].isFinite { capacityRows[k] = model.addRow(lower: -.infinity, upper: problem.capacity[k]) }
        }
        var unservedColumns: [Int] = []
        for (m, arcs) in problem.arcs.enumerated() {
            let d = problem.demand[m]
            let row = model.addRow(lower: d, upper: d)
            let u = model.addVariable(objective: problem.unservedPenalty)
            unservedColumns.append(u)
            model.addCoefficient(row: row, column: u, value: 1)
            for arc in arcs where isOpen[arc.candidate] {
                let x = model.addVariable(objective: arc.unitCost)
                columns.append((m, arc, x))
                model.addCoefficient(row: row, column: x, value: 1)
                if let v = volumeRows[arc.candidate] { model.addCoefficient(row: v, column: x, value: 1) }
                if let c = capacityRows[arc.candidate] { model.addCoefficient(row: c, column: x, value: 1) }
            }
        }
        let compiled: CompiledModel
        do { compiled = try model.compiled() } catch { throw .internalError("the proposal LP is invalid: \(error)") }
        let result: SolveResult
        do { result = try solver.solve(compiled, parameters: problem.proposalParameters) } catch {
            throw .internalError("the solver refused a proposal LP: \(error)")
        }
        guard result.hasSolution else {
            let none: [Assignment] = problem.arcs.map { _ in [] }
            return (metrics(sites, name: name, assignment: none, unserved: problem.totalDemand, shortfall: 0, status: result.reportedStatus), none)
        }
        let x = result.primalValues
        var assignment = [Assignment](repeating: [], count: problem.arcs.count)
        for c in columns where x[c.column] > 1e-9 { assignment[c.m].append((c.arc.candidate, x[c.column], c.arc.minutes)) }
        let unserved = unservedColumns.reduce(0) { $0 + max(0, x[$1]) }
        var volume = [Double](repeating: 0, count: problem.candidates.count)
        for list in assignment { for a in list { volume[a.candidate] += a.cases } }
        let shortfall = problem.minVolume > 0 ? sites.reduce(0) { $0 + max(0, problem.minVolume - volume[$1]) } : 0
        return (metrics(sites, name: name, assignment: assignment, unserved: unserved, shortfall: shortfall, status: result.reportedStatus), assignment)
    }

    /// Every metric of docs/SPEC.md §4 from an assignment.
    func metrics(_ sites: [Int], name: String?, assignment: [Assignment], unserved: Double, shortfall: Double,
                 status: ReportedStatus) -> ProposalResult {
        let data = problem.data
        var caseCost = 0.0, travelCost = 0.0, assigned = 0.0, minutesSum = 0.0, maxMinutes: Double?
        var within60 = 0.0, within90 = 0.0
        var volume = [Double](repeating: 0, count: problem.candidates.count)
        var produced = [Double](repeating: 0, count: data.regions.count), sold = produced, bought = produced
        let travelRate = problem.inputs.settings.travelCostSEKPerMinute
        for (m, list) in assignment.enumerated() {
            let home = data.municipalities[m].region
            for a in list {
                caseCost += problem.caseCost[a.candidate] * a.cases
                travelCost += travelRate * a.minutes * a.cases
                assigned += a.cases
                minutesSum += a.minutes * a.cases
                if a.cases > 1e-9 { maxMinutes = max(maxMinutes ?? 0, a.minutes) }
                if a.minutes <= 60 { within60 += a.cases }
                if a.minutes <= 90 { within90 += a.cases }
                volume[a.candidate] += a.cases
                let h = problem.candidates[a.candidate], producer = data.hospitals[h].region
                produced[producer] += a.cases
                if producer != home, let p = problem.price[a.candidate] {
                    sold[producer] += p * a.cases
                    bought[home] += p * a.cases
                }
            }
        }
        let total = problem.totalDemand
        return ProposalResult(
            name: name ?? problem.name(of: sites), open: sites,
            fixedCost: sites.reduce(0) { $0 + problem.fixedCost[$1] }, caseCost: caseCost, travelCost: travelCost,
            penalty: problem.unservedPenalty * unserved + problem.shortfallPenalty * shortfall,
            unserved: unserved, shortfall: shortfall,
            meanTravelMinutes: assigned > 0 ? minutesSum / assigned : nil, maxTravelMinutes: maxMinutes,
            shareWithin60: total > 0 ? within60 / total : 0, shareWithin90: total > 0 ? within90 / total : 0,
            volumes: sites.map { volume[$0] }, casesProduced: produced, sold: sold, bought: bought, status: status,
            gapVsOptimal: nil)
    }
}
