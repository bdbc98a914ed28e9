import PlanningData

/// The regions' population and population-weighted centre, from their municipalities.
struct RegionFigures {
    /// Region ids, ascending.
    let ids: [String]
    /// Inhabitants per region.
    var population: [String: Double] = [:]
    /// (latitude, longitude) per region, weighted by the municipalities' population.
    var centre: [String: (Double, Double)] = [:]

    init(ids: [String]) { self.ids = ids }
}

extension Generator {
    /// regions.csv, and the regions' population and centre the other files need.
    func regionFile() -> (CSVDocument, RegionFigures) {
        let regionIDs = Self.regionNames.keys.sorted()
        var regions = CSVDocument(header: ["region", "name", "population", "latitude", "longitude"])
        var figures = RegionFigures(ids: regionIDs)
        for r in regionIDs {
            let ms = municipalities.filter { $0.region == r }
            let pop = ms.reduce(0) { $0 + $1.population }
            let lat = ms.reduce(0) { $0 + $1.latitude * $1.population } / pop
            let lon = ms.reduce(0) { $0 + $1.longitude * $1.population } / pop
            figures.population[r] = pop
            figures.centre[r] = (lat, lon)
            regions.append([r, Self.regionNames[r]!, Self.n(pop), Self.n(lat, 4), Self.n(lon, 4)])
        }
        return (regions, figures)
    }

    /// municipalities.csv, hospitals.csv, specialties.csv and case_mix.csv, in that order.
    func entityFiles() -> [(String, CSVDocument)] {
        let specialties = SpecialtyProfile.all
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
        return [("municipalities.csv", municipalityFile), ("hospitals.csv", hospitalFile), ("specialties.csv", specialtyFile),
                ("case_mix.csv", caseMix)]
    }
}
