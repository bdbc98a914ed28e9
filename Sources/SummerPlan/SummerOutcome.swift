import LinearProgramming
import PlanningData
import Scenario

/// The four parts of the summer objective (SPEC §3), each reported on its own.
public struct SummerCosts: Sendable, Equatable {
    public var cooperation = 0.0
    public var travel = 0.0
    public var waiting = 0.0
    public var overload = 0.0
    public var total: Double { cooperation + travel + waiting + overload }

    public init(cooperation: Double = 0, travel: Double = 0, waiting: Double = 0, overload: Double = 0) {
        self.cooperation = cooperation
        self.travel = travel
        self.waiting = waiting
        self.overload = overload
    }
}

/// One row of flows.csv.
public struct FlowResult: Sendable {
    public let region: Int, hospital: Int, specialty: Int, careType: CareType, week: Int
    public let cases: Double
    public let outOfRegion: Bool
}

/// One row of waiting.csv.
public struct WaitingResult: Sendable {
    public let key: RegionSpecialtyCareType
    public let week: Int
    public let waiting: Double
}

/// One row of occupancy.csv.
public struct OccupancyResult: Sendable {
    public let hospital: Int, specialty: Int, week: Int
    public let staffedBeds: Double
    public let acuteBeds: Double
    public let electiveBeds: Double
    public let overloadBeds: Double
    /// Decrease of the optimal objective per extra staffed bed (−θ × dual); nil without duals.
    public let bedValue: Double?
    /// (acute + elective) ÷ staffed; nil without staffed beds.
    public var occupancy: Double? { staffedBeds > 0 ? (acuteBeds + electiveBeds) / staffedBeds : nil }
}

/// One theatre row: hours used and what an extra hour is worth.
public struct TheatreResult: Sendable {
    public let hospital: Int, specialty: Int, week: Int
    public let hours: Double
    public let usedHours: Double
    /// Decrease of the optimal objective per extra theatre hour (−dual); nil without duals.
    public let hourValue: Double?
}

/// What a region sells to and buys from the others under the price list.
public struct SettlementRow: Sendable {
    public let region: Int
    public let sold: Double
    public let bought: Double
    public var net: Double { sold - bought }
}

/// A solved summer model read back into planning terms.
public struct SummerOutcome: Sendable {
    public let routes: RoutePolicy
    public let result: SolveResult
    public var status: ReportedStatus { result.reportedStatus }
    /// The objective's parts recomputed from the solution in Swift; nil without a solution.
    public let costs: SummerCosts?
    public let flows: [FlowResult]
    public let waiting: [WaitingResult]
    public let occupancy: [OccupancyResult]
    public let theatre: [TheatreResult]
    /// Every region, also those with no trade.
    public let settlement: [SettlementRow]
    public let casesTreated: Double
    public let casesOutOfRegion: Double
    public let finalWaiting: Double
    public let overloadBedWeeks: Double
    /// The waiting list at the start (backlog) per region.
    public let startWaitingByRegion: [Double]
    /// The waiting list at the end of the horizon per region.
    public let finalWaitingByRegion: [Double]

    public var objective: Double? { costs?.total }

    /// The `limit` bed rows whose extra staffed bed saves most (bed value above half an öre),
    /// largest first, ties by hospital id, specialty id and week.
    public func bedsWorthMost(_ data: DataSet, limit: Int) -> [OccupancyResult] {
        let worth = occupancy.filter { ($0.bedValue ?? 0) > 0.005 }.sorted {
            ($0.bedValue!, data.hospitals[$1.hospital].id, data.specialties[$1.specialty].id, $1.week)
                > ($1.bedValue!, data.hospitals[$0.hospital].id, data.specialties[$0.specialty].id, $0.week)
        }
        return Array(worth.prefix(limit))
    }

