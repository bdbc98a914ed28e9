import PlanningData
import TestSupport
import Testing

/// The derived values of docs/SPEC.md §2 on the tiny data set, each worked out by hand.
@Suite("Derived values")
struct DerivedValueTests {
    let data: DataSet

    init() throws {
        (data, _) = try loadTexts(Fixtures.tinyTexts)
    }

    func h(_ id: String) -> Int { data.hospitalIndex[id]! }
    func s(_ id: String) -> Int { data.specialtyIndex[id]! }
    func r(_ id: String) -> Int { data.regionIndex[id]! }

    @Test func loadsWithoutWarnings() throws {
        let (_, warnings) = try loadTexts(Fixtures.tinyTexts)
        #expect(warnings.isEmpty)
        #expect(data.specialties[s("medicin")].name == "Medicin, allmän")
    }

    @Test func capacityTakesTheWeekRowElseTheStarRowElseZero() {
        let uni = h("north_uni"), orto = s("ortopedi")
        #expect(data.capacity.capacity(hospital: uni, specialty: orto, week: 27) == Resources(beds: 20, orHours: 40, visits: 100))
        // The week-28 row replaces the `*` row whole.
        #expect(data.capacity.capacity(hospital: uni, specialty: orto, week: 28) == Resources(beds: 10, orHours: 20, visits: 50))
        #expect(data.capacity.capacity(hospital: h("south_county"), specialty: s("medicin"), week: 53).beds == 5)
        #expect(data.capacity.capacity(hospital: h("south_district"), specialty: orto, week: 28) == .zero)
    }

    @Test func acuteLoadPoolsTheISOWeekOverEveryYear() {
        // Week 28: 2024-07-08 (12), 2024-07-09 (14), 2023-07-12 (16): mean 14, × 0.5 = 7.
        #expect(data.acuteLoad(hospital: h("north_uni"), specialty: s("ortopedi"), week: 28) == 7)
        // Week 53: 2020-12-31 (10) and Sunday 2021-01-03 (20), both in week 53 of 2020: mean 15, × 0.8 = 12.
        #expect(data.acuteLoad(hospital: h("south_county"), specialty: s("medicin"), week: 53) == 12)
        // Week 1: 2024-12-30 (4, week 1 of 2025) and 2025-01-01 (6): mean 5, × 0.8 = 4.
        #expect(data.acuteLoad(hospital: h("south_county"), specialty: s("medicin"), week: 1) == 4)
        #expect(data.acuteLoad(hospital: h("south_county"), specialty: s("medicin"), week: 52) == 0)
    }

    @Test func priceIsTheLevelRowElseTheStarRow() {
        let orto = s("ortopedi")
        #expect(data.prices.price(specialty: orto, careType: .electiveInpatient, level: .university) == 120_000)
        #expect(data.prices.price(specialty: orto, careType: .electiveInpatient, level: .county) == 100_000)
        #expect(data.price(specialty: orto, careType: .electiveInpatient, hospital: h("south_district")) == 100_000)
        #expect(data.prices.price(specialty: s("medicin"), careType: .outpatient, level: .county) == nil)
    }

    @Test func ownCostFollowsTheLookupOrder() {
        let orto = s("ortopedi"), med = s("medicin")
        #expect(data.ownCosts.cost(region: r("north"), specialty: orto, careType: .electiveInpatient) == 90_000)  // (r, s, t)
        #expect(data.ownCosts.cost(region: r("south"), specialty: orto, careType: .electiveInpatient) == 70_000)  // (r, *, t) before (*, s, t)
        #expect(data.ownCosts.cost(region: r("north"), specialty: med, careType: .electiveInpatient) == 50_000)  // (*, *, t)
        #expect(data.ownCosts.cost(region: r("north"), specialty: orto, careType: .daySurgery) == 25_000)
    }

