import Foundation

/// Loads a data set folder (SPEC §2): every feed, every check, every problem reported.
public enum DataSetLoader {
    /// The files of SPEC §2 with their columns.
    public static let requiredFiles: [(name: String, columns: [String])] = [
        ("regions.csv", ["region", "name", "population", "latitude", "longitude"]),
        ("hospitals.csv", ["hospital", "name", "region", "level", "latitude", "longitude"]),
        ("specialties.csv", ["specialty", "name", "acute_share"]),
        ("case_mix.csv", ["specialty", "care_type", "bed_days", "or_minutes", "visits"]),
        ("capacity.csv", ["hospital", "specialty", "week", "beds", "or_hours", "visits"]),
        ("demand.csv", ["region", "specialty", "care_type", "week", "cases"]),
        ("pricelist.csv", ["specialty", "care_type", "level", "price_sek"]),
        ("costs.csv", ["region", "specialty", "care_type", "cost_sek"]),
    ]
    public static let optionalFiles: [(name: String, columns: [String])] = [
        ("municipalities.csv", ["municipality", "name", "region", "population", "latitude", "longitude"]),
        ("occupancy.csv", ["date", "hospital", "specialty", "occupied_beds"]),
        ("backlog.csv", ["region", "specialty", "care_type", "waiting"]),
        ("referrals.csv", ["origin_region", "hospital", "specialty", "care_type", "cases"]),
        ("travel_regions.csv", ["region", "hospital", "minutes"]),
        ("travel_municipalities.csv", ["municipality", "hospital", "minutes"]),
        ("travel_hospitals.csv", ["hospital_from", "hospital_to", "minutes"]),
    ]
    /// Columns a file may have but need not (SPEC §2 v2): read only when the header has them.
    public static let optionalColumns: [String: [String]] = ["backlog.csv": ["weeks_waited"]]

    static func columns(_ file: String) -> [String] {
        (requiredFiles + optionalFiles).first { $0.name == file }!.columns
    }

    /// Loads the data set folder at `path`.
    ///
    /// - Returns: the data set and the warnings of the load.
    /// - Throws: ``DataLoadError`` with every error and warning when anything is wrong.
    public static func load(folder path: String) throws(DataLoadError) -> (DataSet, warnings: [DataIssue]) {
        try load(from: FolderSource(folder: path))
    }

    /// Reads a price list in the format of pricelist.csv from `path`, for a scenario's `pricelist`
    /// key: it replaces the data set's whole price list.
    public static func loadPriceList(_ path: String, for data: DataSet) throws(DataLoadError) -> PriceTable {
        let folder = UserPath.directory(of: path), name = UserPath.lastComponent(path)
        var reader = FeedReader(source: FolderSource(folder: folder))
        guard let file = reader.open(name, required: true, columns: columns("pricelist.csv")) else {
            throw DataLoadError(issues: reader.issues)
        }
        let table = Loader.readPrices(file, &reader, data)
        if reader.issues.contains(where: { $0.severity == .error }) { throw DataLoadError(issues: reader.issues) }
        return table
    }

    /// Loads a data set from any source.
    public static func load(from source: any DataSource) throws(DataLoadError) -> (DataSet, warnings: [DataIssue]) {
        var loader = Loader(source: source)
        let dataSet = loader.run()
        let issues = loader.reader.issues
        if issues.contains(where: { $0.severity == .error }) { throw DataLoadError(issues: issues) }
        return (dataSet, issues)
    }
}

/// One load in progress.
struct Loader {
    var reader: FeedReader
    var data: DataSet
    /// Every entity id seen, for the one namespace of SPEC §1.
    var ids: [String: (kind: String, path: String, line: Int)] = [:]

    init(source: any DataSource) {
        reader = FeedReader(source: source)
        data = DataSet(name: source.name)
    }

    mutating func open(_ name: String, required: Bool) -> FeedFile? {
        reader.open(name, required: required, columns: DataSetLoader.columns(name), optional: DataSetLoader.optionalColumns[name] ?? [])
    }

    mutating func run() -> DataSet {
        loadRegions()
        loadMunicipalities()
        loadHospitals()
        loadSpecialties()
        loadCaseMix()
        loadCapacity()
        loadOccupancy()
        loadDemand()
        loadBacklog()
        loadReferrals()
        loadPrices()
        loadCosts()
        loadTravel()
        return data
    }

    /// Registers an entity id; an id that already names something is an error.
    mutating func claim(_ id: String, kind: String, _ row: FeedRow, column: String) -> Bool {
        if let earlier = ids[id] {
            let same = earlier.kind == kind && earlier.path == row.file.path
            let what = same ? "duplicate key `\(id)`: already on line \(earlier.line)"
                : "id `\(id)` already names a \(earlier.kind) (\(earlier.path) line \(earlier.line)); ids of regions, municipalities, hospitals and specialties share one namespace"
            reader.error(row.file, row.field(column), what)
            return false
        }
        ids[id] = (kind, row.file.path, row.line)
        return true
    }