    /// Reads `result` for `model`. Values below 1e-9 are taken as zero.
    public init(model: SummerModel, result: SolveResult, data: DataSet, lastWeek: Int) {
        routes = model.routes
        self.result = result
        var startByRegion = [Double](repeating: 0, count: data.regions.count)
        for (key, value) in model.backlog { startByRegion[key.region] += value }
        startWaitingByRegion = startByRegion
        guard result.hasSolution else {
            costs = nil; flows = []; waiting = []; occupancy = []; theatre = []
            settlement = data.regions.indices.map { SettlementRow(region: $0, sold: 0, bought: 0) }
            casesTreated = 0; casesOutOfRegion = 0; finalWaiting = 0; overloadBedWeeks = 0
            finalWaitingByRegion = startByRegion.map { _ in 0 }
            return
        }
        let x = result.primalValues
        func value(_ column: Int) -> Double { let v = x[column]; return abs(v) < 1e-9 ? 0 : v }
        var costs = SummerCosts()
        var flows: [FlowResult] = [], treated = 0.0, outside = 0.0
        var sold = [Double](repeating: 0, count: data.regions.count), bought = sold
        var elective = [Int: Double]()  // bed row → elective beds
        var theatreUse = [Int: Double]()
        for f in model.flows {
            let cases = value(f.column)
            guard cases != 0 else { continue }
            costs.cooperation += f.cooperationCost * cases
            costs.travel += f.travelCost * cases
            treated += cases
            if f.outOfRegion {
                outside += cases
                sold[data.hospitals[f.hospital].region] += f.price * cases
                bought[f.region] += f.price * cases
            }
            flows.append(FlowResult(region: f.region, hospital: f.hospital, specialty: f.specialty, careType: f.careType,
                                    week: f.week, cases: cases, outOfRegion: f.outOfRegion))
            if let mix = data.caseMix[SpecialtyCareType(f.specialty, f.careType)] {
                let k = (f.hospital * data.specialties.count + f.specialty) * 54 + f.week
                elective[k, default: 0] += mix.bedDays / 7 * cases
                theatreUse[k, default: 0] += mix.orMinutes / 60 * cases
            }
        }
        var waiting: [WaitingResult] = [], final = 0.0
        var finalByRegion = [Double](repeating: 0, count: data.regions.count)
        for q in model.queues {
            let v = value(q.column)
            costs.waiting += q.cost * v
            if q.week == lastWeek { final += v; finalByRegion[q.key.region] += v }
            if v != 0 { waiting.append(WaitingResult(key: q.key, week: q.week, waiting: v)) }
        }
        var occupancy: [OccupancyResult] = [], overload = 0.0
        let duals = result.rowDuals
        for b in model.bedRows {
            let o = value(b.overloadColumn)
            costs.overload += model.overloadPenalty * o
            overload += o
            let k = (b.hospital * data.specialties.count + b.specialty) * 54 + b.week
            let bedValue = duals.isEmpty ? nil : max(0, -model.targetOccupancy * duals[b.row])
            occupancy.append(OccupancyResult(hospital: b.hospital, specialty: b.specialty, week: b.week, staffedBeds: b.staffedBeds,
                                             acuteBeds: b.acuteLoad, electiveBeds: elective[k] ?? 0, overloadBeds: o, bedValue: bedValue))
        }
        theatre = model.theatreRows.map { t in
            let k = (t.hospital * data.specialties.count + t.specialty) * 54 + t.week
            return TheatreResult(hospital: t.hospital, specialty: t.specialty, week: t.week, hours: t.capacity,
                                 usedHours: theatreUse[k] ?? 0, hourValue: duals.isEmpty ? nil : max(0, -duals[t.row]))
        }
        self.costs = costs
        self.flows = flows
        self.waiting = waiting
        self.occupancy = occupancy
        settlement = data.regions.indices.map { SettlementRow(region: $0, sold: sold[$0], bought: bought[$0]) }
        casesTreated = treated
        casesOutOfRegion = outside
        finalWaiting = final
        overloadBedWeeks = overload
        finalWaitingByRegion = finalByRegion
    }
}
