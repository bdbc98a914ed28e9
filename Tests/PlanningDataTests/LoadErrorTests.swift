import PlanningData
import TestSupport
import Testing

/// The tiny data set with one line appended to one file.
private func appending(_ file: String, _ line: String) -> [String: String] {
    var texts = Fixtures.tinyTexts
    texts[file]! += line + "\n"
    return texts
}

/// The tiny data set with one text replaced in one file.
private func replacing(_ file: String, _ old: String, _ new: String) -> [String: String] {
    var texts = Fixtures.tinyTexts
    texts[file] = texts[file]!.replacingFirst(old, with: new)
    return texts
}

private extension String {
    func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { return self }
        return replacingCharacters(in: range, with: new)
    }
}

/// One bad input and the error it must give, exactly.
struct BadInput: Sendable, CustomStringConvertible {
    let description: String
    let texts: [String: String]
    let expected: String
}

@Suite("Every error class names the file, line and column")
struct LoadErrorTests {
    static let cases: [BadInput] = [
        BadInput(description: "negative quantity", texts: appending("capacity.csv", "north_uni,ortopedi,30,-5,20,50"),
                 expected: "tiny/capacity.csv:9:23: column `beds`: expected a non-negative number, found -5"),
        BadInput(description: "unparsable number", texts: appending("capacity.csv", "north_uni,ortopedi,30,abc,20,50"),
                 expected: "tiny/capacity.csv:9:23: column `beds`: expected a non-negative number, found \"abc\""),
        BadInput(description: "NaN", texts: appending("capacity.csv", "north_uni,ortopedi,30,1,NaN,50"),
                 expected: "tiny/capacity.csv:9:25: column `or_hours`: expected a non-negative number, found \"NaN\""),
        BadInput(description: "overflow to infinity", texts: appending("capacity.csv", "north_uni,ortopedi,30,1e999,1,1"),
                 expected: "tiny/capacity.csv:9:23: column `beds`: expected a non-negative number, found \"1e999\""),
        BadInput(description: "decimal comma in a comma file", texts: appending("demand.csv", "north,ortopedi,elective_inpatient,30,\"5,5\""),
                 expected: "tiny/demand.csv:7:38: column `cases`: expected a non-negative number, found \"5,5\" (a `,`-delimited file takes `.` as decimal separator)"),
        BadInput(description: "unknown id", texts: appending("capacity.csv", "north_uni,kardio,30,1,1,1"),
                 expected: "tiny/capacity.csv:9:11: column `specialty`: unknown specialty `kardio`"),
        BadInput(description: "unknown id with a suggestion", texts: appending("demand.csv", "nort,ortopedi,elective_inpatient,30,1"),
                 expected: "tiny/demand.csv:7:1: column `region`: unknown region `nort` (did you mean `north`?)"),
        BadInput(description: "duplicate key", texts: appending("capacity.csv", "north_uni,ortopedi,28,1,1,1"),
                 expected: "tiny/capacity.csv:9:1: duplicate key (north_uni, ortopedi, 28): already on line 3"),
        BadInput(description: "duplicate wildcard key", texts: appending("costs.csv", "*,*,elective_inpatient,1"),
                 expected: "tiny/costs.csv:8:1: duplicate key (*, *, elective_inpatient): already on line 2"),
        BadInput(description: "week outside 1–53", texts: appending("capacity.csv", "north_uni,ortopedi,54,1,1,1"),
                 expected: "tiny/capacity.csv:9:20: column `week`: expected a week number 1–53 or `*`, found \"54\""),
        BadInput(description: "week 0 in demand", texts: appending("demand.csv", "north,ortopedi,elective_inpatient,0,1"),
                 expected: "tiny/demand.csv:7:35: column `week`: expected a week number 1–53, found \"0\""),
        BadInput(description: "too few fields", texts: appending("capacity.csv", "north_uni,ortopedi,30,1,1"),
                 expected: "tiny/capacity.csv:9:1: too few fields: expected 6, found 5"),
        BadInput(description: "too many fields", texts: appending("capacity.csv", "north_uni,ortopedi,30,1,1,1,1"),
                 expected: "tiny/capacity.csv:9:1: too many fields: expected 6, found 7"),
        BadInput(description: "acute share above 1", texts: appending("specialties.csv", "kardio,Kardio,1.5"),
                 expected: "tiny/specialties.csv:4:15: column `acute_share`: expected a share between 0 and 1, found 1.5"),
        BadInput(description: "id used for two things", texts: appending("hospitals.csv", "north,Nord,north,county,60,15"),
                 expected: "tiny/hospitals.csv:5:1: id `north` already names a region (tiny/regions.csv line 2); ids of regions, municipalities, hospitals and specialties share one namespace"),
        BadInput(description: "duplicate entity id", texts: appending("regions.csv", "north,Nord,1,60,15"),
                 expected: "tiny/regions.csv:4:1: duplicate key `north`: already on line 2"),
        BadInput(description: "bad id", texts: appending("regions.csv", "East Side,Öst,1,60,15"),
                 expected: "tiny/regions.csv:4:1: column `region`: expected an id of lowercase letters, digits and `_`, found \"East Side\""),
        BadInput(description: "bad level", texts: appending("hospitals.csv", "big,Big,north,regional,60,15"),
                 expected: "tiny/hospitals.csv:5:15: column `level`: expected one of university, county, district, found \"regional\""),
        BadInput(description: "latitude out of range", texts: appending("hospitals.csv", "far,Far,north,county,95,15"),
                 expected: "tiny/hospitals.csv:5:22: column `latitude`: expected a latitude between -90 and 90, found 95"),
        BadInput(description: "bad date", texts: appending("occupancy.csv", "2024-02-30,north_uni,ortopedi,3"),
                 expected: "tiny/occupancy.csv:9:1: column `date`: expected a date YYYY-MM-DD, found \"2024-02-30\""),
        BadInput(description: "duplicate date", texts: appending("occupancy.csv", "2024-07-08,north_uni,ortopedi,3"),
                 expected: "tiny/occupancy.csv:9:1: duplicate key (2024-07-08, north_uni, ortopedi): already on line 2"),
        BadInput(description: "bad care type", texts: appending("backlog.csv", "north,ortopedi,inpatient,0,3"),
                 expected: "tiny/backlog.csv:4:16: column `care_type`: expected one of elective_inpatient, day_surgery, outpatient, found \"inpatient\" (did you mean `outpatient`?)"),
        BadInput(description: "case mix using no resource", texts: appending("case_mix.csv", "medicin,outpatient,0,0,0"),
                 expected: "tiny/case_mix.csv:6:20: a case of (medicin, outpatient) uses no resource: bed_days, or_minutes and visits are all 0"),
        BadInput(description: "demand without case mix", texts: appending("demand.csv", "north,medicin,outpatient,28,3"),
                 expected: "tiny/demand.csv:7:15: (medicin, outpatient) has no row in case_mix.csv"),
        BadInput(description: "bad price level", texts: appending("pricelist.csv", "ortopedi,outpatient,regional,5"),
                 expected: "tiny/pricelist.csv:7:21: column `level`: expected one of university, county, district, *, found \"regional\""),
        BadInput(description: "unknown id in an optional feed", texts: appending("travel_regions.csv", "south,nowhere,5"),
                 expected: "tiny/travel_regions.csv:3:7: column `hospital`: unknown hospital `nowhere`"),
        BadInput(description: "missing required column", texts: replacing("specialties.csv", "specialty,name,acute_share", "specialty,name,acute"),
                 expected: "tiny/specialties.csv:1:1: missing required column `acute_share`; the header has `specialty`, `name`, `acute`"),
        BadInput(description: "unclosed quote", texts: appending("regions.csv", "east,\"Öst,1,60,15"),
                 expected: "tiny/regions.csv:4:6: a quoted field is not closed before the end of the file"),
        BadInput(description: "text after a closing quote", texts: appending("regions.csv", "east,\"Öst\"x,1,60,15"),
                 expected: "tiny/regions.csv:4:11: unexpected text after a closing quote"),
        BadInput(description: "empty file", texts: replacing("case_mix.csv", Fixtures.tinyTexts["case_mix.csv"]!, ""),
                 expected: "tiny/case_mix.csv:1:1: the file is empty; expected a header row with `specialty`, `care_type`, `bed_days`, `or_minutes`, `visits`"),
    ]

