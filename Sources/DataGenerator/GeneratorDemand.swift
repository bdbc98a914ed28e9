import PlanningData

/// demand.csv with the queues and yearly cases that backlog.csv and referrals.csv are made from.
struct DemandFile {
    var demand = CSVDocument(header: ["region", "specialty", "care_type", "week", "cases"])
    var queues: [Queue] = []
    /// Cases a year per "region/specialty/care type".
    var yearly: [String: Double] = [:]
}

extension Generator {
    /// Demand: region-wide elective cases shared by population, filling capacity; fewer
    /// referrals in summer and around new year.
    mutating func demandFile(weeklyCases: [String: [String: Double]], regions: RegionFigures) -> DemandFile {
        let specialties = SpecialtyProfile.all
        let weeks = 1...ISOWeek.weeksInYear(Assumptions.year)
        let totalPopulation = regions.population.values.reduce(0, +)
        var file = DemandFile()
        for r in regions.ids {
            let share = regions.population[r]! / totalPopulation
            for s in specialties {
                for t in ["elective_inpatient", "day_surgery", "outpatient"] {
                    guard let base = weeklyCases[s.id]?[t], base > 0 else { continue }
                    let weekly = base * share * Assumptions.demandFill
                    var year = 0.0
                    for w in weeks {
                        let season = Assumptions.summerWeeks.contains(w) ? Assumptions.summerDemand : (w == 52 || w == 1) ? 0.6 : 1.0
                        let cases = max(0, (weekly * season * (1 + normal(0.04)) * 10).rounded() / 10)
                        year += cases
                        file.demand.append([r, s.id, t, String(w), Self.n(cases)])
                    }
                    file.yearly["\(r)/\(s.id)/\(t)"] = year
                    let weeksWaiting = (s.backlogWeeks + (t == "day_surgery" ? 2 : t == "outpatient" ? -1 : 0)) * Assumptions.backlogFactor[r]!
                    file.queues.append(Queue(region: r, specialty: s.id, careType: t, waiting: (weekly * weeksWaiting).rounded(), weeksOfDemand: weeksWaiting))
                }
            }
        }
        return file
    }

    /// The waiting list by weeks waited, calibrated to the share over the guarantee.
    static func backlogFile(_ queues: [Queue]) -> CSVDocument {
        var backlog = CSVDocument(header: ["region", "specialty", "care_type", "waiting", "weeks_waited"])
        let meanWaitFactor = Queue.meanWaitFactor(queues, overGuaranteeShare: Assumptions.overGuaranteeShare, guaranteeWeeks: Assumptions.guaranteeWeeks)
        for queue in queues {
            for (k, waiting) in queue.byWeeksWaited(meanWaitFactor: meanWaitFactor, maxWeeks: Assumptions.maxWeeksWaited).enumerated() where waiting > 0 {
                backlog.append([queue.region, queue.specialty, queue.careType, n(waiting), String(k)])
            }
        }
        return backlog
    }

    /// Historical referrals: thoracic surgery from regions without it to the university
    /// hospitals, 5 % of specialised care to the nearest university hospital, 1 % to the
    /// nearest county hospital of a neighbour.
    func referralFile(yearly: [String: Double], regions: RegionFigures) -> CSVDocument {
        let specialties = SpecialtyProfile.all
        var referrals = CSVDocument(header: ["origin_region", "hospital", "specialty", "care_type", "cases"])
        var referralRows: [[String]: Double] = [:]
        for r in regions.ids {
            let (lat, lon) = regions.centre[r]!
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
        return referrals
    }
}
