import PlanningData

/// Applies `adjust` entries to the derived values of a data set, in order (docs/SPEC.md §9): capacity per
/// (hospital, specialty) with a capacity row and selected week; demand on the rows present;
/// price per selected level; own cost per selected region, specialty and care type after the
/// lookup. An unknown id, or an entry that matches nothing, is an error.
struct AdjustmentApplier {
    var data: DataSet
    var issues: [ScenarioIssue] = []

    init(data: DataSet) { self.data = data }

    mutating func apply(_ adjustment: Adjustment) {
        switch adjustment.target {
        case let .capacity(hospital, specialty, weeks, resource):
            applyCapacity(adjustment, hospital, specialty, weeks, resource)
        case let .demand(region, specialty, careType, weeks):
            applyDemand(adjustment, region, specialty, careType, weeks)
        case let .price(specialty, careType, level):
            applyPrice(adjustment, specialty, careType, level)
        case let .cost(region, specialty, careType):
            applyCost(adjustment, region, specialty, careType)
        }
    }

    /// Scales or sets beds, theatre hours and/or visits of the selected hospital-specialty-weeks.
    private mutating func applyCapacity(_ adjustment: Adjustment, _ hospital: IDSelector, _ specialty: IDSelector,
                                        _ weeks: WeekSelector, _ resource: ResourceSelector) {
        guard let hs = indices(hospital, "hospital", data.hospitalIndex, adjustment),
              let ss = indices(specialty, "specialty", data.specialtyIndex, adjustment) else { return }
        var matched = 0
        for h in hs {
            for s in ss where data.capacity.hasRows(hospital: h, specialty: s) {
                for w in Week.range where weeks.contains(w) {
                    var c = data.capacity.capacity(hospital: h, specialty: s, week: w)
                    if resource == .beds || resource == .all { c.beds = adjustment.change.apply(to: c.beds) }
                    if resource == .orHours || resource == .all { c.orHours = adjustment.change.apply(to: c.orHours) }
                    if resource == .visits || resource == .all { c.visits = adjustment.change.apply(to: c.visits) }
                    data.capacity.set(hospital: h, specialty: s, week: w, c)
                    matched += 1
                }
            }
        }
        if matched == 0 { nothing(adjustment, "no capacity row of these hospitals and specialties") }
    }

    /// Scales or sets the demand rows present for the selected weeks.
    private mutating func applyDemand(_ adjustment: Adjustment, _ region: IDSelector, _ specialty: IDSelector,
                                      _ careType: IDSelector, _ weeks: WeekSelector) {
        guard let rs = indices(region, "region", data.regionIndex, adjustment),
              let ss = indices(specialty, "specialty", data.specialtyIndex, adjustment),
              let ts = careTypes(careType, adjustment) else { return }
        var matched = 0
        for key in data.demand.keys.sorted() where rs.contains(key.region) && ss.contains(key.specialty) && ts.contains(key.careType) {
            var series = data.demand[key]!
            for w in series.weeks where weeks.contains(w) {
                series.set(week: w, adjustment.change.apply(to: series[w]))
                matched += 1
            }
            data.demand[key] = series
        }
        if matched == 0 { nothing(adjustment, "no demand row of these regions, specialties, care types and weeks") }
    }

