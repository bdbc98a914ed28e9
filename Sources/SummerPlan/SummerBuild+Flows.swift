import LinearProgramming
import PlanningData

extension Build {
    // MARK: x (docs/SPEC.md §3, §3.2)

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
            // The waiting rows of this list by week (weeks are consecutive), looked up once rather
            // than once per hospital.
            let treatedRows = weeks.map { layout.treatedRows[QueueWeek(queue: key, week: $0)]! }
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
                                              name: label(["x", data.regions[r].id, data.hospitals[h].id, data.specialties[s].id, t.rawValue, "\(w)"]))
                    layout.flows.append(FlowKey(region: r, hospital: h, specialty: s, careType: t, week: w), x)
                    layout.flowTerms.append(terms)
                    model.addCoefficient(row: treatedRows[w - weeks[0]], column: x, value: 1)
                    if mix.bedDays > 0, let row = layout.freeBedRows[WardWeek(hospital: h, specialty: s, week: w)] {
                        model.addCoefficient(row: row, column: x, value: terms.bedsPerCase)
                    }
                }
            }
        }
    }

    // MARK: Theatre and clinic rows (only where some x uses them)

    mutating func addTheatreRows() {
        (layout.theatreRows, layout.theatreHours) = resourceRows("theatre", perCase: { $0.theatreHoursPerCase }, limit: { $0.orHours })
    }

    mutating func addClinicRows() {
        (layout.clinicRows, layout.clinicVisits) = resourceRows("clinic", perCase: { $0.visitsPerCase }, limit: { $0.visits })
    }

    /// One row per (hospital, specialty, week) whose staffed `limit` some flow uses:
    /// Σ perCase · x ≤ limit(h, s, w), in the order the flows first use them. Returns the rows
    /// and their limits. (Closures rather than key paths: a key path applied once per flow cost
    /// a tenth of a draw's build.)
    private mutating func resourceRows(_ name: String, perCase: (FlowTerms) -> Double, limit: (Resources) -> Double)
        -> (ModelFamily<WardWeek>, [Double])
    {
        var rows = ModelFamily<WardWeek>(name)
        var limits: [Double] = []
        for (k, (key, x)) in layout.flows.entries.enumerated() {
            let used = perCase(layout.flowTerms[k])
            guard used > 0 else { continue }
            let ward = WardWeek(hospital: key.hospital, specialty: key.specialty, week: key.week)
            let row: Int
            if let existing = rows[ward] {
                row = existing
            } else {
                let value = limit(data.capacity.capacity(hospital: ward.hospital, specialty: ward.specialty, week: ward.week))
                row = model.addRow(lower: -.infinity, upper: value, name: label([name, id(ward)]))
                rows.append(ward, row)
                limits.append(value)
            }
            model.addCoefficient(row: row, column: x, value: used)
        }
        return (rows, limits)
    }

    // MARK: No region worse off (docs/SPEC.md §3.5)

    /// Σ_{t,a} q(R, s, t, wN, a) ≤ Q_sq and Σ_t q(R, s, t, wN, G) ≤ G_sq, for each bound given.
    mutating func addNoWorseRows(_ bounds: SummerModelBuilder.WaitingBounds) {
        let last = settings.weeks.upperBound, G = settings.guaranteeWeeks
        let allBands = [QueueBand.young] + Array(0...G)
        for bound in bounds.keys.sorted() where includes(bound.specialty) {
            let row = model.addRow(lower: -.infinity, upper: bounds[bound]!,
                                   name: label(["no_worse", data.regions[bound.region].id, data.specialties[bound.specialty].id, bound.overGuarantee ? "g" : "q"]))
            layout.noWorseRows.append(bound, row)
            for key in layout.queueKeys where key.region == bound.region && key.specialty == bound.specialty {
                for a in (bound.overGuarantee ? [G] : allBands) {
                    if let q = layout.queues[QueueBand(queue: key, week: last, band: a)] { model.addCoefficient(row: row, column: q, value: 1) }
                }
            }
        }
    }
}
