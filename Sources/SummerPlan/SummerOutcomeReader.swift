import LinearProgramming
import PlanningData

/// Reads a solved summer model back family by family (flows, waiting bands, acute transfers,
/// wards, theatre rows) for ``SummerOutcome``: per-region costs, the settlement, and the rows of
/// the result files. The order of the reads is the order of the sums, so that every figure is
/// the same bit for bit however the reading is arranged.
struct OutcomeReader {
    let model: SummerModel
    let data: DataSet
    /// The primal solution, one value per column.
    let values: [Double]
    var byRegion: [SummerCosts]
    /// SEK sold and bought per region under the price list.
    var sold: [Double], bought: [Double]
    var flows: [FlowResult] = [], treated = 0.0, outside = 0.0
    /// Bed-weeks and theatre hours of planned care per ward-week.
    var elective: [WardWeek: Double] = [:], theatreUse: [WardWeek: Double] = [:]
    var waiting: [WaitingResult] = [], final = 0.0, finalOver = 0.0
    var finalByRegion: [Double], finalOverByRegion: [Double]
    var bySpecialty: [RegionSpecialtyBound: Double] = [:]
    var transfers: [TransferResult] = [], moved = 0.0
    /// Acute bed-weeks transferred out of and into each ward-week.
    var out: [WardWeek: Double] = [:], into: [WardWeek: Double] = [:]
    var occupancy: [OccupancyResult] = [], overload = 0.0

    init(model: SummerModel, data: DataSet, values: [Double]) {
        self.model = model
        self.data = data
        self.values = values
        let zeros = [Double](repeating: 0, count: data.regions.count)
        byRegion = Array(repeating: SummerCosts(), count: data.regions.count)
        sold = zeros
        bought = zeros
        finalByRegion = zeros
        finalOverByRegion = zeros
    }

    var layout: SummerLayout { model.layout }

    /// A column's value, below 1e-9 taken as zero.
    func value(_ column: Int) -> Double { let v = values[column]; return abs(v) < 1e-9 ? 0 : v }

    mutating func readFlows() {
        for (k, (key, column)) in layout.flows.entries.enumerated() {
            let cases = value(column)
            guard cases != 0 else { continue }
            let terms = layout.flowTerms[k]
            byRegion[key.region].cooperation += terms.cooperationCost * cases
            byRegion[key.region].travel += terms.travelCost * cases
            treated += cases
            if terms.outOfRegion {
                outside += cases
                sold[data.hospitals[key.hospital].region] += terms.price * cases
                bought[key.region] += terms.price * cases
            }
            flows.append(FlowResult(region: key.region, hospital: key.hospital, specialty: key.specialty, careType: key.careType,
                                    week: key.week, cases: cases, outOfRegion: terms.outOfRegion))
            let ward = WardWeek(hospital: key.hospital, specialty: key.specialty, week: key.week)
            elective[ward, default: 0] += terms.bedsPerCase * cases
            theatreUse[ward, default: 0] += terms.theatreHoursPerCase * cases
        }
    }

    /// Waiting by band, summed per (queue, week); the final week's per region and specialty.
    mutating func readWaiting() {
        let G = model.guaranteeWeeks, last = model.weeks.upperBound
        var total: [QueueWeek: Double] = [:], over: [QueueWeek: Double] = [:]
        for (band, column) in layout.queues.entries {
            let v = value(column)
            guard v != 0 else { continue }
            let key = QueueWeek(queue: band.queue, week: band.week)
            total[key, default: 0] += v
            let weight = model.weight(band.week)
            byRegion[band.queue.region].waiting += layout.waitCost[band.queue]! * weight * v
            if band.band == G {
                over[key, default: 0] += v
                byRegion[band.queue.region].guarantee += layout.guaranteePenalty[band.queue]! * weight * v
            }
        }
        for key in total.keys.sorted() {
            let v = total[key]!, g = over[key] ?? 0
            waiting.append(WaitingResult(key: key.queue, week: key.week, waiting: v, overGuarantee: g))
            guard key.week == last else { continue }
            final += v; finalOver += g
            finalByRegion[key.queue.region] += v
            finalOverByRegion[key.queue.region] += g
            bySpecialty[RegionSpecialtyBound(region: key.queue.region, specialty: key.queue.specialty, overGuarantee: false), default: 0] += v
            bySpecialty[RegionSpecialtyBound(region: key.queue.region, specialty: key.queue.specialty, overGuarantee: true), default: 0] += g
        }
    }

    mutating func readTransfers() {
        for (k, (key, column)) in layout.transfers.entries.enumerated() {
            let v = value(column)
            guard v != 0 else { continue }
            let terms = layout.transferTerms[k], from = data.hospitals[key.from].region, to = data.hospitals[key.to].region
            byRegion[from].acuteTransfer += terms.cost * v
            moved += v
            if terms.crossRegion {
                sold[to] += terms.pricePerBedWeek * v
                bought[from] += terms.pricePerBedWeek * v
            }
            transfers.append(TransferResult(from: key.from, to: key.to, specialty: key.specialty, week: key.week, bedWeeks: v))
            out[WardWeek(hospital: key.from, specialty: key.specialty, week: key.week), default: 0] += v
            into[WardWeek(hospital: key.to, specialty: key.specialty, week: key.week), default: 0] += v
        }
    }

    /// occupancy.csv's rows; `duals` empty when the solver gave none (a MIP, or no solution).
    mutating func readWards(duals: [Double]) {
        let theta = model.targetOccupancy
        for ward in layout.wards {
            let balance = layout.balances[ward]!
            var o = 0.0
            if let column = layout.overloads[ward] {
                o = value(column)
                byRegion[data.hospitals[ward.hospital].region].overload += model.overloadPenalty * o
                overload += o
            }
            // The row that an extra bed relaxes: acute excess where E > 0, else free beds (docs/SPEC.md §3.4).
            let row = balance.acuteExcess > 0 ? layout.acuteExcessRows[ward] : layout.freeBedRows[ward]
            let bedValue = duals.isEmpty ? nil : row.map { theta * abs(duals[$0]) }
            occupancy.append(OccupancyResult(
                hospital: ward.hospital, specialty: ward.specialty, week: ward.week, staffedBeds: balance.staffedBeds,
                acuteBeds: balance.acuteLoad, electiveBeds: elective[ward] ?? 0, overloadBeds: o, bedValue: bedValue ?? (duals.isEmpty ? nil : 0),
                acuteTransferredOut: out[ward] ?? 0, acuteTransferredIn: into[ward] ?? 0))
        }
    }

    /// One theatre row per ward-week whose theatre hours some flow uses (after ``readFlows()``).
    func theatre(duals: [Double]) -> [TheatreResult] {
        zip(layout.theatreRows.entries, layout.theatreHours).map { entry, hours in
            let (ward, row) = entry
            return TheatreResult(hospital: ward.hospital, specialty: ward.specialty, week: ward.week, hours: hours,
                                 usedHours: theatreUse[ward] ?? 0, hourValue: duals.isEmpty ? nil : max(0, -duals[row]))
        }
    }
}
