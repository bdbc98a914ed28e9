import LinearProgramming
import PlanningData
import Scenario

/// Prices or costs the model needs but the data set lacks (SPEC §9): every out-of-region route
/// variable needs p(s, t, level) (region perspective) or c(producer) (system perspective) and c(home).
public struct MissingPricesError: Error, Sendable, CustomStringConvertible {
    public let missing: [String]
    public var description: String { missing.joined(separator: "\n") }
}

/// Builds the summer LP (SPEC §3) for a prepared scenario.
public enum SummerModelBuilder {
    /// Builds the model with the scenario's routes, or with `routes` (the status quo).
    ///
    /// - Parameter names: give every column and row a name (for `samplan export`); off on the hot path.
    /// - Complexity: O(regions × hospitals × specialties × care types × weeks) for the routes, plus
    ///   O(1) per variable and coefficient: no intermediate expressions.
    public static func build(_ prepared: PreparedSummer, routes override: RoutePolicy? = nil, names: Bool = false)
        throws(MissingPricesError) -> SummerModel
    {
        let data = prepared.data, scenario = prepared.scenario
        let routes = override ?? scenario.routes
        let weeks = Array(scenario.weeks), firstWeek = scenario.weeks.lowerBound, lastWeek = scenario.weeks.upperBound
        let theta = scenario.targetOccupancy
        var model = LinearModel(name: "samplan_summer")
        var missing: Set<String> = []

        // Queues: every (r, s, t) with a backlog or demand in the horizon.
        var queueKeys = Set(data.backlog.filter { $0.value > 0 }.keys)
        for (key, series) in data.demand where weeks.contains(where: { series[$0] > 0 }) { queueKeys.insert(key) }
        let sortedKeys = queueKeys.sorted()
        var queues: [QueueVariable] = []
        var waitingRow: [RegionSpecialtyCareType: Int] = [:]  // row of the horizon's first week; weeks follow
        model.reserveCapacity(columns: sortedKeys.count * weeks.count * 4, rows: sortedKeys.count * weeks.count * 2, entries: 0)
        for key in sortedKeys {
            let wait = prepared.waitCost[SpecialtyCareType(key.specialty, key.careType)] ?? scenario.waitCost.defaultCost
            let label = names ? "\(data.regions[key.region].id)_\(data.specialties[key.specialty].id)_\(key.careType.rawValue)" : ""
            var previous: Int?
            for w in weeks {
                let weight = w == lastWeek ? scenario.finalBacklogWeight : 1
                let q = model.addVariable(lower: 0, upper: .infinity, objective: wait * weight, name: names ? "q_\(label)_\(w)" : "")
                queues.append(QueueVariable(key: key, week: w, column: q, cost: wait * weight))
                // q(w) − q(w−1) + Σ_h x = demand(w), with q(w0 − 1) = backlog on the right.
                let demand = data.demand[key]?[w] ?? 0
                let rhs = demand + (w == firstWeek ? data.backlog[key] ?? 0 : 0)
                let row = model.addRow(lower: rhs, upper: rhs, name: names ? "wait_\(label)_\(w)" : "")
                if w == firstWeek { waitingRow[key] = row }
                model.addCoefficient(row: row, column: q, value: 1)
                if let previous { model.addCoefficient(row: row, column: previous, value: -1) }
                previous = q
            }
        }

        // Beds: a row and an overload variable for every (h, s, w) with beds or acute load.
        var bedRows: [BedRow] = []
        var bedRowIndex: [Int: Int] = [:]  // slot(h, s, w) → index into bedRows
        let S = data.specialties.count
        func slot(_ h: Int, _ s: Int, _ w: Int) -> Int { (h * S + s) * 54 + w }
        for h in data.hospitals.indices {
            for s in data.specialties.indices {
                for w in weeks {
                    let beds = data.capacity.capacity(hospital: h, specialty: s, week: w).beds
                    let acute = data.acuteLoad(hospital: h, specialty: s, week: w)
                    guard beds > 0 || acute > 0 else { continue }
                    let label = names ? "\(data.hospitals[h].id)_\(data.specialties[s].id)_\(w)" : ""
                    let o = model.addVariable(lower: 0, upper: .infinity, objective: scenario.overloadPenaltySEKPerBedWeek,
                                              name: names ? "o_\(label)" : "")
                    // Σ bed_days/7 · x + A − o ≤ θ · beds
                    let row = model.addRow(lower: -.infinity, upper: theta * beds - acute, name: names ? "beds_\(label)" : "")
                    model.addCoefficient(row: row, column: o, value: -1)
                    bedRowIndex[slot(h, s, w)] = bedRows.count
                    bedRows.append(BedRow(hospital: h, specialty: s, week: w, row: row, overloadColumn: o, staffedBeds: beds, acuteLoad: acute))
                }
            }
        }

        // Routes and flows.
        var flows: [FlowVariable] = []
        var theatreRows: [ResourceRow] = [], clinicRows: [ResourceRow] = []
        var theatreIndex: [Int: Int] = [:], clinicIndex: [Int: Int] = [:]
        /// The theatre or clinic row of (h, s, w), created with its capacity when a flow first uses it.
        func resourceRow(_ rows: inout [ResourceRow], _ index: inout [Int: Int], _ h: Int, _ s: Int, _ w: Int, _ prefix: String,
                         _ capacityOf: (Resources) -> Double) -> Int {
            let k = slot(h, s, w)
            if let existing = index[k] { return rows[existing].row }
            let capacity = capacityOf(data.capacity.capacity(hospital: h, specialty: s, week: w))
            let row = model.addRow(lower: -.infinity, upper: capacity,
                                   name: names ? "\(prefix)_\(data.hospitals[h].id)_\(data.specialties[s].id)_\(w)" : "")
            index[k] = rows.count
            rows.append(ResourceRow(hospital: h, specialty: s, week: w, row: row, capacity: capacity))
            return row
        }
        for key in sortedKeys {
            let (r, s, t) = (key.region, key.specialty, key.careType)
            guard let mix = data.caseMix[SpecialtyCareType(s, t)] else { continue }
            for h in data.hospitals.indices {
                let own = data.hospitals[h].region == r
                let open: Bool
                switch routes {
                case .ownRegion: open = own
                case .all: open = own || data.travelMinutes(region: r, hospital: h) <= scenario.maxTravelMinutes
                case .statusQuo:
                    open = own || (data.referrals[Referral(originRegion: r, hospital: h, specialty: s, careType: t)] ?? 0) > 0
                }
                guard open else { continue }
                let offeredWeeks = weeks.filter { data.offers(hospital: h, specialty: s, careType: t, week: $0) }
                guard !offeredWeeks.isEmpty else { continue }
                var base = 0.0, price = 0.0
                if !own {
                    // The price is needed whatever the perspective: the settlement uses it.
                    let listPrice = data.price(specialty: s, careType: t, hospital: h)
                    if listPrice == nil {
                        missing.insert("pricelist: no price for (\(data.specialties[s].id), \(t.rawValue), \(data.hospitals[h].level.rawValue)), needed for patients from other regions at \(data.hospitals[h].id)")
                    }
                    let homeCost = data.ownCosts.cost(region: r, specialty: s, careType: t)
                    if homeCost == nil {
                        missing.insert("costs: no own cost for (\(data.regions[r].id), \(data.specialties[s].id), \(t.rawValue))")
                    }
                    var other = listPrice
                    if scenario.perspective == .system {
                        other = data.ownCosts.cost(region: data.hospitals[h].region, specialty: s, careType: t)
                        if other == nil {
                            missing.insert("costs: no own cost for (\(data.regions[data.hospitals[h].region].id), \(data.specialties[s].id), \(t.rawValue))")
                        }
                    }
                    guard let listPrice, let other, let homeCost else { continue }
                    base = other - homeCost
                    price = listPrice
                }
                let travel = scenario.travelCostSEKPerMinute * data.travelMinutes(region: r, hospital: h)
                let label = names ? "\(data.regions[r].id)_\(data.hospitals[h].id)_\(data.specialties[s].id)_\(t.rawValue)" : ""
                for w in offeredWeeks {
                    let x = model.addVariable(lower: 0, upper: .infinity, objective: base + travel, name: names ? "x_\(label)_\(w)" : "")
                    flows.append(FlowVariable(region: r, hospital: h, specialty: s, careType: t, week: w, column: x,
                                              cooperationCost: base, travelCost: travel, price: price, outOfRegion: !own))
                    model.addCoefficient(row: waitingRow[key]! + (w - firstWeek), column: x, value: 1)
                    if mix.bedDays > 0, let b = bedRowIndex[slot(h, s, w)] {
                        model.addCoefficient(row: bedRows[b].row, column: x, value: mix.bedDays / 7)
                    }
                    if mix.orMinutes > 0 {
                        let row = resourceRow(&theatreRows, &theatreIndex, h, s, w, "theatre") { $0.orHours }
                        model.addCoefficient(row: row, column: x, value: mix.orMinutes / 60)
                    }
                    if mix.visits > 0 {
                        let row = resourceRow(&clinicRows, &clinicIndex, h, s, w, "clinic") { $0.visits }
                        model.addCoefficient(row: row, column: x, value: mix.visits)
                    }
                }
            }
        }
        guard missing.isEmpty else { throw MissingPricesError(missing: missing.sorted()) }
        var backlog: [RegionSpecialtyCareType: Double] = [:]
        for key in sortedKeys { backlog[key] = data.backlog[key] ?? 0 }
        return SummerModel(
            model: model, routes: routes, flows: flows, queues: queues, bedRows: bedRows, theatreRows: theatreRows,
            clinicRows: clinicRows, queueKeys: sortedKeys, backlog: backlog,
            overloadPenalty: scenario.overloadPenaltySEKPerBedWeek, targetOccupancy: theta)
    }
}
