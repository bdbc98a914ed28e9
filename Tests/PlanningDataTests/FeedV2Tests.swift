import PlanningData
import TestSupport
import Testing

/// The tiny data set with one file replaced.
private func with(_ file: String, _ text: String) -> [String: String] {
    var texts = Fixtures.tinyTexts
    texts[file] = text
    return texts
}

private let weeksHeader = "region,specialty,care_type,weeks_waited,waiting\n"

/// The feed columns and files of SPEC v2: `weeks_waited`, `acute_bed_day`, travel_hospitals.csv.
@Suite("Data set v2: weeks waited, acute bed-day prices, hospital travel times")
struct FeedV2Tests {
    static let badInputs: [BadInput] = [
        BadInput(description: "fractional weeks", texts: with("backlog.csv", weeksHeader + "north,ortopedi,elective_inpatient,3.5,20\n"),
                 expected: "tiny/backlog.csv:2:35: column `weeks_waited`: expected a whole number of weeks ≥ 0, found 3.5"),
        BadInput(description: "empty weeks", texts: with("backlog.csv", weeksHeader + "north,ortopedi,elective_inpatient,,20\n"),
                 expected: "tiny/backlog.csv:2:35: column `weeks_waited`: expected a whole number of weeks ≥ 0, found an empty field"),
        BadInput(description: "negative weeks", texts: with("backlog.csv", weeksHeader + "north,ortopedi,elective_inpatient,-1,20\n"),
                 expected: "tiny/backlog.csv:2:35: column `weeks_waited`: expected a whole number of weeks ≥ 0, found -1"),
        BadInput(description: "weeks not a number", texts: with("backlog.csv", weeksHeader + "north,ortopedi,elective_inpatient,many,20\n"),
                 expected: "tiny/backlog.csv:2:35: column `weeks_waited`: expected a whole number of weeks ≥ 0, found \"many\""),
        BadInput(description: "duplicate key with weeks", texts: with("backlog.csv", weeksHeader + "north,ortopedi,elective_inpatient,3,20\nnorth,ortopedi,elective_inpatient,3.0,5\n"),
                 expected: "tiny/backlog.csv:3:1: duplicate key (north, ortopedi, elective_inpatient, 3): already on line 2"),
        BadInput(description: "bad price care type", texts: with("pricelist.csv", "specialty,care_type,level,price_sek\nortopedi,acute_bedday,*,5\n"),
                 expected: "tiny/pricelist.csv:2:10: column `care_type`: expected one of elective_inpatient, day_surgery, outpatient, acute_bed_day, found \"acute_bedday\" (did you mean `acute_bed_day`?)"),
        BadInput(description: "duplicate acute price", texts: with("pricelist.csv", "specialty,care_type,level,price_sek\nortopedi,acute_bed_day,*,5\nortopedi,acute_bed_day,*,6\n"),
                 expected: "tiny/pricelist.csv:3:1: duplicate key (ortopedi, acute_bed_day, *): already on line 2"),
        BadInput(description: "unknown hospital in hospital travel", texts: with("travel_hospitals.csv", "hospital_from,hospital_to,minutes\nnorth_uni,nowhere,5\n"),
                 expected: "tiny/travel_hospitals.csv:2:11: column `hospital_to`: unknown hospital `nowhere`"),
        BadInput(description: "negative hospital travel", texts: with("travel_hospitals.csv", "hospital_from,hospital_to,minutes\nnorth_uni,south_county,-5\n"),
                 expected: "tiny/travel_hospitals.csv:2:24: column `minutes`: expected a non-negative number, found -5"),
        BadInput(description: "duplicate hospital travel", texts: with("travel_hospitals.csv", "hospital_from,hospital_to,minutes\nnorth_uni,south_county,5\nnorth_uni,south_county,6\n"),
                 expected: "tiny/travel_hospitals.csv:3:1: duplicate key (north_uni, south_county): already on line 2"),
    ]

