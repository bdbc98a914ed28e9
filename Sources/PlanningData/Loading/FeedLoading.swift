import Foundation

/// The weekly feeds of a data set (docs/SPEC.md §2): case mix, capacity, occupancy, demand, backlog, referrals.
extension Loader {
    mutating func loadCaseMix() {
        guard let file = open("case_mix.csv", required: true) else { return }
        var seen: [SpecialtyCareType: Int] = [:]
        for row in reader.rows(file) {
            let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex)
            let t = reader.careType(row, "care_type")
            let bedDays = reader.number(row, "bed_days"), or = reader.number(row, "or_minutes"), visits = reader.number(row, "visits")
            guard let s = s?.index, let t, let bedDays, let or, let visits else { continue }
            let key = SpecialtyCareType(s, t)
            guard !reader.isDuplicate(key, row, seen: &seen, describe: "(\(data.specialties[s].id), \(t.rawValue))") else { continue }
            let mix = CaseMix(bedDays: bedDays, orMinutes: or, visits: visits)
            guard mix.usesAnyResource else {
                reader.error(file, row.field("bed_days"), "a case of (\(data.specialties[s].id), \(t.rawValue)) uses no resource: bed_days, or_minutes and visits are all 0")
                continue
            }
            data.caseMix[key] = mix
        }
    }

    mutating func loadCapacity() {
        guard let file = open("capacity.csv", required: true) else { return }
        var seen: [[Int]: Int] = [:]
        var star: [(Int, Int, Resources)] = [], weekly: [(Int, Int, Int, Resources)] = []
        for row in reader.rows(file) {
            let h = reader.reference(row, "hospital", "hospital", in: data.hospitalIndex)
            let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex)
            let w = reader.week(row, "week", wildcard: true)
            let beds = reader.number(row, "beds"), or = reader.number(row, "or_hours"), visits = reader.number(row, "visits")
            guard let h = h?.index, let s = s?.index, let w, let beds, let or, let visits else { continue }
            let week = w.index ?? 0
            guard !reader.isDuplicate([h, s, week], row, seen: &seen,
                                      describe: "(\(data.hospitals[h].id), \(data.specialties[s].id), \(week == 0 ? "*" : String(week)))") else { continue }
            let resources = Resources(beds: beds, orHours: or, visits: visits)
            if week == 0 { star.append((h, s, resources)) } else { weekly.append((h, s, week, resources)) }
        }
        for (h, s, resources) in star { for w in Week.range { data.capacity.set(hospital: h, specialty: s, week: w, resources) } }
        for (h, s, w, resources) in weekly { data.capacity.set(hospital: h, specialty: s, week: w, resources) }
    }

    mutating func loadOccupancy() {
        guard let file = open("occupancy.csv", required: false) else { return }
        var seen: [[Int]: Int] = [:]
        var first: (Int, String)?, last: (Int, String)?
        for row in reader.rows(file) {
            let dateField = row.field("date")
            let date = ISOWeek.parseDate(dateField.text)
            if date == nil {
                reader.error(file, dateField, "column `date`: expected a date YYYY-MM-DD, found \"\(dateField.text)\"")
            }
            let h = reader.reference(row, "hospital", "hospital", in: data.hospitalIndex)
            let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex)
            let occupied = reader.number(row, "occupied_beds")
            guard let (y, m, d) = date, let h = h?.index, let s = s?.index, let occupied else { continue }
            let day = ISOWeek.dayNumber(year: y, month: m, day: d)
            guard !reader.isDuplicate([day, h, s], row, seen: &seen,
                                      describe: "(\(dateField.text), \(data.hospitals[h].id), \(data.specialties[s].id))") else { continue }
            data.occupancy.add(hospital: h, specialty: s, week: ISOWeek.week(year: y, month: m, day: d), occupied: occupied)
            data.occupancy.rowCount += 1
            if first == nil || day < first!.0 { first = (day, dateField.text) }
            if last == nil || day > last!.0 { last = (day, dateField.text) }
        }
        if let first, let last { data.occupancy.dateRange = (first.1, last.1) }
    }

    /// A (region, specialty, care type) whose (specialty, care type) has a case-mix row.
    mutating func regionSpecialtyCareType(_ row: FeedRow, regionColumn: String = "region") -> RegionSpecialtyCareType? {
        let r = reader.reference(row, regionColumn, "region", in: data.regionIndex)
        let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex)
        let t = reader.careType(row, "care_type")
        guard let r = r?.index, let s = s?.index, let t else { return nil }
        guard data.caseMix[SpecialtyCareType(s, t)] != nil else {
            reader.error(row.file, row.field("care_type"), "(\(data.specialties[s].id), \(t.rawValue)) has no row in case_mix.csv")
            return nil
        }
        return RegionSpecialtyCareType(r, s, t)
    }

    mutating func loadDemand() {
        guard let file = open("demand.csv", required: true) else { return }
        var seen: [[Int]: Int] = [:]
        for row in reader.rows(file) {
            let key = regionSpecialtyCareType(row)
            let w = reader.week(row, "week"), cases = reader.number(row, "cases")
            guard let key, let w = w?.index, let cases else { continue }
            guard !reader.isDuplicate([key.region, key.specialty, key.careType.order, w], row, seen: &seen,
                                      describe: "(\(data.regions[key.region].id), \(data.specialties[key.specialty].id), \(key.careType.rawValue), \(w))") else { continue }
            data.demand[key, default: WeeklySeries()].set(week: w, cases)
        }
    }

    /// backlog.csv, with or without `weeks_waited` (docs/SPEC.md §2, §9 v2): with it, the key includes
    /// the weeks waited, a whole number ≥ 0; without it, everyone starts in band 0 and the load
    /// warns once that guarantee figures are then lower bounds.
    mutating func loadBacklog() {
        guard let file = open("backlog.csv", required: false) else { return }
        let byWeeks = file.columnIndex["weeks_waited"] != nil
        data.backlogHasWeeksWaited = byWeeks
        var seen: [[Int]: Int] = [:]
        let rows = reader.rows(file)
        for row in rows {
            let key = regionSpecialtyCareType(row), waiting = reader.number(row, "waiting")
            let weeks = byWeeks ? weeksWaited(row) : 0
            guard let key, let waiting, let weeks else { continue }
            guard !reader.isDuplicate([key.region, key.specialty, key.careType.order, weeks], row, seen: &seen,
                                      describe: "(\(data.regions[key.region].id), \(data.specialties[key.specialty].id), \(key.careType.rawValue)\(byWeeks ? ", \(weeks)" : ""))") else { continue }
            data.backlog[key, default: 0] += waiting
            data.backlogByWeeksWaited[key, default: [:]][weeks, default: 0] += waiting
        }
        if !byWeeks && !rows.isEmpty {
            reader.issues.append(DataIssue(.warning, file: file.path, line: 1, column: 1,
                                           "no `weeks_waited` column: the whole backlog starts as waited 0 weeks, so waiting over the guarantee is a lower bound"))
        }
    }

    /// A `weeks_waited` field: a whole number ≥ 0 (`3` or `3.0`, not `3.5`, not empty).
    mutating func weeksWaited(_ row: FeedRow) -> Int? {
        let field = row.field("weeks_waited")
        let what = "a whole number of weeks ≥ 0"
        guard let value = reader.number(row, "weeks_waited", what: what) else { return nil }
        guard value == value.rounded(), value <= 1e6 else {
            reader.error(row.file, field, "column `weeks_waited`: expected \(what), found \(field.text)")
            return nil
        }
        return Int(value)
    }

    mutating func loadReferrals() {
        guard let file = open("referrals.csv", required: false) else { return }
        var seen: [Referral: Int] = [:]
        for row in reader.rows(file) {
            let r = reader.reference(row, "origin_region", "region", in: data.regionIndex)
            let h = reader.reference(row, "hospital", "hospital", in: data.hospitalIndex)
            let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex)
            let t = reader.careType(row, "care_type"), cases = reader.number(row, "cases")
            guard let r = r?.index, let h = h?.index, let s = s?.index, let t, let cases else { continue }
            let key = Referral(originRegion: r, hospital: h, specialty: s, careType: t)
            guard !reader.isDuplicate(key, row, seen: &seen,
                                      describe: "(\(data.regions[r].id), \(data.hospitals[h].id), \(data.specialties[s].id), \(t.rawValue))") else { continue }
            data.referrals[key] = cases
        }
    }
}