    /// Scales or sets prices per selected level (and the acute bed-day price where selected).
    private mutating func applyPrice(_ adjustment: Adjustment, _ specialty: IDSelector, _ careType: IDSelector, _ level: IDSelector) {
        // care_type "*" also scales the acute bed-day price, which may also be named (docs/SPEC.md §9 v2).
        var acute = false, named = careType
        if case let .ids(ids) = careType {
            acute = ids.contains(PriceTable.acuteBedDay)
            let rest = ids.filter { $0 != PriceTable.acuteBedDay }
            named = rest.isEmpty ? .ids([]) : .ids(rest)
        } else {
            acute = true
        }
        let noCareTypes: Bool = { if case let .ids(ids) = named { return ids.isEmpty } else { return false } }()
        guard let ss = indices(specialty, "specialty", data.specialtyIndex, adjustment),
              let ts = noCareTypes ? [] : careTypes(named, adjustment),
              let levels = levels(level, adjustment) else { return }
        var matched = 0
        for s in ss {
            for t in ts where data.caseMix[SpecialtyCareType(s, t)] != nil {
                for l in levels {
                    if let p = data.prices.price(specialty: s, careType: t, level: l) {
                        data.prices.set(specialty: s, careType: t, level: l, adjustment.change.apply(to: p))
                        matched += 1
                    } else if case let .set(value) = adjustment.change {
                        data.prices.set(specialty: s, careType: t, level: l, value)
                        matched += 1
                    }
                }
            }
            guard acute else { continue }
            for l in levels {
                if let p = data.prices.acuteBedDayPrice(specialty: s, level: l) {
                    data.prices.setAcuteBedDay(specialty: s, level: l, adjustment.change.apply(to: p))
                    matched += 1
                } else if case let .set(value) = adjustment.change {
                    data.prices.setAcuteBedDay(specialty: s, level: l, value)
                    matched += 1
                }
            }
        }
        if matched == 0 { nothing(adjustment, "no price of these specialties, care types and levels") }
    }

    /// Scales or sets the regions' own costs.
    private mutating func applyCost(_ adjustment: Adjustment, _ region: IDSelector, _ specialty: IDSelector, _ careType: IDSelector) {
        guard let rs = indices(region, "region", data.regionIndex, adjustment),
              let ss = indices(specialty, "specialty", data.specialtyIndex, adjustment),
              let ts = careTypes(careType, adjustment) else { return }
        var matched = 0
        for r in rs {
            for s in ss {
                for t in ts where data.caseMix[SpecialtyCareType(s, t)] != nil {
                    if let c = data.ownCosts.cost(region: r, specialty: s, careType: t) {
                        data.ownCosts.set(region: r, specialty: s, careType: t, adjustment.change.apply(to: c))
                        matched += 1
                    } else if case let .set(value) = adjustment.change {
                        data.ownCosts.set(region: r, specialty: s, careType: t, value)
                        matched += 1
                    }
                }
            }
        }
        if matched == 0 { nothing(adjustment, "no own cost of these regions, specialties and care types") }
    }

    private mutating func nothing(_ adjustment: Adjustment, _ what: String) {
        issues.append(ScenarioIssue(adjustment.location, adjustment.keyPath, "matches nothing: \(what)"))
    }

    private mutating func unknown(_ adjustment: Adjustment, _ key: String, _ kind: String, _ id: String, _ known: some Sequence<String>) {
        issues.append(ScenarioIssue(adjustment.selectorLocations[key] ?? adjustment.location, adjustment.keyPath + "." + key,
                                    "unknown \(kind) `\(id)`\(NearestMatch.hint(for: id, among: known))"))
    }

    private mutating func indices(_ selector: IDSelector, _ key: String, _ index: [String: Int], _ adjustment: Adjustment) -> [Int]? {
        guard case let .ids(ids) = selector else { return index.values.sorted() }
        var out: [Int] = []
        for id in ids {
            guard let i = index[id] else { unknown(adjustment, key, key, id, index.keys); return nil }
            out.append(i)
        }
        return out
    }

    private mutating func careTypes(_ selector: IDSelector, _ adjustment: Adjustment) -> [CareType]? {
        guard case let .ids(ids) = selector else { return CareType.allCases }
        var out: [CareType] = []
        for id in ids {
            guard let t = CareType(rawValue: id) else { unknown(adjustment, "care_type", "care type", id, CareType.allCases.map(\.rawValue)); return nil }
            out.append(t)
        }
        return out
    }

    private mutating func levels(_ selector: IDSelector, _ adjustment: Adjustment) -> [HospitalLevel]? {
        guard case let .ids(ids) = selector else { return HospitalLevel.allCases }
        var out: [HospitalLevel] = []
        for id in ids {
            guard let l = HospitalLevel(rawValue: id) else { unknown(adjustment, "level", "level", id, HospitalLevel.allCases.map(\.rawValue)); return nil }
            out.append(l)
        }
        return out
    }
}
