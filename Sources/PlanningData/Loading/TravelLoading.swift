import Foundation

/// The travel feeds of a data set (docs/SPEC.md §2): minutes from regions, municipalities and hospitals to hospitals.
extension Loader {
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
            // A row serves both directions unless the reverse row is also given (docs/SPEC.md §2 v2).
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
