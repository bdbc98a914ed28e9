import Foundation
import PlanningData

extension Fixtures {
    /// `Tests/Fixtures/datasets/tiny`: a hand-made data set whose derived values are worked out in the tests.
    public static let tinyDataSet = directory.appendingPathComponent("datasets/tiny")
    /// The committed default data set.
    public static let defaultDataSet = packageRoot.appendingPathComponent("Scenarios/data/mellansverige-2024")

    /// Every file of a data set folder, in memory.
    public static func files(of folder: URL) -> [String: [UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: [UInt8]] = [:]
        for name in names where name.hasSuffix(".csv") {
            files[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { [UInt8]($0) }
        }
        return files
    }

    /// The tiny data set's files as text.
    public static var tinyTexts: [String: String] {
        files(of: tinyDataSet).mapValues { String(decoding: $0, as: UTF8.self) }
    }
}

/// Loads a data set held as texts.
public func loadTexts(_ texts: [String: String]) throws(DataLoadError) -> (DataSet, warnings: [DataIssue]) {
    try DataSetLoader.load(from: InMemorySource(name: "tiny", files: texts.mapValues { Array($0.utf8) }))
}

/// The issues of loading texts that must fail (empty when it loads).
public func loadIssues(_ texts: [String: String]) -> [DataIssue] {
    do {
        let (_, warnings) = try loadTexts(texts)
        return warnings
    } catch {
        return error.issues
    }
}

/// A canonical text of every value and derived value of a data set: two data sets with the same
/// fingerprint answer every question of the models the same way.
public func fingerprint(_ d: DataSet) -> String {
    var out: [String] = []
    for r in d.regions { out.append("R \(r.id) \(r.name) \(r.population) \(r.latitude) \(r.longitude)") }
    for m in d.municipalities { out.append("M \(m.id) \(m.name) \(m.region) \(m.population) \(m.latitude) \(m.longitude)") }
    for h in d.hospitals { out.append("H \(h.id) \(h.name) \(h.region) \(h.level) \(h.latitude) \(h.longitude)") }
    for s in d.specialties { out.append("S \(s.id) \(s.name) \(s.acuteShare)") }
    for key in d.caseMix.keys.sorted() { out.append("X \(key) \(d.caseMix[key]!)") }
    for h in d.hospitals.indices {
        for s in d.specialties.indices {
            for w in 1...53 {
                let c = d.capacity.capacity(hospital: h, specialty: s, week: w)
                let a = d.acuteLoad(hospital: h, specialty: s, week: w)
                if c != .zero || a != 0 { out.append("C \(h) \(s) \(w) \(c.beds) \(c.orHours) \(c.visits) \(a)") }
            }
        }
    }
    for key in d.demand.keys.sorted() { out.append("D \(key) \(d.demand[key]!.values) \(d.demand[key]!.weeks)") }
    for key in d.backlog.keys.sorted() { out.append("B \(key) \(d.backlog[key]!)") }
    for key in d.referrals.keys.sorted() { out.append("F \(key) \(d.referrals[key]!)") }
    for s in d.specialties.indices {
        for t in CareType.allCases {
            for level in HospitalLevel.allCases { out.append("P \(s) \(t) \(level) \(String(describing: d.prices.price(specialty: s, careType: t, level: level)))") }
            for r in d.regions.indices { out.append("O \(r) \(s) \(t) \(String(describing: d.ownCosts.cost(region: r, specialty: s, careType: t)))") }
        }
    }
    for r in d.regions.indices { for h in d.hospitals.indices { out.append("T \(r) \(h) \(d.travelMinutes(region: r, hospital: h))") } }
    for m in d.municipalities.indices { for h in d.hospitals.indices { out.append("U \(m) \(h) \(d.travelMinutes(municipality: m, hospital: h))") } }
    return out.joined(separator: "\n")
}
