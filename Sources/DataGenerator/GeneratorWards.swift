import PlanningData
import SamplanSupport

/// capacity.csv and occupancy.csv, and the weekly elective cases the capacity produces in a
/// normal week (specialty → care type → cases a week, region-wide), from which demand is made.
struct WardFiles {
    var capacity = CSVDocument(header: ["hospital", "specialty", "week", "beds", "or_hours", "visits"])
    var occupancy = CSVDocument(header: ["date", "hospital", "specialty", "occupied_beds"])
    var weeklyCases: [String: [String: Double]] = [:]
}

extension Generator {
    /// The random draws of every ward (hospital by hospital, its specialties in profile order):
    /// the hospital's utilisation, then per ward its own factor and one factor per ISO week.
    mutating func drawWards() -> [Ward] {
        let specialties = SpecialtyProfile.all
        var wards: [Ward] = []
        for h in hospitals {
            let offeredSpecialties = specialties.filter { offered(h, $0) }
            let beds = Self.apportion(h.beds, offeredSpecialties.map(\.bedWeight))
            let utilisation = Assumptions.occupancyByLevel[h.level]! + 0.01 * normal(1).clamped(to: -2...2)
            for (s, b) in zip(offeredSpecialties, beds) {
                let wardFactor = 1 + normal(Assumptions.wardPressureSD)
                let weekFactor = (1...WardWeekIndex.weeks).map { _ in 1 + normal(Assumptions.weekPressureSD) }
                wards.append(Ward(hospital: h, specialty: s, beds: b, utilisation: utilisation, wardFactor: wardFactor, weekFactor: weekFactor))
            }
        }
        return wards
    }

    /// Each region's pressure factor, so that its share of overcrowded bed-weeks matches the
    /// public figure (`Assumptions.overcrowdingPer100Beds`).
    static func pressureFactors(_ wards: [Ward], regionIDs: [String]) -> [String: Double] {
        var pressure: [String: Double] = [:]
        for r in regionIDs {
            let share = (Assumptions.overcrowdingPer100Beds[r] ?? Assumptions.nationalOvercrowdingPer100Beds) / 100
            pressure[r] = Ward.pressureFactor(wards.filter { $0.hospital.region == r }, share: share,
                                              theta: Assumptions.plannedOccupancy, weeks: 1...52,
                                              dailyNoise: Assumptions.dailyOccupancyNoise)
        }
        return pressure
    }

    /// Beds per (hospital, specialty) with the summer weeks' closures, daily occupancy, and the
    /// weekly elective cases that capacity produces in a normal week.
    mutating func wardFiles(_ wards: [Ward], pressure: [String: Double]) -> WardFiles {
        let totalBeds = hospitals.reduce(0) { $0 + $1.beds }
        var files = WardFiles()
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
            files.weeklyCases[s.id, default: [:]]["elective_inpatient", default: 0] += inpatient
            files.weeklyCases[s.id, default: [:]]["day_surgery", default: 0] += daySurgery
            files.weeklyCases[s.id, default: [:]]["outpatient", default: 0] += visits / s.outpatientVisits
            files.capacity.append([h.id, s.id, "*", Self.n(b), Self.n(orHours), Self.n(visits)])
            for w in Assumptions.summerWeeks {
                let closure = Assumptions.closure(region: h.region, week: w)
                let orClosure = min(0.6, closure + Assumptions.extraTheatreClosure), visitClosure = min(0.5, closure + Assumptions.extraClinicClosure)
                files.capacity.append([h.id, s.id, String(w), Self.n(ward.staffedBeds(week: w)),
                                       Self.n((orHours * (1 - orClosure) * 2).rounded() / 2), Self.n((visits * (1 - visitClosure)).rounded())])
            }
            guard b > 0, s.acuteShare > 0 else { continue }
            appendOccupancy(of: ward, pressure: p, to: &files.occupancy)
        }
        return files
    }

    /// A ward's daily occupied beds for every day of `Assumptions.year`: the week's staffed beds
    /// × the ward's acute ratio ÷ its acute share, with the weekday pattern and ± 4 % daily noise.
    mutating func appendOccupancy(of ward: Ward, pressure p: Double, to occupancy: inout CSVDocument) {
        let h = ward.hospital, s = ward.specialty
        let jan1 = ISOWeek.dayNumber(year: Assumptions.year, month: 1, day: 1)
        let days = ISOWeek.isLeapYear(Assumptions.year) ? 366 : 365
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
}
