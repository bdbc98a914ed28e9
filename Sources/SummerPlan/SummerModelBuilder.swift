import LinearProgramming
import PlanningData

/// Prices or costs the model needs but the data set lacks (SPEC §9): every out-of-region route
/// variable needs p(s, t, level) (region perspective) or c(producer) (system perspective) and
/// c(home); every cross-region acute transfer needs p(s, acute_bed_day, level(receiver)).
public struct MissingPricesError: Error, Sendable, CustomStringConvertible {
    /// Lines `pricelist: …` / `costs: …`, printed after the scenario's name.
    public let missing: [String]
    /// Lines `FILE: message` that name their file themselves (missing acute bed-day prices).
    public let located: [String]
    public init(missing: [String], located: [String] = []) {
        self.missing = missing
        self.located = located
    }
    public var description: String { (missing + located).joined(separator: "\n") }
}

/// Builds the summer LP (SPEC §3 v2) for a inputs scenario, one family of variables or rows
/// per function, all through one ``SummerLayout``.
public enum SummerModelBuilder {
    /// Upper bounds of the no-region-worse-off rows (SPEC §3.5), right-hand sides already widened.
    public typealias WaitingBounds = [RegionSpecialtyBound: Double]

    /// Builds the model with the scenario's routes, or with `routes` (the status quo).
    ///
    /// - Parameters:
    ///   - names: give every column and row a name (for `samplan export`); off on the hot path.
    ///   - specialties: build only these specialties' block (no row joins two specialties).
    ///   - bounds: the no-region-worse-off bounds to add.
    public static func build(_ inputs: SummerInputs, routes override: RoutePolicy? = nil, names: Bool = false,
                             specialties: Set<Int>? = nil, bounds: WaitingBounds = [:])
        throws(MissingPricesError) -> SummerModel
    {
        var b = Build(inputs: inputs, routes: override ?? inputs.settings.routes, names: names, specialties: specialties)
        b.addQueues()
        b.addWards()
        b.addTransfers()
        b.addFlows()
        b.addTheatreRows()
        b.addClinicRows()
        b.addNoWorseRows(bounds)
        guard b.missing.isEmpty && b.missingLocated.isEmpty else {
            throw MissingPricesError(missing: b.missing.sorted(), located: b.missingLocated.sorted())
        }
        let s = inputs.settings
        return SummerModel(model: b.model, routes: b.routes, layout: b.layout, weeks: s.weeks, guaranteeWeeks: s.guaranteeWeeks,
                           finalBacklogWeight: s.finalBacklogWeight, overloadPenalty: s.overloadPenaltySEKPerBedWeek,
                           targetOccupancy: s.targetOccupancy)
    }
}

/// One build in progress.
struct Build {
    let inputs: SummerInputs
    let data: DataSet
    let settings: SummerSettings
    let routes: RoutePolicy
    let names: Bool
    let specialties: Set<Int>?
    let weeks: [Int]
    var model = LinearModel(name: "samplan_summer")
    var layout = SummerLayout()
    var missing: Set<String> = []
    var missingLocated: Set<String> = []

    init(inputs: SummerInputs, routes: RoutePolicy, names: Bool, specialties: Set<Int>?) {
        self.inputs = inputs
        data = inputs.data
        settings = inputs.settings
        self.routes = routes
        self.names = names
        self.specialties = specialties
        weeks = Array(inputs.settings.weeks)
    }

    func includes(_ s: Int) -> Bool { specialties?.contains(s) ?? true }
    func label(_ parts: String...) -> String { names ? parts.joined(separator: "_") : "" }
    func id(_ key: RegionSpecialtyCareType) -> String {
        "\(data.regions[key.region].id)_\(data.specialties[key.specialty].id)_\(key.careType.rawValue)"
    }
    func id(_ ward: WardWeek) -> String { "\(data.hospitals[ward.hospital].id)_\(data.specialties[ward.specialty].id)_\(ward.week)" }

    // MARK: q, band rows, waiting rows (SPEC §3.1)

