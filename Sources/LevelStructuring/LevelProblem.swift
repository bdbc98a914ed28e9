import LinearProgramming
import PlanningData

/// An arc from a municipality to a candidate within the travel limit.
public struct Arc: Sendable {
    /// Position in the candidate list.
    public let candidate: Int
    /// Travel time from the municipality to the candidate, minutes.
    public let minutes: Double
    /// case_cost(h) + travel_cost_sek_per_minute × minutes(m, h).
    public let unitCost: Double
}

/// The data of docs/SPEC.md §4 for one scenario, resolved once and shared by every evaluation.
public struct LevelProblem: Sendable {
    /// What the problem was resolved from.
    public let inputs: LevelInputs
    /// Hospital index of each candidate, in the scenario's order.
    public let candidates: [Int]
    /// D(m) = population(m) × cases_per_100k / 100 000, every municipality of the data set.
    public let demand: [Double]
    /// Σ D(m), cases a year.
    public let totalDemand: Double
    /// Arcs per municipality, in candidate order.
    public let arcs: [[Arc]]
    /// Per candidate: cases a year it can treat (`.infinity`: no limit).
    public let capacity: [Double]
    /// Per candidate: SEK a year for keeping it open.
    public let fixedCost: [Double]
    /// Per candidate: SEK per case.
    public let caseCost: [Double]
    /// p(s, t, level(h)) per candidate, when it has one.
    public let price: [Double?]
    /// Cases a year every open site must treat.
    public let minVolume: Double
    /// SEK per unserved case.
    public let unservedPenalty: Double
    /// SEK per case below the minimum volume.
    public let shortfallPenalty: Double
    /// Fewest open sites.
    public let sitesMin: Int
    /// Most open sites.
    public let sitesMax: Int
    /// Candidate positions the MIP must open (`must_open`, v2), ascending.
    public let mustOpen: [Int]
    /// Candidate positions the MIP must keep closed (`must_close`, v2), ascending; none in `mustOpen`.
    public let mustClose: [Int]
    /// How each proposal LP is solved: the run's time limit (docs/SPEC.md §5 `solver.time_limit_seconds`),
    /// dual simplex, no presolve (each LP is small and solved once).
    public let proposalParameters: SolveParameters
    /// Longest trip, minutes, or nil for no limit.
    public var maxTravelMinutes: Double? { inputs.settings.maxTravelMinutes }
    /// The data set (with municipalities).
    public var data: DataSet { inputs.data }

    /// Resolves the problem. A price needed by an arc between regions and missing from the price
    /// list is an error (docs/SPEC.md §9).
    public init(_ inputs: LevelInputs) throws(LevelStructuringError) {
        self.inputs = inputs
        let data = inputs.data, settings = inputs.settings
        candidates = inputs.candidates.map(\.hospital)
        demand = data.municipalities.map { $0.population * settings.casesPer100k / 100_000 }
        totalDemand = demand.reduce(0, +)
        capacity = inputs.candidates.map(\.capacity)
        fixedCost = inputs.candidates.map(\.fixedCostSEK)
        caseCost = inputs.candidates.map(\.caseCostSEK)
        price = candidates.map { data.price(specialty: inputs.specialty, careType: settings.careType, hospital: $0) }
        minVolume = settings.minVolume
        unservedPenalty = settings.unservedPenaltySEK
        shortfallPenalty = settings.shortfallPenaltySEK
        sitesMin = settings.sitesMin
        sitesMax = settings.sitesMax
        mustOpen = inputs.mustOpen.sorted()
        mustClose = inputs.mustClose.sorted()
        var lp = inputs.parameters
        lp.method = .dual
        lp.presolve = false
        lp.warmStart = nil
        lp.verbose = false
        proposalParameters = lp
        var arcs: [[Arc]] = []
        var missing: Set<String> = []
        for (m, municipality) in data.municipalities.enumerated() {
            var list: [Arc] = []
            for (k, h) in candidates.enumerated() {
                let minutes = data.travelMinutes(municipality: m, hospital: h)
                if let limit = settings.maxTravelMinutes, minutes > limit { continue }
                if data.hospitals[h].region != municipality.region && price[k] == nil {
                    missing.insert("pricelist: no price for (\(data.specialties[inputs.specialty].id), \(settings.careType.rawValue), \(data.hospitals[h].level.rawValue)), needed for patients from other regions at \(data.hospitals[h].id)")
                }
                list.append(Arc(candidate: k, minutes: minutes, unitCost: caseCost[k] + settings.travelCostSEKPerMinute * minutes))
            }
            arcs.append(list)
        }
        self.arcs = arcs
        guard missing.isEmpty else { throw .missingPrices(missing.sorted()) }
    }

    /// A proposal's name: its sites joined with `+` in candidate order.
    public func name(of open: [Int]) -> String { open.sorted().map { data.hospitals[candidates[$0]].id }.joined(separator: "+") }
}

/// Why level structuring could not run.
public enum LevelStructuringError: Error, Sendable, CustomStringConvertible {
    case missingPrices([String])
    case internalError(String)

    /// The message, as printed after `error: `.
    public var description: String {
        switch self {
        case let .missingPrices(lines): return lines.joined(separator: "\n")
        case let .internalError(text): return text
        }
    }
}
