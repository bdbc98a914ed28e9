import Foundation
import PlanningData
import TestSupport
import Testing

/// The committed default data set: valid, and calibrated to the public figures of FACTS.md.
@Suite("The default Mellansverige data set")
struct DefaultDataSetTests {
    /// Loaded once for the whole suite (a debug-build load takes a second).
    static let loaded = Result { try DataSetLoader.load(folder: Fixtures.defaultDataSet.path) }

    let data: DataSet
    let summary: DataSummary

    init() throws {
        (data, _) = try Self.loaded.get()
        summary = DataSummary(data, normalWeek: 10, summerWeeks: 26...33)
    }

    @Test func validatesWithoutErrorsOrWarnings() throws {
        let (_, warnings) = try Self.loaded.get()
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func entitiesMatchThePublicLists() {
        #expect(data.regions.count == 7)
        #expect(data.municipalities.count == 80)
        #expect(data.hospitals.count == 25)
        #expect(summary.hospitalsByLevel.map(\.1) == [2, 5, 18])
        #expect(data.specialties.map(\.id).sorted() == [
            "anestesi_iva", "barn", "geriatrik", "hematologi", "hud", "infektion", "internmedicin", "kardiologi",
            "kirurgi", "kvinnosjukvard", "neurologi", "ogon", "onh", "onkologi", "ortopedi", "psykiatri", "radiologi",
            "rehabilitering", "reumatologi", "thoraxkirurgi", "urologi",
        ])
    }

    @Test func populationMatchesSCB2023() {
        #expect(summary.totalPopulation == 2_151_905)
        let municipalities = Dictionary(uniqueKeysWithValues: summary.regions.map { ($0.id, $0.municipalities) })
        #expect(municipalities == ["dalarna": 15, "gavleborg": 10, "sormland": 9, "uppsala": 8, "varmland": 16, "vastmanland": 10, "orebro": 12])
    }

    /// Available beds 2015 (SKL, FACTS.md); the data set stays within ±15 %.
    @Test(arguments: [("uppsala", 923.0), ("sormland", 685), ("varmland", 654), ("orebro", 729), ("vastmanland", 638), ("dalarna", 732), ("gavleborg", 601)])
    func bedsPerRegionWithinFifteenPercent(_ region: String, _ beds: Double) throws {
        let row = try #require(summary.regions.first { $0.id == region })
        #expect(abs(row.beds - beds) / beds <= 0.15, "\(region): \(row.beds) beds, 2015: \(beds)")
        // Summer closures of 20–35 % (FACTS.md).
        let closed = 1 - row.summerBeds / row.beds
        #expect(closed >= 0.19 && closed <= 0.36, "\(region): \(closed) closed")
        // Occupancy around 85–95 % in a normal week.
        let occupancy = try #require(row.occupancy)
        #expect(occupancy >= 0.85 && occupancy <= 0.95, "\(region): occupancy \(occupancy)")
    }

    /// Demand roughly fills normal capacity, so the summer closures create real queues.
    @Test func summerCreatesQueues() {
        func electiveInpatientCapacity(week: Int) -> Double {
            var cases = 0.0
            for (h, s) in data.capacity.hospitalSpecialties {
                guard let mix = data.caseMix[SpecialtyCareType(s, .electiveInpatient)], mix.bedDays > 0 else { continue }
                let beds = data.capacity.capacity(hospital: h, specialty: s, week: week).beds
                cases += max(0, 0.9 * beds - data.acuteLoad(hospital: h, specialty: s, week: week)) * 7 / mix.bedDays
            }
            return cases
        }
        func electiveInpatientDemand(week: Int) -> Double {
            data.demand.filter { $0.key.careType == .electiveInpatient }.values.reduce(0) { $0 + $1[week] }
        }
        let normal = electiveInpatientCapacity(week: 10) / electiveInpatientDemand(week: 10)
        let summer = electiveInpatientCapacity(week: 29) / electiveInpatientDemand(week: 29)
        #expect(normal > 0.9 && normal < 1.2, "normal week capacity / demand \(normal)")
        #expect(summer < 0.9, "summer capacity / demand \(summer)")
    }

    @Test func everyFeedIsPresent() {
        // travel_hospitals.csv (v2) is optional: hospital-to-hospital minutes fall back to coordinates.
        for (file, _) in DataSetLoader.requiredFiles + DataSetLoader.optionalFiles where file != "travel_hospitals.csv" {
            #expect(FileManager.default.fileExists(atPath: Fixtures.defaultDataSet.appendingPathComponent(file).path), "\(file)")
        }
        #expect(summary.occupancyRows > 80_000)
        #expect(summary.occupancyDates?.first == "2024-01-01" && summary.occupancyDates?.last == "2024-12-31")
        #expect(summary.referralCases > 0)
    }

    @Test func everyOutOfRegionRouteHasAPriceAndEveryRegionACost() {
        for key in data.demand.keys {
            for level in HospitalLevel.allCases {
                #expect(data.prices.price(specialty: key.specialty, careType: key.careType, level: level) != nil)
            }
            #expect(data.ownCosts.cost(region: key.region, specialty: key.specialty, careType: key.careType) != nil)
        }
    }
}