    /// Every (r, s, t) with a backlog or demand in the horizon gets its bands, in an equivalent
    /// smaller form (SPEC §3.1 allows it):
    /// - z is eliminated: z(w, a) = inflow(w, a) − q(w, a) ≥ 0 becomes the row q(w, a) ≤ inflow,
    ///   and Σ_a z = Σ_h x becomes version 1's waiting equation;
    /// - a band that no backlog or demand can reach stays empty and is left out;
    /// - the ages too young to reach G by the last week (below T(w) = G − (wN − w)) are one band,
    ///   `QueueBand.young`: they cost the same and none reaches the guarantee in the horizon. The
    ///   young band of week w − 1 holds exactly the ages that are young in week w, less demand(w).
    mutating func addQueues() {
        let G = settings.guaranteeWeeks, firstWeek = settings.weeks.lowerBound, lastWeek = settings.weeks.upperBound
        var keys = Set(data.backlog.filter { $0.value > 0 && includes($0.key.specialty) }.keys)
        for (key, series) in data.demand where includes(key.specialty) && weeks.contains(where: { series[$0] > 0 }) { keys.insert(key) }
        layout.queueKeys = keys.sorted()
        for key in layout.queueKeys {
            let pair = SpecialtyCareType(key.specialty, key.careType)
            let wait = inputs.waitCost[pair] ?? settings.defaultWaitCost
            let guarantee = inputs.guaranteePenalty[pair] ?? settings.defaultGuaranteePenalty
            layout.waitCost[key] = wait
            layout.guaranteePenalty[key] = guarantee
            var start = [Double](repeating: 0, count: G + 1)
            for (k, waiting) in (data.backlogByWeeksWaited[key] ?? [:]).sorted(by: { $0.key < $1.key }) { start[min(k, G)] += waiting }
            layout.backlogByBand[key] = start
            var reachedBefore = start.map { $0 > 0 }
            for w in weeks {
                let demand = data.demand[key]?[w] ?? 0
                let young = G - (lastWeek - w)  // T(w): ages below it are one band
                var reached = [Bool](repeating: false, count: G + 1)
                reached[0] = demand > 0
                for a in 1...G { reached[a] = reachedBefore[a - 1] || (a == G && reachedBefore[G]) }
                let weight = w == lastWeek ? settings.finalBacklogWeight : 1
                // v1's waiting equation: Σ_a q(w, a) − Σ_a q(w−1, a) + Σ_h x = demand (+ backlog in w0).
                let backlog = w == firstWeek ? start.reduce(0, +) : 0
                let waitingRow = model.addRow(lower: demand + backlog, upper: demand + backlog, name: label("waiting", id(key), "\(w)"))
                layout.treatedRows.append(QueueWeek(queue: key, week: w), waitingRow)
                if w > firstWeek {
                    for band in [QueueBand.young] + Array(0...G) {
                        if let previous = layout.queues[QueueBand(queue: key, week: w - 1, band: band)] {
                            model.addCoefficient(row: waitingRow, column: previous, value: -1)
                        }
                    }
                }
                // The bands of week w: the young band, then every band from T(w) (or 0) to G.
                var bands: [(band: Int, inflowBands: [Int], constant: Double)] = []
                if young >= 1 && reached[0..<young].contains(true) {
                    // Ages 0 … T(w) − 1: demand(w), plus the young band of w − 1 (ages 0 … T(w) − 2 then);
                    // in week w0 the backlog of those ages.
                    let constant = demand + (w == firstWeek ? start[0..<max(0, young - 1)].reduce(0, +) : 0)
                    bands.append((QueueBand.young, [QueueBand.young], constant))
                }
                for a in max(young, 0)...G where reached[a] {
                    let from = a == 0 ? [] : (a == G ? [G - 1, G] : [a - 1])
                    let constant = a == 0 ? demand : (w == firstWeek ? from.reduce(0) { $0 + start[$1] } : 0)
                    bands.append((a, from, constant))
                }
                for (band, from, constant) in bands {
                    let key3 = QueueBand(queue: key, week: w, band: band)
                    let cost = wait * weight + (band == G ? guarantee * weight : 0)
                    let q = model.addVariable(lower: 0, upper: .infinity, objective: cost, name: label("q", id(key), "\(w)", band == QueueBand.young ? "young" : "\(band)"))
                    layout.queues.append(key3, q)
                    model.addCoefficient(row: waitingRow, column: q, value: 1)
                    // q(w, a) − Σ q(w−1, from) ≤ constant: z(w, a) ≥ 0.
                    let row = model.addRow(lower: -.infinity, upper: constant, name: label("band", id(key), "\(w)", band == QueueBand.young ? "young" : "\(band)"))
                    layout.bandRows.append(key3, row)
                    model.addCoefficient(row: row, column: q, value: 1)
                    if w > firstWeek {
                        for b in from {
                            if let previous = layout.queues[QueueBand(queue: key, week: w - 1, band: b)] {
                                model.addCoefficient(row: row, column: previous, value: -1)
                            }
                        }
                    }
                }
                reachedBefore = reached
            }
        }
    }

    // MARK: Wards: free-bed rows, acute-excess rows, o (SPEC §3.2)

