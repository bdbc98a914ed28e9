import Foundation

/// The money feeds of a data set (docs/SPEC.md §2): the price list (SEK per case or bed-day) and own costs (SEK per case).
extension Loader {
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
            // care_type may also be `acute_bed_day` (docs/SPEC.md §2 v2): the price of one acute bed-day.
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
}
