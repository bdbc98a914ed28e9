import Foundation
import PlanningData
import Reports

/// Builds the synthetic Mellansverige data set from the public municipality and hospital lists
/// and the assumptions of `Assumptions`. Deterministic: the same sources and scale give the
/// same bytes.
struct Generator {
    struct SourceMunicipality { let id, name, region: String; let population, latitude, longitude: Double }
    struct SourceHospital { let id, name, region, level: String; let latitude, longitude: Double; let beds: Double }

    var municipalities: [SourceMunicipality]
    var hospitals: [SourceHospital]
    var rng = SplitMix64(seed: Assumptions.seed)

    static let regionNames: [String: String] = [
        "dalarna": "Dalarna", "gavleborg": "Gävleborg", "sormland": "Sörmland", "uppsala": "Uppsala",
        "varmland": "Värmland", "vastmanland": "Västmanland", "orebro": "Örebro län",
    ]

    /// Reads the source lists and multiplies them `scale` times (copies get ids `…_2`, `…_3` and
    /// coordinates moved 0.03° north per copy): a larger data set for the scale benchmarks.
    init(sources: String, scale: Int) throws {
        func table(_ name: String) throws -> (CSVTable, [String: Int]) {
            let path = sources + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw GeneratorError("cannot read \(path)") }
            let table = CSVTable(bytes: [UInt8](data))
            guard let header = table.header else { throw GeneratorError("\(path) is empty") }
            return (table, Dictionary(uniqueKeysWithValues: header.fields.enumerated().map { ($1.text, $0) }))
        }
        let (m, mc) = try table("municipalities.csv")
        let (h, hc) = try table("hospitals.csv")
        var ms: [SourceMunicipality] = [], hs: [SourceHospital] = []
        for copy in 0..<scale {
            let suffix = copy == 0 ? "" : "_\(copy + 1)", shift = 0.03 * Double(copy)
            for r in m.records {
                let f = r.fields.map(\.text)
                ms.append(SourceMunicipality(
                    id: f[mc["municipality"]!] + suffix, name: f[mc["name"]!] + (copy == 0 ? "" : " \(copy + 1)"),
                    region: f[mc["region"]!], population: Double(f[mc["population"]!])!,
                    latitude: Double(f[mc["latitude"]!])! + shift, longitude: Double(f[mc["longitude"]!])!))
            }
            for r in h.records {
                let f = r.fields.map(\.text)
                let id = f[hc["hospital"]!]
                guard let beds = Assumptions.hospitalBeds[id] else { throw GeneratorError("no bed figure for hospital \(id)") }
                hs.append(SourceHospital(
                    id: id + suffix, name: f[hc["name"]!] + (copy == 0 ? "" : " \(copy + 1)"), region: f[hc["region"]!],
                    level: f[hc["level"]!], latitude: Double(f[hc["latitude"]!])! + shift,
                    longitude: Double(f[hc["longitude"]!])!, beds: beds))
            }
        }
        municipalities = ms
        hospitals = hs
    }

    /// Writes every file of SPEC §2 into `folder`.
    mutating func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = build()
        for (name, document) in files {
            try Data(document.rendered().utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    // MARK: Building

    static func n(_ value: Double, _ decimals: Int = 6) -> String { NumberFormatting.csv(value, decimals: decimals) }

    mutating func normal(_ sd: Double) -> Double {
        let u1 = max(Double.ulpOfOne, rng.uniform()), u2 = rng.uniform()
        return sd * (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    func offered(_ hospital: SourceHospital, _ specialty: SpecialtyProfile) -> Bool {
        switch hospital.level {
        case "university": return true
        case "county": return specialty.atCounty
        default:
            return Assumptions.districtSpecialties.contains(specialty.id)
                || (hospital.beds >= Assumptions.extendedDistrictBeds && Assumptions.extendedDistrictSpecialties.contains(specialty.id))
        }
    }

    /// Splits `total` into integers proportional to `weights` (largest remainder).
    static func apportion(_ total: Double, _ weights: [Double]) -> [Double] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { total * $0 / sum }
        var floors = exact.map { $0.rounded(.down) }
        let left = Int(total - floors.reduce(0, +))
        let order = exact.indices.sorted { (exact[$0] - floors[$0], -$0) > (exact[$1] - floors[$1], -$1) }
        for k in order.prefix(left) { floors[k] += 1 }
        return floors
    }

    mutating func build() -> [(String, CSVDocument)] {
        let specialties = SpecialtyProfile.all
        let regionIDs = Self.regionNames.keys.sorted()
        let weeks = 1...ISOWeek.weeksInYear(Assumptions.year)

        // Regions: population and population-weighted centre of their municipalities.
        var regions = CSVDocument(header: ["region", "name", "population", "latitude", "longitude"])
        var regionPopulation: [String: Double] = [:], regionCentre: [String: (Double, Double)] = [:]
        for r in regionIDs {
            let ms = municipalities.filter { $0.region == r }
            let pop = ms.reduce(0) { $0 + $1.population }
            let lat = ms.reduce(0) { $0 + $1.latitude * $1.population } / pop
            let lon = ms.reduce(0) { $0 + $1.longitude * $1.population } / pop
            regionPopulation[r] = pop
            regionCentre[r] = (lat, lon)
            regions.append([r, Self.regionNames[r]!, Self.n(pop), Self.n(lat, 4), Self.n(lon, 4)])
        }
        let totalPopulation = regionPopulation.values.reduce(0, +)

        var municipalityFile = CSVDocument(header: ["municipality", "name", "region", "population", "latitude", "longitude"])
        for m in municipalities {
            municipalityFile.append([m.id, m.name, m.region, Self.n(m.population), Self.n(m.latitude, 4), Self.n(m.longitude, 4)])
        }
        var hospitalFile = CSVDocument(header: ["hospital", "name", "region", "level", "latitude", "longitude"])
        for h in hospitals { hospitalFile.append([h.id, h.name, h.region, h.level, Self.n(h.latitude, 4), Self.n(h.longitude, 4)]) }

        var specialtyFile = CSVDocument(header: ["specialty", "name", "acute_share"])
        var caseMix = CSVDocument(header: ["specialty", "care_type", "bed_days", "or_minutes", "visits"])
        for s in specialties {
            specialtyFile.append([s.id, s.name, Self.n(s.acuteShare)])
            if s.bedDays > 0 { caseMix.append([s.id, "elective_inpatient", Self.n(s.bedDays), Self.n(s.orMinutes), "0"]) }
            if let ds = s.daySurgery { caseMix.append([s.id, "day_surgery", "0", Self.n(ds.orMinutes), "0"]) }
            caseMix.append([s.id, "outpatient", "0", "0", Self.n(s.outpatientVisits)])
        }

        // Beds per (hospital, specialty), occupancy per hospital, and the weekly elective cases
        // that capacity produces in a normal week.
        let totalBeds = hospitals.reduce(0) { $0 + $1.beds }
        var capacity = CSVDocument(header: ["hospital", "specialty", "week", "beds", "or_hours", "visits"])
        var occupancy = CSVDocument(header: ["date", "hospital", "specialty", "occupied_beds"])
        var weeklyCases: [String: [String: Double]] = [:]  // specialty → care type → cases a week, region-wide
        let jan1 = ISOWeek.dayNumber(year: Assumptions.year, month: 1, day: 1)
        let days = ISOWeek.isLeapYear(Assumptions.year) ? 366 : 365
        // First the draws of every ward, then each region's pressure factor, then the files.
        var wards: [Ward] = []
        for h in hospitals {
            let offeredSpecialties = specialties.filter { offered(h, $0) }
            let beds = Self.apportion(h.beds, offeredSpecialties.map(\.bedWeight))
            let utilisation = Assumptions.occupancyByLevel[h.level]! + 0.01 * normal(1).clamped(to: -2...2)
            for (s, b) in zip(offeredSpecialties, beds) {
                let wardFactor = 1 + normal(Assumptions.wardPressureSD)
                let weekFactor = [1.0] + (1...53).map { _ in 1 + normal(Assumptions.weekPressureSD) }
                wards.append(Ward(hospital: h, specialty: s, beds: b, utilisation: utilisation, wardFactor: wardFactor, weekFactor: weekFactor))
            }
        }
        var pressure: [String: Double] = [:]
        for r in regionIDs {
            let share = (Assumptions.overcrowdingPer100Beds[r] ?? Assumptions.nationalOvercrowdingPer100Beds) / 100
            pressure[r] = Ward.pressureFactor(wards.filter { $0.hospital.region == r }, share: share,
                                              theta: Assumptions.plannedOccupancy, weeks: 1...52,
                                              dailyNoise: Assumptions.dailyOccupancyNoise)
        }

        for ward in wards {
            let h = ward.hospital, s = ward.specialty, b = ward.beds, p = pressure[h.region]!
            // Planned inpatient care fills what acute care leaves of θ × beds in a normal week.
            let acuteNormal = s.acuteShare * ward.occupancyLevel * p
            let inpatient = s.bedDays > 0 ? max(0, Assumptions.plannedOccupancy - acuteNormal) * b * 7 / s.bedDays : 0
            let daySurgery = inpatient * (s.daySurgery?.perInpatientCase ?? 0)
            let orHours = ((inpatient * s.orMinutes + daySurgery * (s.daySurgery?.orMinutes ?? 0)) / 60 * 1.05 * 2).rounded() / 2
            let visits = s.id == "radiologi"
                ? (Assumptions.radiologyExaminationsPerWeek * h.beds / totalBeds).rounded()
                : (b * Assumptions.clinicVisitsPerBed).rounded()
            weeklyCases[s.id, default: [:]]["elective_inpatient", default: 0] += inpatient
            weeklyCases[s.id, default: [:]]["day_surgery", default: 0] += daySurgery
            weeklyCases[s.id, default: [:]]["outpatient", default: 0] += visits / s.outpatientVisits
            capacity.append([h.id, s.id, "*", Self.n(b), Self.n(orHours), Self.n(visits)])
            for w in Assumptions.summerWeeks {
                let closure = Assumptions.closure(region: h.region, week: w)
                let orClosure = min(0.6, closure + Assumptions.extraTheatreClosure), visitClosure = min(0.5, closure + Assumptions.extraClinicClosure)
                capacity.append([h.id, s.id, String(w), Self.n(ward.staffedBeds(week: w)),
                                 Self.n((orHours * (1 - orClosure) * 2).rounded() / 2), Self.n((visits * (1 - visitClosure)).rounded())])
            }
            guard b > 0, s.acuteShare > 0 else { continue }
            // Daily occupied beds: the week's staffed beds × the ward's acute ratio ÷ its acute
            // share, with the weekday pattern and ± 4 % daily noise.
            for d in 0..<days {
                let day = jan1 + d
                let (y, mo, da) = Self.civil(day)
                let week = ISOWeek.week(year: y, month: mo, day: da)
                let dayFactor = Ward.dayFactor(weekday: ISOWeek.weekday(dayNumber: day)) / Ward.meanDayFactor
                let expected = ward.staffedBeds(week: week) * ward.acuteRatio(week: week) * p / s.acuteShare * dayFactor
                let occupied = max(0, (expected * (1 + normal(Assumptions.dailyOccupancyNoise))).rounded())
                occupancy.append([Self.date(y, mo, da), h.id, s.id, Self.n(occupied)])
            }
        }

        // Demand: region-wide elective cases shared by population, filling capacity; fewer
        // referrals in summer and around new year.
        var demand = CSVDocument(header: ["region", "specialty", "care_type", "week", "cases"])
        var queues: [Queue] = []
        var yearly: [String: Double] = [:]  // "r/s/t" → cases a year
        for r in regionIDs {
            let share = regionPopulation[r]! / totalPopulation
            for s in specialties {
                for t in ["elective_inpatient", "day_surgery", "outpatient"] {
                    guard let base = weeklyCases[s.id]?[t], base > 0 else { continue }
                    let weekly = base * share * Assumptions.demandFill
                    var year = 0.0
                    for w in weeks {
                        let season = Assumptions.summerWeeks.contains(w) ? Assumptions.summerDemand : (w == 52 || w == 1) ? 0.6 : 1.0
                        let cases = max(0, (weekly * season * (1 + normal(0.04)) * 10).rounded() / 10)
                        year += cases
                        demand.append([r, s.id, t, String(w), Self.n(cases)])
                    }
                    yearly["\(r)/\(s.id)/\(t)"] = year
                    let weeksWaiting = (s.backlogWeeks + (t == "day_surgery" ? 2 : t == "outpatient" ? -1 : 0)) * Assumptions.backlogFactor[r]!
                    queues.append(Queue(region: r, specialty: s.id, careType: t, waiting: (weekly * weeksWaiting).rounded(), weeksOfDemand: weeksWaiting))
                }
            }
        }
        // The waiting list by weeks waited, calibrated to the share over the guarantee.
        var backlog = CSVDocument(header: ["region", "specialty", "care_type", "waiting", "weeks_waited"])
        let meanWaitFactor = Queue.meanWaitFactor(queues, overGuaranteeShare: Assumptions.overGuaranteeShare, guaranteeWeeks: Assumptions.guaranteeWeeks)
        for queue in queues {
            for (k, waiting) in queue.byWeeksWaited(meanWaitFactor: meanWaitFactor, maxWeeks: Assumptions.maxWeeksWaited).enumerated() where waiting > 0 {
                backlog.append([queue.region, queue.specialty, queue.careType, Self.n(waiting), String(k)])
            }
        }

        // Historical referrals: thoracic surgery from regions without it to the university
        // hospitals, 5 % of specialised care to the nearest university hospital, 1 % to the
        // nearest county hospital of a neighbour.
        var referrals = CSVDocument(header: ["origin_region", "hospital", "specialty", "care_type", "cases"])
        var referralRows: [[String]: Double] = [:]
        for r in regionIDs {
            let (lat, lon) = regionCentre[r]!
            func minutes(_ h: SourceHospital) -> Double {
                TravelTable.estimatedMinutes(latitude1: lat, longitude1: lon, latitude2: h.latitude, longitude2: h.longitude)
            }
            let ownUniversity = hospitals.contains { $0.region == r && $0.level == "university" }
            let universities = hospitals.filter { $0.level == "university" && $0.region != r }.sorted { minutes($0) < minutes($1) }
            let counties = hospitals.filter { $0.level == "county" && $0.region != r }.sorted { minutes($0) < minutes($1) }
            for s in specialties {
                for t in ["elective_inpatient", "day_surgery", "outpatient"] {
                    guard let year = yearly["\(r)/\(s.id)/\(t)"] else { continue }
                    if s.id == "thoraxkirurgi" {
                        let shares = ownUniversity ? [0.02] : [0.75, 0.25]
                        for (h, share) in zip(universities, shares) { referralRows[[r, h.id, s.id, t], default: 0] += year * share }
                    } else if let nearest = universities.first {
                        referralRows[[r, nearest.id, s.id, t], default: 0] += year * (ownUniversity ? 0.01 : 0.05)
                    }
                    if s.atCounty, let neighbour = counties.first {
                        referralRows[[r, neighbour.id, s.id, t], default: 0] += year * 0.01
                    }
                }
            }
        }
        for key in referralRows.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let cases = referralRows[key]!.rounded()
            if cases > 0 { referrals.append(key + [Self.n(cases)]) }
        }

        // Prices from DRG weights; university surcharge for the most specialised care.
        let prices = Self.priceList(pointPrice: Assumptions.drgPointPrice, psychiatryPerBedDay: Assumptions.psychiatryPricePerBedDay, changes: [])
        var costs = CSVDocument(header: ["region", "specialty", "care_type", "cost_sek"])
        for row in prices.rows where row[2] == "*" && row[1] != "acute_bed_day" {
            costs.append(["*", row[0], row[1], Self.n((Double(row[3])! * Assumptions.ownCostShare).rounded())])
        }
        for (t, cost) in [("elective_inpatient", 60_000.0), ("day_surgery", 20_000.0), ("outpatient", 3_000.0)] {
            costs.append(["*", "*", t, Self.n(cost)])
        }
        // Where a region's own production is dearer: hired staff (Värmland orthopaedics,
        // Sörmland surgery) or cheaper: Uppsala's scale in thoracic surgery.
        for (r, s, t, factor) in [("varmland", "ortopedi", "elective_inpatient", 1.10), ("sormland", "kirurgi", "elective_inpatient", 1.08),
                                  ("uppsala", "thoraxkirurgi", "elective_inpatient", 0.95)] {
            let base = Assumptions.drgPointPrice * (specialties.first { $0.id == s }!.weights.inpatient)
            costs.append([r, s, t, Self.n((base * Assumptions.ownCostShare * factor).rounded())])
        }

        // Travel overrides: a region's own hospitals are reached in the population-weighted mean
        // time of its municipalities (better than from the centre); inland municipalities with
        // winding roads take 20 % longer than the estimate.
        var travelRegions = CSVDocument(header: ["region", "hospital", "minutes"])
        for r in regionIDs {
            let ms = municipalities.filter { $0.region == r }
            for h in hospitals where h.region == r {
                let mean = ms.reduce(0) {
                    $0 + $1.population * TravelTable.estimatedMinutes(latitude1: $1.latitude, longitude1: $1.longitude,
                                                                       latitude2: h.latitude, longitude2: h.longitude)
                } / regionPopulation[r]!
                travelRegions.append([r, h.id, Self.n(mean, 1)])
            }
        }
        var travelMunicipalities = CSVDocument(header: ["municipality", "hospital", "minutes"])
        let inland: Set<String> = ["torsby_kommun", "malung_salen_kommun", "alvdalen_kommun", "ljusdal_kommun"]
        for m in municipalities where inland.contains(m.id) {
            for h in hospitals {
                let minutes = TravelTable.estimatedMinutes(latitude1: m.latitude, longitude1: m.longitude, latitude2: h.latitude, longitude2: h.longitude)
                travelMunicipalities.append([m.id, h.id, Self.n(minutes * 1.2, 1)])
            }
        }

        return [
            ("regions.csv", regions), ("municipalities.csv", municipalityFile), ("hospitals.csv", hospitalFile),
            ("specialties.csv", specialtyFile), ("case_mix.csv", caseMix), ("capacity.csv", capacity),
            ("occupancy.csv", occupancy), ("demand.csv", demand), ("backlog.csv", backlog), ("referrals.csv", referrals),
            ("pricelist.csv", prices), ("costs.csv", costs), ("travel_regions.csv", travelRegions),
            ("travel_municipalities.csv", travelMunicipalities),
        ]
    }

    static let universitySurcharge: Set<String> = ["thoraxkirurgi", "onkologi", "hematologi", "neurologi"]

    /// A price list from the DRG weights of every (specialty, care type) with a case mix: `*`
    /// rows, +10 % university rows for the most specialised care, then `changes` (specialty, care
    /// type, level or nil, factor).
    static func priceList(pointPrice: Double, psychiatryPerBedDay: Double, changes: [(String, String, String?, Double)]) -> CSVDocument {
        var prices = CSVDocument(header: ["specialty", "care_type", "level", "price_sek"])
        for s in SpecialtyProfile.all {
            for (t, weight) in s.careTypes {
                var price = (pointPrice * weight).rounded()
                if s.id == "psykiatri" && t == "elective_inpatient" { price = psychiatryPerBedDay * s.bedDays }
                let star = changes.first { $0.0 == s.id && $0.1 == t && $0.2 == nil }?.3 ?? 1
                prices.append([s.id, t, "*", n((price * star).rounded())])
                let university = changes.first { $0.0 == s.id && $0.1 == t && $0.2 == "university" }?.3
                if universitySurcharge.contains(s.id) || university != nil {
                    let surcharge = universitySurcharge.contains(s.id) ? 1.1 : 1.0
                    prices.append([s.id, t, "university", n((price * star * surcharge * (university ?? 1)).rounded())])
                }
            }
            // A transferred acute bed-day (SPEC §2 v2): the price list's own rate per bed-day of
            // the specialty, its inpatient DRG price ÷ the case's bed-days (psychiatry: its
            // bed-day price); the university surcharge as for the specialty's cases.
            if s.bedDays > 0 && s.acuteShare > 0 {
                let perDay = s.id == "psykiatri" ? psychiatryPerBedDay : pointPrice * s.weights.inpatient / s.bedDays
                prices.append([s.id, "acute_bed_day", "*", n(perDay.rounded())])
                if universitySurcharge.contains(s.id) { prices.append([s.id, "acute_bed_day", "university", n((perDay * 1.1).rounded())]) }
            }
        }
        return prices
    }

    /// The 2025 price list (`Scenarios/pricelists/2025.csv`): the point price uplifted, and the
    /// specialty changes of `Assumptions.priceChanges2025`.
    static func priceList2025() -> CSVDocument {
        priceList(pointPrice: Assumptions.drgPointPrice2025, psychiatryPerBedDay: Assumptions.psychiatryPricePerBedDay2025,
                  changes: Assumptions.priceChanges2025)
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(y) + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
    }

    /// The civil date of a day number (inverse of `ISOWeek.dayNumber`).
    static func civil(_ n: Int) -> (Int, Int, Int) {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// SplitMix64: a small generator whose output is the same on every platform and Swift version.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
