import LevelStructuring
import PlanningData
import Reports
import TestSupport
import Testing

/// The infeasibility reasons of level structuring in words: English for summary.json (the text
/// before the reasons became structured, byte for byte) and Swedish for the report.
@Suite struct InfeasibilityWordsTests {
    /// The tiny world with three municipalities: Norrby and Mitt (north), Söderby (south).
    static func data() throws -> DataSet {
        var files = TinyWorld().texts
        files["municipalities.csv"] = "municipality,name,region,population,latitude,longitude\n"
            + "m0,Norrby,north,100,60,15\nm1,Söderby,south,100,59,15\nm2,Mitt,north,100,59.5,15\n"
        return try DataSetLoader.load(from: InMemorySource(name: "tiny", files: files.mapValues { Array($0.utf8) })).0
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let reason: InfeasibilityReason
        let english: String
        let swedish: String
        var testDescription: String { english }
    }

    static let cases: [Case] = [
        Case(reason: .mustOpenAboveSitesMax(mustOpen: 2, sitesMax: 1),
             english: "`must_open` names 2 sites, more than sites.max (1)",
             swedish: "`must_open` anger 2 enheter, fler än sites.max (1)"),
        Case(reason: .tooFewCandidatesLeft(left: 1, sitesMin: 2),
             english: "only 1 candidate is left after `must_close`, fewer than sites.min (2)",
             swedish: "bara 1 kandidat återstår efter `must_close`, färre än sites.min (2)"),
        Case(reason: .tooFewCandidatesLeft(left: 0, sitesMin: 1),
             english: "only 0 candidates are left after `must_close`, fewer than sites.min (1)",
             swedish: "bara 0 kandidater återstår efter `must_close`, färre än sites.min (1)"),
        Case(reason: .unreachable(municipalities: [1], maxTravelMinutes: 30),
             english: "Söderby has no candidate within 30 minutes",
             swedish: "Söderby har ingen kandidat inom 30 minuter"),
        Case(reason: .unreachable(municipalities: [0, 1, 2], maxTravelMinutes: nil),
             english: "Norrby, Söderby and Mitt have no candidate at all",
             swedish: "Norrby, Söderby och Mitt har ingen kandidat alls"),
        Case(reason: .reachableOnlyClosed(municipalities: [0, 2], maxTravelMinutes: 45.25),
             english: "Norrby and Mitt have no candidate within 45.3 minutes that is not in `must_close`",
             swedish: "Norrby och Mitt har ingen kandidat inom 45.3 minuter som inte står i `must_close`"),
        Case(reason: .minimumVolumesAboveDemand(sites: 2, minVolume: 1500, demand: 2400.04),
             english: "at least 2 sites with at least 1500 cases each need 3000 cases, but the demand is 2400",
             swedish: "minst 2 enheter med minst 1500 fall var behöver 3000 fall, men efterfrågan är 2400"),
        Case(reason: .capacityBelowDemand(sites: 2, capacity: 900, demand: 1000, mustCloseExcluded: false),
             english: "the 2 largest candidates can treat 900 cases, but the demand is 1000",
             swedish: "de 2 största kandidaterna kan ta 900 fall, men efterfrågan är 1000"),
        Case(reason: .capacityBelowDemand(sites: 1, capacity: 900, demand: 1000, mustCloseExcluded: true),
             english: "the 1 largest candidates not in `must_close` can treat 900 cases, but the demand is 1000",
             swedish: "de 1 största kandidaterna utanför `must_close` kan ta 900 fall, men efterfrågan är 1000"),
        Case(reason: .mustOpenCapacityBelowMinimumVolume(hospital: 0, capacity: 100, minVolume: 150),
             english: "Norra is in `must_open` but its capacity 100 is below the minimum volume 150",
             swedish: "Norra står i `must_open` men kapaciteten 100 är under minsta volymen 150"),
        Case(reason: .capacityBelowMinimumVolume(hospital: 1, capacity: 100, minVolume: 150),
             english: "Södra has capacity 100 below the minimum volume 150",
             swedish: "Södra har kapaciteten 100, under minsta volymen 150"),
        Case(reason: .combined(minVolume: 150, sitesMin: 1, sitesMax: 2),
             english: "the minimum volume (150), the capacities and the number of sites (1–2) cannot all hold for the municipalities each candidate reaches",
             swedish: "minsta volymen (150), kapaciteterna och antalet enheter (1–2) kan inte gälla samtidigt för de kommuner varje kandidat når"),
    ]

    @Test(arguments: cases) func eachReasonInEnglishAndSwedish(_ testCase: Case) throws {
        let data = try Self.data()
        #expect(InfeasibilityWords.english([testCase.reason], data: data) == testCase.english)
        #expect(InfeasibilityWords.swedish([testCase.reason], data: data) == testCase.swedish)
    }

    @Test func severalReasonsAreJoinedWithSemicolons() throws {
        let data = try Self.data()
        let reasons: [InfeasibilityReason] = [.mustOpenAboveSitesMax(mustOpen: 3, sitesMax: 2), .unreachable(municipalities: [2], maxTravelMinutes: 60)]
        #expect(InfeasibilityWords.english(reasons, data: data)
                == "`must_open` names 3 sites, more than sites.max (2); Mitt has no candidate within 60 minutes")
        #expect(InfeasibilityWords.swedish(reasons, data: data)
                == "`must_open` anger 3 enheter, fler än sites.max (2); Mitt har ingen kandidat inom 60 minuter")
    }
}