    @Test(arguments: cases)
    func reportsTheExactError(_ input: BadInput) {
        let issues = loadIssues(input.texts)
        #expect(issues.contains { $0.severity == .error && $0.description == input.expected },
                "\(input.description): got \(issues.map(\.description))")
    }

    @Test func aMissingRequiredFileIsAMissingFile() {
        var texts = Fixtures.tinyTexts
        texts["pricelist.csv"] = nil
        do {
            _ = try loadTexts(texts)
            Issue.record("loaded without pricelist.csv")
        } catch {
            #expect(error.hasMissingFile)
            #expect(error.errors.map(\.description) == ["tiny/pricelist.csv: required file is missing"])
        }
    }

    @Test func missingOptionalFilesAreFine() throws {
        var texts = Fixtures.tinyTexts
        for file in ["municipalities.csv", "occupancy.csv", "backlog.csv", "referrals.csv", "travel_regions.csv", "travel_municipalities.csv"] {
            texts[file] = nil
        }
        let (data, warnings) = try loadTexts(texts)
        #expect(warnings.isEmpty)
        #expect(data.acuteLoad(hospital: 0, specialty: 0, week: 28) == 0)
    }

    @Test func anUnknownColumnIsAWarningOnly() throws {
        var withComment = Fixtures.tinyTexts
        withComment["regions.csv"] = "region,name,population,latitude,longitude,comment\nnorth,Norrland,1000,60.0,15.0,x\nsouth,Söderland,2000,59.0,15.5,y\n"
        let (_, warnings) = try loadTexts(withComment)
        #expect(warnings.map(\.description) == ["tiny/regions.csv:1:43: unknown column `comment` is ignored"])
    }

    @Test func everyErrorOfALoadIsReported() {
        var texts = appending("capacity.csv", "north_uni,ortopedi,30,-5,20,50")
        texts["demand.csv"]! += "nort,ortopedi,elective_inpatient,30,1\n"
        texts["specialties.csv"]! += "kardio,Kardio,1.5\n"
        let errors = loadIssues(texts).filter { $0.severity == .error }
        #expect(errors.count == 3)
        #expect(Set(errors.map(\.file)) == ["tiny/capacity.csv", "tiny/demand.csv", "tiny/specialties.csv"])
    }
}
