import LinearProgramming
import PlanningData

/// The six parts of the summer objective (SPEC §3.3), each reported on its own.
public struct SummerCosts: Sendable, Equatable {
    public var cooperation = 0.0
    public var travel = 0.0
    public var waiting = 0.0
    /// Waiting over the guarantee (v2).
    public var guarantee = 0.0
    public var overload = 0.0
    /// Acute transfers (v2).
    public var acuteTransfer = 0.0
    public var total: Double { cooperation + travel + waiting + guarantee + overload + acuteTransfer }

    public init(cooperation: Double = 0, travel: Double = 0, waiting: Double = 0, guarantee: Double = 0, overload: Double = 0,
                acuteTransfer: Double = 0) {
        self.cooperation = cooperation
        self.travel = travel
        self.waiting = waiting
        self.guarantee = guarantee
        self.overload = overload
        self.acuteTransfer = acuteTransfer
    }

    static func + (a: Self, b: Self) -> Self {
        SummerCosts(cooperation: a.cooperation + b.cooperation, travel: a.travel + b.travel, waiting: a.waiting + b.waiting,
                    guarantee: a.guarantee + b.guarantee, overload: a.overload + b.overload, acuteTransfer: a.acuteTransfer + b.acuteTransfer)
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
    /// The part in band G: waited the guarantee or longer (v2).
    public let overGuarantee: Double
}

/// One row of occupancy.csv.
public struct OccupancyResult: Sendable {
    public let hospital: Int, specialty: Int, week: Int
    public let staffedBeds: Double
    public let acuteBeds: Double
    public let electiveBeds: Double
    public let overloadBeds: Double
    /// Decrease of the optimal objective per extra staffed bed (θ × |dual|); nil without duals.
    public let bedValue: Double?
    /// Acute bed-weeks moved to or from other hospitals (v2).
    public let acuteTransferredOut: Double
    public let acuteTransferredIn: Double
    /// (elective + A − out + in) ÷ staffed; nil without staffed beds.
    public var occupancy: Double? {
        staffedBeds > 0 ? (electiveBeds + acuteBeds - acuteTransferredOut + acuteTransferredIn) / staffedBeds : nil
    }
}

/// One row of acute_transfers.csv.
public struct TransferResult: Sendable {
    public let from: Int, to: Int, specialty: Int, week: Int
    public let bedWeeks: Double
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

/// A solved summer model read back into planning terms, through the model's layout.
public struct SummerOutcome: Sendable {
    public let routes: RoutePolicy
    public let result: SolveResult
    public var status: ReportedStatus { result.reportedStatus }
    /// The objective's parts recomputed from the solution in Swift; nil without a solution.
    public let costs: SummerCosts?
    /// The same parts per region (SPEC §3.4 v2): cooperation, travel, waiting and guarantee of
    /// the home region; overload and acute transfer of the region of the overloaded hospital.
    public let costsByRegion: [SummerCosts]
    public let flows: [FlowResult]
    public let waiting: [WaitingResult]
    public let occupancy: [OccupancyResult]
    public let transfers: [TransferResult]
    public let theatre: [TheatreResult]
    /// Every region, also those with no trade.
    public let settlement: [SettlementRow]
    public let casesTreated: Double
    public let casesOutOfRegion: Double
    public let finalWaiting: Double
    public let finalWaitingOverGuarantee: Double
    public let overloadBedWeeks: Double
    public let acuteTransferBedWeeks: Double
    /// The waiting list at the start (backlog) per region, and the part already over the guarantee.
    public let startWaitingByRegion: [Double]
    public let startOverGuaranteeByRegion: [Double]
    /// The waiting list at the end of the horizon per region, and its part over the guarantee.
    public let finalWaitingByRegion: [Double]
    public let finalOverGuaranteeByRegion: [Double]
    /// Final waiting and over-guarantee waiting per (region, specialty), for no_region_worse_off.
    public let finalByRegionSpecialty: [RegionSpecialtyBound: Double]

    public var objective: Double? { costs?.total }

    /// The `limit` ward-weeks whose extra staffed bed saves most (bed value above half an öre),
    /// largest first, ties by hospital id, specialty id and week.
    public func bedsWorthMost(_ data: DataSet, limit: Int) -> [OccupancyResult] {
        let worth = occupancy.filter { ($0.bedValue ?? 0) > 0.005 }.sorted {
            ($0.bedValue!, data.hospitals[$1.hospital].id, data.specialties[$1.specialty].id, $1.week)
                > ($1.bedValue!, data.hospitals[$0.hospital].id, data.specialties[$0.specialty].id, $0.week)
        }
        return Array(worth.prefix(limit))
    }

    /// Reads `result` for `model`. Values below 1e-9 are taken as zero.
    public init(model: SummerModel, result: SolveResult, data: DataSet) {
        let layout = model.layout, G = model.guaranteeWeeks
        let regionCount = data.regions.count
        routes = model.routes
        self.result = result
        var startByRegion = [Double](repeating: 0, count: regionCount), startOver = startByRegion
        for (key, bands) in layout.backlogByBand {
            startByRegion[key.region] += bands.reduce(0, +)
            startOver[key.region] += bands[G]
        }
        startWaitingByRegion = startByRegion
        startOverGuaranteeByRegion = startOver
        let zeros = [Double](repeating: 0, count: regionCount)
        guard result.hasSolution else {
            costs = nil; costsByRegion = Array(repeating: SummerCosts(), count: regionCount)
            flows = []; waiting = []; occupancy = []; transfers = []; theatre = []
            settlement = data.regions.indices.map { SettlementRow(region: $0, sold: 0, bought: 0) }
            casesTreated = 0; casesOutOfRegion = 0; finalWaiting = 0; finalWaitingOverGuarantee = 0
            overloadBedWeeks = 0; acuteTransferBedWeeks = 0
            finalWaitingByRegion = zeros; finalOverGuaranteeByRegion = zeros; finalByRegionSpecialty = [:]
            return
        }
        var reader = OutcomeReader(model: model, data: data, values: result.primalValues)
        reader.readFlows()
        reader.readWaiting()
        reader.readTransfers()
        let duals = result.rowDuals
        reader.readWards(duals: duals)
        theatre = reader.theatre(duals: duals)
        costsByRegion = reader.byRegion
        costs = reader.byRegion.reduce(SummerCosts(), +)
        flows = reader.flows
        waiting = reader.waiting
        occupancy = reader.occupancy
        transfers = reader.transfers
        settlement = data.regions.indices.map { SettlementRow(region: $0, sold: reader.sold[$0], bought: reader.bought[$0]) }
        casesTreated = reader.treated
        casesOutOfRegion = reader.outside
        finalWaiting = reader.final
        finalWaitingOverGuarantee = reader.finalOver
        overloadBedWeeks = reader.overload
        acuteTransferBedWeeks = reader.moved
        finalWaitingByRegion = reader.finalByRegion
        finalOverGuaranteeByRegion = reader.finalOverByRegion
        finalByRegionSpecialty = reader.bySpecialty
    }
}