    @Test(arguments: badInputs)
    func reportsTheExactError(_ input: BadInput) {
        let issues = loadIssues(input.texts)
        #expect(issues.contains { $0.severity == .error && $0.description == input.expected },
                "\(input.description): got \(issues.map(\.description))")
    }

    /// Weeks waited key the backlog; `3.0` is 3; the total is kept beside the bands; no warning.
    @Test func backlogByWeeksWaited() throws {
        let (data, warnings) = try loadTexts(with("backlog.csv", weeksHeader + "north,ortopedi,elective_inpatient,0,5\nnorth,ortopedi,elective_inpatient,3.0,20\nnorth,ortopedi,elective_inpatient,40,1\n"))
        let key = RegionSpecialtyCareType(data.regionIndex["north"]!, data.specialtyIndex["ortopedi"]!, .electiveInpatient)
        #expect(data.backlogByWeeksWaited[key] == [0: 5, 3: 20, 40: 1])
        #expect(data.backlog[key] == 26)
        #expect(data.backlogHasWeeksWaited)
        #expect(!warnings.contains { $0.file.hasSuffix("backlog.csv") })
    }

    /// Without the column the load warns once that guarantee figures are lower bounds.
    @Test func backlogWithoutWeeksWaitedWarnsOnce() throws {
        let (data, warnings) = try loadTexts(with("backlog.csv", "region,specialty,care_type,waiting\nnorth,ortopedi,elective_inpatient,20\n"))
        let backlogWarnings = warnings.filter { $0.file.hasSuffix("backlog.csv") }
        #expect(backlogWarnings.map(\.description) == ["tiny/backlog.csv:1:1: no `weeks_waited` column: the whole backlog starts as waited 0 weeks, so waiting over the guarantee is a lower bound"])
        #expect(!data.backlogHasWeeksWaited)
    }

    /// `acute_bed_day` rows go to their own table, `*` first then the level row; case prices are untouched.
    @Test func acuteBedDayPrices() throws {
        var texts = Fixtures.tinyTexts
        texts["pricelist.csv"]! += "ortopedi,acute_bed_day,*,7000\nortopedi,acute_bed_day,university,9000\n"
        let (data, _) = try loadTexts(texts)
        let s = data.specialtyIndex["ortopedi"]!
        #expect(data.prices.acuteBedDayPrice(specialty: s, level: .county) == 7000)
        #expect(data.prices.acuteBedDayPrice(specialty: s, level: .university) == 9000)
        #expect(data.prices.acuteBedDayPrice(specialty: data.specialtyIndex["medicin"]!, level: .county) == nil)
        #expect(data.prices.price(specialty: s, careType: .electiveInpatient, level: .university) == 120_000)
    }

    /// A row serves both directions unless the reverse is given; otherwise the coordinates decide.
    @Test func hospitalTravelMinutes() throws {
        var texts = Fixtures.tinyTexts
        texts["travel_hospitals.csv"] = "hospital_from,hospital_to,minutes\nnorth_uni,south_county,50\nsouth_district,south_county,7\nsouth_county,south_district,9\n"
        let (data, _) = try loadTexts(texts)
        let n = data.hospitalIndex["north_uni"]!, c = data.hospitalIndex["south_county"]!, d = data.hospitalIndex["south_district"]!
        #expect(data.travelMinutes(fromHospital: n, toHospital: c) == 50)
        #expect(data.travelMinutes(fromHospital: c, toHospital: n) == 50)
        #expect(data.travelMinutes(fromHospital: d, toHospital: c) == 7)
        #expect(data.travelMinutes(fromHospital: c, toHospital: d) == 9)
        // north_uni (60, 15) to south_district (59, 16): the haversine estimate.
        let km = TravelTable.haversineKilometres(latitude1: 60, longitude1: 15, latitude2: 59, longitude2: 16)
        #expect(abs(data.travelMinutes(fromHospital: n, toHospital: d) - km * 1.25 / 75 * 60) < 1e-9)
    }

    /// F = max(0, θ·beds − A), E = max(0, A − θ·beds); beds 0 and A > 0 gives E = A.
    @Test(arguments: [(10.0, 4.0, 0.9, 5.0, 0.0), (10, 12, 0.9, 0, 3), (0, 2, 0.9, 0, 2), (10, 9, 0.9, 0, 0)])
    func freeBedsAndAcuteExcess(_ beds: Double, _ acute: Double, _ theta: Double, _ free: Double, _ excess: Double) {
        let b = BedBalance(staffedBeds: beds, acuteLoad: acute, targetOccupancy: theta)
        #expect(abs(b.freeBeds - free) < 1e-12 && abs(b.acuteExcess - excess) < 1e-12)
    }
}