    @Test func travelMinutesAreTheFileRowElseTheHaversineEstimate() {
        // 1° of latitude on a 6371 km sphere is 111.19493 km; × 1.25 ÷ 75 km/h × 60 = the same number of minutes.
        let oneDegree = 6371.0 * Double.pi / 180
        #expect(abs(data.travelMinutes(region: r("north"), hospital: h("south_county")) - oneDegree) < 1e-9)
        #expect(data.travelMinutes(region: r("north"), hospital: h("north_uni")) == 0)
        #expect(data.travelMinutes(region: r("south"), hospital: h("south_county")) == 25)
        #expect(data.travelMinutes(municipality: data.municipalityIndex["south_village"]!, hospital: h("south_district")) == 12.5)
        // 0.1° north of the hospital: 11.119493 minutes.
        #expect(abs(data.travelMinutes(municipality: data.municipalityIndex["north_town"]!, hospital: h("north_uni")) - oneDegree / 10) < 1e-9)
    }

    @Test func haversineMatchesAHandComputedDistance() {
        // Uppsala (59.8586, 17.6389) – Örebro (59.2741, 15.2066): Δφ = −0.5845°, Δλ = −2.4323°;
        // a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) = 2.6017e-5 + 0.25656 × 4.5047e-4 = 1.41588e-4;
        // d = 2 × 6371 × asin(√a) = 151.6215 km.
        let km = TravelTable.haversineKilometres(latitude1: 59.8586, longitude1: 17.6389, latitude2: 59.2741, longitude2: 15.2066)
        #expect(abs(km - 151.6215) < 0.001)
        #expect(abs(TravelTable.estimatedMinutes(latitude1: 59.8586, longitude1: 17.6389, latitude2: 59.2741, longitude2: 15.2066) - km) < 1e-9)
    }

    @Test func offersNeedsEveryResourceTheCaseUses() {
        let county = h("south_county"), orto = s("ortopedi")
        #expect(data.offers(hospital: county, specialty: orto, careType: .electiveInpatient, week: 28))
        #expect(data.offers(hospital: county, specialty: orto, careType: .daySurgery, week: 28))
        #expect(!data.offers(hospital: county, specialty: orto, careType: .outpatient, week: 28))  // visits 0
        #expect(!data.offers(hospital: h("south_district"), specialty: orto, careType: .electiveInpatient, week: 28))
        #expect(!data.offers(hospital: county, specialty: s("medicin"), careType: .outpatient, week: 28))  // no case mix
    }

    @Test func demandBacklogAndReferralsAreKeyed() {
        let key = RegionSpecialtyCareType(r("north"), s("ortopedi"), .electiveInpatient)
        #expect(data.demand[key]?[29] == 5.5)
        #expect(data.demand[key]?.weeks == [28, 29])
        #expect(data.backlog[key] == 20)
        #expect(data.referrals[Referral(originRegion: r("south"), hospital: h("north_uni"), specialty: s("ortopedi"), careType: .electiveInpatient)] == 40)
    }
}

@Suite("ISO weeks")
struct ISOWeekTests {
    @Test(arguments: [
        ("2024-01-01", 1), ("2024-07-08", 28), ("2020-12-31", 53), ("2021-01-03", 53), ("2021-01-04", 1),
        ("2024-12-30", 1), ("2026-01-01", 1), ("2026-12-31", 53), ("2027-01-01", 53), ("2027-01-04", 1),
        ("2019-12-30", 1), ("2016-01-03", 53), ("2000-02-29", 9),
    ])
    func weekOfDate(_ date: String, _ week: Int) throws {
        let (y, m, d) = try #require(ISOWeek.parseDate(date))
        #expect(ISOWeek.week(year: y, month: m, day: d) == week)
    }

    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "2024/01/01", "2024-1-01", "", "2024-01-01x"])
    func badDatesAreRejected(_ text: String) {
        #expect(ISOWeek.parseDate(text) == nil)
    }

    @Test func weeksInYear() {
        #expect(ISOWeek.weeksInYear(2020) == 53)
        #expect(ISOWeek.weeksInYear(2024) == 52)
        #expect(ISOWeek.weeksInYear(2026) == 53)
    }
}