    mutating func addWards() {
        let theta = settings.targetOccupancy
        for h in data.hospitals.indices {
            for s in data.specialties.indices where includes(s) {
                for w in weeks {
                    let balance = data.bedBalance(hospital: h, specialty: s, week: w, targetOccupancy: theta)
                    guard balance.hasRow else { continue }
                    let ward = WardWeek(hospital: h, specialty: s, week: w)
                    layout.wards.append(ward)
                    layout.balances[ward] = balance
                    if balance.staffedBeds > 0 {
                        layout.freeBedRows.append(ward, model.addRow(lower: -.infinity, upper: balance.freeBeds, name: label("free_beds", id(ward))))
                    }
                    if balance.acuteExcess > 0 {
                        let o = model.addVariable(lower: 0, upper: .infinity, objective: settings.overloadPenaltySEKPerBedWeek,
                                                  name: label("o", id(ward)))
                        layout.overloads.append(ward, o)
                        let row = model.addRow(lower: balance.acuteExcess, upper: balance.acuteExcess, name: label("acute_excess", id(ward)))
                        layout.acuteExcessRows.append(ward, row)
                        model.addCoefficient(row: row, column: o, value: 1)
                    }
                }
            }
        }
    }

    // MARK: v (SPEC §3.2)

    /// From every ward-week with E > 0 to every other hospital of the specialty with F > 0 within
    /// `acute_transfer_max_minutes`; across regions only with `routes: all`.
    mutating func addTransfers() {
        guard settings.acuteTransfers else { return }
        let acrossRegions = routes == .all
        let pricelist = inputs.priceList ?? data.name + "/pricelist.csv"
        for (ward, excessRow) in layout.acuteExcessRows.entries {
            let (h, s, w) = (ward.hospital, ward.specialty, ward.week)
            for h2 in data.hospitals.indices where h2 != h {
                guard let inRow = layout.freeBedRows[WardWeek(hospital: h2, specialty: s, week: w)],
                      layout.balances[WardWeek(hospital: h2, specialty: s, week: w)]!.freeBeds > 0 else { continue }
                let cross = data.hospitals[h].region != data.hospitals[h2].region
                guard acrossRegions || !cross else { continue }
                let minutes = data.travelMinutes(fromHospital: h, toHospital: h2)
                guard minutes <= settings.acuteTransferMaxMinutes else { continue }
                var price = 0.0
                if cross {
                    let level = data.hospitals[h2].level
                    guard let p = data.prices.acuteBedDayPrice(specialty: s, level: level) else {
                        missingLocated.insert("\(pricelist): no `acute_bed_day` price for (\(data.specialties[s].id), \(level.rawValue)), needed to settle acute transfers to \(data.hospitals[h2].id) from another region; add the price or set `acute_transfers: false`")
                        continue
                    }
                    price = 7 * p
                }
                let cost = settings.acuteTransferCostSEKPerBedWeek + settings.acuteTransferCostSEKPerBedWeekMinute * minutes
                let v = model.addVariable(lower: 0, upper: .infinity, objective: cost,
                                          name: label("v", data.hospitals[h].id, data.hospitals[h2].id, data.specialties[s].id, "\(w)"))
                layout.transfers.append(TransferKey(from: h, to: h2, specialty: s, week: w), v)
                layout.transferTerms.append(TransferTerms(cost: cost, pricePerBedWeek: price, crossRegion: cross))
                model.addCoefficient(row: excessRow, column: v, value: 1)
                model.addCoefficient(row: inRow, column: v, value: 1)
            }
        }
    }

    // MARK: x (SPEC §3, §3.2)

    func isOpen(region r: Int, hospital h: Int, specialty s: Int, careType t: CareType) -> Bool {
        if data.hospitals[h].region == r { return true }
        let referred = (data.referrals[Referral(originRegion: r, hospital: h, specialty: s, careType: t)] ?? 0) > 0
        switch routes {
        case .ownRegion: return false
        case .statusQuo: return referred
        // Today's routes stay open whatever their length, so the plan can do what the status quo does (v2).
        case .all: return referred || data.travelMinutes(region: r, hospital: h) <= settings.maxTravelMinutes
        }
    }

    /// base(r, h, s, t) and p(s, t, level(h)) of an out-of-region route; nil (and the gap
    /// recorded) when a price or cost is missing.
    mutating func routeTerms(region r: Int, hospital h: Int, specialty s: Int, careType t: CareType) -> (base: Double, price: Double)? {
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
        if settings.perspective == .system {
            other = data.ownCosts.cost(region: data.hospitals[h].region, specialty: s, careType: t)
            if other == nil {
                missing.insert("costs: no own cost for (\(data.regions[data.hospitals[h].region].id), \(data.specialties[s].id), \(t.rawValue))")
            }
        }
        guard let listPrice, let other, let homeCost else { return nil }
        return (other - homeCost, listPrice)
    }

