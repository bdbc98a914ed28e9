import PlanningData

extension Generator {
    /// Travel overrides: a region's own hospitals are reached in the population-weighted mean
    /// time of its municipalities (better than from the centre); inland municipalities with
    /// winding roads take 20 % longer than the estimate.
    func travelFiles(regions: RegionFigures) -> (regions: CSVDocument, municipalities: CSVDocument) {
        var travelRegions = CSVDocument(header: ["region", "hospital", "minutes"])
        for r in regions.ids {
            let ms = municipalities.filter { $0.region == r }
            for h in hospitals where h.region == r {
                let mean = ms.reduce(0) {
                    $0 + $1.population * TravelTable.estimatedMinutes(latitude1: $1.latitude, longitude1: $1.longitude,
                                                                       latitude2: h.latitude, longitude2: h.longitude)
                } / regions.population[r]!
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
        return (travelRegions, travelMunicipalities)
    }
}