    mutating func coordinates(_ row: FeedRow) -> (Double, Double)? {
        let lat = reader.number(row, "latitude", in: -90...90, what: "a latitude between -90 and 90")
        let lon = reader.number(row, "longitude", in: -180...180, what: "a longitude between -180 and 180")
        guard let lat, let lon else { return nil }
        return (lat, lon)
    }

    // MARK: Entities

    mutating func loadRegions() {
        guard let file = open("regions.csv", required: true) else { return }
        for row in reader.rows(file) {
            let id = reader.newID(row, "region"), name = reader.text(row, "name")
            let population = reader.number(row, "population"), position = coordinates(row)
            guard let id, let name, let population, let (lat, lon) = position,
                  claim(id, kind: "region", row, column: "region") else { continue }
            data.regionIndex[id] = data.regions.count
            data.regions.append(Region(id: id, name: name, population: population, latitude: lat, longitude: lon))
        }
    }

    mutating func loadMunicipalities() {
        guard let file = open("municipalities.csv", required: false) else { return }
        for row in reader.rows(file) {
            let id = reader.newID(row, "municipality"), name = reader.text(row, "name")
            let region = reader.reference(row, "region", "region", in: data.regionIndex)
            let population = reader.number(row, "population"), position = coordinates(row)
            guard let id, let name, let r = region?.index, let population, let (lat, lon) = position,
                  claim(id, kind: "municipality", row, column: "municipality") else { continue }
            data.municipalityIndex[id] = data.municipalities.count
            data.municipalities.append(Municipality(id: id, name: name, region: r, population: population, latitude: lat, longitude: lon))
        }
    }

    mutating func loadHospitals() {
        guard let file = open("hospitals.csv", required: true) else { return }
        for row in reader.rows(file) {
            let id = reader.newID(row, "hospital"), name = reader.text(row, "name")
            let region = reader.reference(row, "region", "region", in: data.regionIndex)
            let level = reader.level(row, "level"), position = coordinates(row)
            guard let id, let name, let r = region?.index, let level = level ?? nil, let (lat, lon) = position,
                  claim(id, kind: "hospital", row, column: "hospital") else { continue }
            data.hospitalIndex[id] = data.hospitals.count
            data.hospitals.append(Hospital(id: id, name: name, region: r, level: level, latitude: lat, longitude: lon))
        }
    }

    mutating func loadSpecialties() {
        guard let file = open("specialties.csv", required: true) else { return }
        for row in reader.rows(file) {
            let id = reader.newID(row, "specialty"), name = reader.text(row, "name")
            let share = reader.number(row, "acute_share", in: 0...1, what: "a share between 0 and 1")
            guard let id, let name, let share, claim(id, kind: "specialty", row, column: "specialty") else { continue }
            data.specialtyIndex[id] = data.specialties.count
            data.specialties.append(Specialty(id: id, name: name, acuteShare: share))
        }
        data.capacity = CapacityTable(hospitals: data.hospitals.count, specialties: data.specialties.count)
        data.occupancy = OccupancyTable(hospitals: data.hospitals.count, specialties: data.specialties.count)
    }

    // MARK: Feeds

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

    /// backlog.csv, with or without `weeks_waited` (SPEC §2, §9 v2): with it, the key includes
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

    mutating func loadPrices() {
        guard let file = open("pricelist.csv", required: true) else { return }
        data.prices = Self.readPrices(file, &reader, data)
    }