    mutating func addFlows() {
        for key in layout.queueKeys {
            let (r, s, t) = (key.region, key.specialty, key.careType)
            guard let mix = data.caseMix[SpecialtyCareType(s, t)] else { continue }
            for h in data.hospitals.indices where isOpen(region: r, hospital: h, specialty: s, careType: t) {
                let offeredWeeks = weeks.filter { data.offers(hospital: h, specialty: s, careType: t, week: $0) }
                guard !offeredWeeks.isEmpty else { continue }
                let own = data.hospitals[h].region == r
                var base = 0.0, price = 0.0
                if !own {
                    guard let terms = routeTerms(region: r, hospital: h, specialty: s, careType: t) else { continue }
                    (base, price) = terms
                }
                let travel = settings.travelCostSEKPerMinute * data.travelMinutes(region: r, hospital: h)
                let terms = FlowTerms(cooperationCost: base, travelCost: travel, price: price, outOfRegion: !own,
                                      bedsPerCase: mix.bedDays / 7, theatreHoursPerCase: mix.orMinutes / 60, visitsPerCase: mix.visits)
                for w in offeredWeeks {
                    let x = model.addVariable(lower: 0, upper: .infinity, objective: base + travel,
                                              name: label("x", data.regions[r].id, data.hospitals[h].id, data.specialties[s].id, t.rawValue, "\(w)"))
                    layout.flows.append(FlowKey(region: r, hospital: h, specialty: s, careType: t, week: w), x)
                    layout.flowTerms.append(terms)
                    model.addCoefficient(row: layout.treatedRows[QueueWeek(queue: key, week: w)]!, column: x, value: 1)
                    if mix.bedDays > 0, let row = layout.freeBedRows[WardWeek(hospital: h, specialty: s, week: w)] {
                        model.addCoefficient(row: row, column: x, value: terms.bedsPerCase)
                    }
                }
            }
        }
    }

    // MARK: Theatre and clinic rows (only where some x uses them)

    mutating func addTheatreRows() {
        addResourceRows("theatre", perCase: \.theatreHoursPerCase, limit: \.orHours, rows: \.theatreRows, limits: \.theatreHours)
    }

    mutating func addClinicRows() {
        addResourceRows("clinic", perCase: \.visitsPerCase, limit: \.visits, rows: \.clinicRows, limits: \.clinicVisits)
    }

    /// One row per (hospital, specialty, week) whose staffed `limit` some flow uses:
    /// Σ perCase · x ≤ limit(h, s, w), in the order the flows first use them.
    private mutating func addResourceRows(_ name: String, perCase: KeyPath<FlowTerms, Double>, limit: KeyPath<Resources, Double>,
                                          rows: WritableKeyPath<SummerLayout, ModelFamily<WardWeek>>,
                                          limits: WritableKeyPath<SummerLayout, [Double]>) {
        for (k, (key, x)) in layout.flows.entries.enumerated() where layout.flowTerms[k][keyPath: perCase] > 0 {
            let ward = WardWeek(hospital: key.hospital, specialty: key.specialty, week: key.week)
            let row: Int
            if let existing = layout[keyPath: rows][ward] {
                row = existing
            } else {
                let value = data.capacity.capacity(hospital: ward.hospital, specialty: ward.specialty, week: ward.week)[keyPath: limit]
                row = model.addRow(lower: -.infinity, upper: value, name: label(name, id(ward)))
                layout[keyPath: rows].append(ward, row)
                layout[keyPath: limits].append(value)
            }
            model.addCoefficient(row: row, column: x, value: layout.flowTerms[k][keyPath: perCase])
        }
    }

    // MARK: No region worse off (SPEC §3.5)

    /// Σ_{t,a} q(R, s, t, wN, a) ≤ Q_sq and Σ_t q(R, s, t, wN, G) ≤ G_sq, for each bound given.
    mutating func addNoWorseRows(_ bounds: SummerModelBuilder.WaitingBounds) {
        let last = settings.weeks.upperBound, G = settings.guaranteeWeeks
        let allBands = [QueueBand.young] + Array(0...G)
        for bound in bounds.keys.sorted() where includes(bound.specialty) {
            let row = model.addRow(lower: -.infinity, upper: bounds[bound]!,
                                   name: label("no_worse", data.regions[bound.region].id, data.specialties[bound.specialty].id, bound.overGuarantee ? "g" : "q"))
            layout.noWorseRows.append(bound, row)
            for key in layout.queueKeys where key.region == bound.region && key.specialty == bound.specialty {
                for a in (bound.overGuarantee ? [G] : allBands) {
                    if let q = layout.queues[QueueBand(queue: key, week: last, band: a)] { model.addCoefficient(row: row, column: q, value: 1) }
                }
            }
        }
    }
}
