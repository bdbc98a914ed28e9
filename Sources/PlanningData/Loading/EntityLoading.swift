import Foundation

/// The entity files of a data set (docs/SPEC.md §1–2): regions, municipalities, hospitals, specialties.
extension Loader {
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
}