    /// Reads a price-list file (the data set's or a scenario's replacement) against `data`'s specialties.
    static func readPrices(_ file: FeedFile, _ reader: inout FeedReader, _ data: DataSet) -> PriceTable {
        var table = PriceTable()
        var seen: [[Int]: Int] = [:]
        var rows: [(SpecialtyCareType, HospitalLevel?, Double)] = [], acute: [(Int, HospitalLevel?, Double)] = []
        for row in reader.rows(file) {
            let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex)
            // care_type may also be `acute_bed_day` (SPEC §2 v2): the price of one acute bed-day.
            let careField = row.field("care_type")
            let isAcute = careField.text == PriceTable.acuteBedDay
            var t: CareType?
            if !isAcute {
                t = CareType(rawValue: careField.text)
                if t == nil {
                    let names = CareType.allCases.map(\.rawValue) + [PriceTable.acuteBedDay]
                    reader.error(file, careField, "column `care_type`: expected one of \(names.joined(separator: ", ")), found \"\(careField.text)\"\(NearestMatch.hint(for: careField.text, among: names))")
                }
            }
            let level = reader.level(row, "level", wildcard: true)
            let price = reader.number(row, "price_sek")
            guard let s = s?.index, isAcute || t != nil, let level, let price else { continue }
            let levelCode = level.map { HospitalLevel.allCases.firstIndex(of: $0)! + 1 } ?? 0
            guard !reader.isDuplicate([s, t?.order ?? 3, levelCode], row, seen: &seen,
                                      describe: "(\(data.specialties[s].id), \(careField.text), \(level?.rawValue ?? "*"))") else { continue }
            if let t { rows.append((SpecialtyCareType(s, t), level, price)) } else { acute.append((s, level, price)) }
        }
        // `*` rows first, so that a row for a level replaces them.
        for (key, level, price) in rows where level == nil {
            for l in HospitalLevel.allCases { table.set(specialty: key.specialty, careType: key.careType, level: l, price) }
        }
        for (key, level, price) in rows { if let level { table.set(specialty: key.specialty, careType: key.careType, level: level, price) } }
        for (s, level, price) in acute where level == nil {
            for l in HospitalLevel.allCases { table.setAcuteBedDay(specialty: s, level: l, price) }
        }
        for (s, level, price) in acute { if let level { table.setAcuteBedDay(specialty: s, level: level, price) } }
        return table
    }

    mutating func loadCosts() {
        guard let file = open("costs.csv", required: true) else {
            data.ownCosts = OwnCostTable(regions: data.regions.count, specialties: data.specialties.count)
            return
        }
        var rows: [CostKey: Double] = [:]
        var seen: [CostKey: Int] = [:]
        for row in reader.rows(file) {
            let r = reader.reference(row, "region", "region", in: data.regionIndex, wildcard: true)
            let s = reader.reference(row, "specialty", "specialty", in: data.specialtyIndex, wildcard: true)
            let t = reader.careType(row, "care_type"), cost = reader.number(row, "cost_sek")
            guard let r, let s, let t, let cost else { continue }
            let key = CostKey(region: r.index, specialty: s.index, careType: t)
            guard !reader.isDuplicate(key, row, seen: &seen,
                                      describe: "(\(r.index.map { data.regions[$0].id } ?? "*"), \(s.index.map { data.specialties[$0].id } ?? "*"), \(t.rawValue))") else { continue }
            rows[key] = cost
        }
        data.ownCosts = OwnCostTable.resolve(rows: rows, regions: data.regions.count, specialties: data.specialties.count)
    }

    mutating func loadTravel() {
        var travel = TravelTable()
        travel.fromRegion = data.regions.map { r in
            data.hospitals.map { h in
                TravelTable.estimatedMinutes(latitude1: r.latitude, longitude1: r.longitude, latitude2: h.latitude, longitude2: h.longitude)
            }
        }
        travel.fromMunicipality = data.municipalities.map { m in
            data.hospitals.map { h in
                TravelTable.estimatedMinutes(latitude1: m.latitude, longitude1: m.longitude, latitude2: h.latitude, longitude2: h.longitude)
            }
        }
        if let file = open("travel_regions.csv", required: false) {
            var seen: [[Int]: Int] = [:]
            for row in reader.rows(file) {
                let r = reader.reference(row, "region", "region", in: data.regionIndex)
                let h = reader.reference(row, "hospital", "hospital", in: data.hospitalIndex)
                let minutes = reader.number(row, "minutes")
                guard let r = r?.index, let h = h?.index, let minutes else { continue }
                guard !reader.isDuplicate([r, h], row, seen: &seen, describe: "(\(data.regions[r].id), \(data.hospitals[h].id))") else { continue }
                travel.fromRegion[r][h] = minutes
            }
        }
        if let file = open("travel_municipalities.csv", required: false) {
            var seen: [[Int]: Int] = [:]
            for row in reader.rows(file) {
                let m = reader.reference(row, "municipality", "municipality", in: data.municipalityIndex)
                let h = reader.reference(row, "hospital", "hospital", in: data.hospitalIndex)
                let minutes = reader.number(row, "minutes")
                guard let m = m?.index, let h = h?.index, let minutes else { continue }
                guard !reader.isDuplicate([m, h], row, seen: &seen, describe: "(\(data.municipalities[m].id), \(data.hospitals[h].id))") else { continue }
                travel.fromMunicipality[m][h] = minutes
            }
        }
        travel.betweenHospitals = data.hospitals.map { a in
            data.hospitals.map { b in
                TravelTable.estimatedMinutes(latitude1: a.latitude, longitude1: a.longitude, latitude2: b.latitude, longitude2: b.longitude)
            }
        }
        if let file = open("travel_hospitals.csv", required: false) {
            // A row serves both directions unless the reverse row is also given (SPEC §2 v2).
            var seen: [[Int]: Int] = [:]
            var given: [(Int, Int, Double)] = []
            for row in reader.rows(file) {
                let a = reader.reference(row, "hospital_from", "hospital", in: data.hospitalIndex)
                let b = reader.reference(row, "hospital_to", "hospital", in: data.hospitalIndex)
                let minutes = reader.number(row, "minutes")
                guard let a = a?.index, let b = b?.index, let minutes else { continue }
                guard !reader.isDuplicate([a, b], row, seen: &seen, describe: "(\(data.hospitals[a].id), \(data.hospitals[b].id))") else { continue }
                given.append((a, b, minutes))
            }
            for (a, b, minutes) in given where seen[[b, a]] == nil { travel.betweenHospitals[b][a] = minutes }
            for (a, b, minutes) in given { travel.betweenHospitals[a][b] = minutes }
        }
        data.travel = travel
    }
}
