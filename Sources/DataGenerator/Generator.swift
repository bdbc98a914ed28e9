import Foundation
import PlanningData
import SamplanSupport

/// Builds the synthetic Mellansverige data set from the public municipality and hospital lists
/// and the assumptions of `Assumptions`. Deterministic: the same sources and scale give the
/// same bytes.
struct Generator {
    struct SourceMunicipality { let id, name, region: String; let population, latitude, longitude: Double }
    struct SourceHospital { let id, name, region, level: String; let latitude, longitude: Double; let beds: Double }

    var municipalities: [SourceMunicipality]
    var hospitals: [SourceHospital]
    var rng = SeededGenerator(seed: Assumptions.seed)

    static let regionNames: [String: String] = [
        "dalarna": "Dalarna", "gavleborg": "Gävleborg", "sormland": "Sörmland", "uppsala": "Uppsala",
        "varmland": "Värmland", "vastmanland": "Västmanland", "orebro": "Örebro län",
    ]

    /// Reads the source lists and multiplies them `scale` times (copies get ids `…_2`, `…_3` and
    /// coordinates moved 0.03° north per copy): a larger data set for the scale benchmarks.
    init(sources: String, scale: Int) throws {
        func table(_ name: String) throws -> (CSVTable, [String: Int]) {
            let path = sources + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw GeneratorError("cannot read \(path)") }
            let table = CSVTable(bytes: [UInt8](data))
            guard let header = table.header else { throw GeneratorError("\(path) is empty") }
            return (table, Dictionary(uniqueKeysWithValues: header.fields.enumerated().map { ($1.text, $0) }))
        }
        let (m, mc) = try table("municipalities.csv")
        let (h, hc) = try table("hospitals.csv")
        var ms: [SourceMunicipality] = [], hs: [SourceHospital] = []
        for copy in 0..<scale {
            let suffix = copy == 0 ? "" : "_\(copy + 1)", shift = 0.03 * Double(copy)
            for r in m.records {
                let f = r.fields.map(\.text)
                ms.append(SourceMunicipality(
                    id: f[mc["municipality"]!] + suffix, name: f[mc["name"]!] + (copy == 0 ? "" : " \(copy + 1)"),
                    region: f[mc["region"]!], population: Double(f[mc["population"]!])!,
                    latitude: Double(f[mc["latitude"]!])! + shift, longitude: Double(f[mc["longitude"]!])!))
            }
            for r in h.records {
                let f = r.fields.map(\.text)
                let id = f[hc["hospital"]!]
                guard let beds = Assumptions.hospitalBeds[id] else { throw GeneratorError("no bed figure for hospital \(id)") }
                hs.append(SourceHospital(
                    id: id + suffix, name: f[hc["name"]!] + (copy == 0 ? "" : " \(copy + 1)"), region: f[hc["region"]!],
                    level: f[hc["level"]!], latitude: Double(f[hc["latitude"]!])! + shift,
                    longitude: Double(f[hc["longitude"]!])!, beds: beds))
            }
        }
        municipalities = ms
        hospitals = hs
    }

    /// Writes every file of docs/SPEC.md §2 into `folder`.
    mutating func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = build()
        for (name, document) in files {
            try Data(document.rendered().utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    // MARK: Building

    static func n(_ value: Double, _ decimals: Int = 6) -> String { CSVNumber.format(value, decimals: decimals) }

    mutating func normal(_ sd: Double) -> Double {
        let u1 = max(Double.ulpOfOne, rng.uniform()), u2 = rng.uniform()
        return sd * (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    func offered(_ hospital: SourceHospital, _ specialty: SpecialtyProfile) -> Bool {
        switch hospital.level {
        case "university": return true
        case "county": return specialty.atCounty
        default:
            return Assumptions.districtSpecialties.contains(specialty.id)
                || (hospital.beds >= Assumptions.extendedDistrictBeds && Assumptions.extendedDistrictSpecialties.contains(specialty.id))
        }
    }

    /// Splits `total` into integers proportional to `weights` (largest remainder).
    static func apportion(_ total: Double, _ weights: [Double]) -> [Double] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { total * $0 / sum }
        var floors = exact.map { $0.rounded(.down) }
        let left = Int(total - floors.reduce(0, +))
        let order = exact.indices.sorted { (exact[$0] - floors[$0], -$0) > (exact[$1] - floors[$1], -$1) }
        for k in order.prefix(left) { floors[k] += 1 }
        return floors
    }

    /// Every file of docs/SPEC.md §2, in the order the random draws are made: first the wards, then the
    /// daily occupancy, then the demand (the draw order fixes the bytes of the data set).
    mutating func build() -> [(String, CSVDocument)] {
        let (regions, figures) = regionFile()
        let entities = entityFiles()
        let wards = drawWards()
        let pressure = Self.pressureFactors(wards, regionIDs: figures.ids)
        let wardFiles = self.wardFiles(wards, pressure: pressure)
        let demand = demandFile(weeklyCases: wardFiles.weeklyCases, regions: figures)
        let prices = Self.priceList(pointPrice: Assumptions.drgPointPrice, psychiatryPerBedDay: Assumptions.psychiatryPricePerBedDay, changes: [])
        let (travelRegions, travelMunicipalities) = travelFiles(regions: figures)
        return [("regions.csv", regions)] + entities + [
            ("capacity.csv", wardFiles.capacity), ("occupancy.csv", wardFiles.occupancy), ("demand.csv", demand.demand),
            ("backlog.csv", Self.backlogFile(demand.queues)), ("referrals.csv", referralFile(yearly: demand.yearly, regions: figures)),
            ("pricelist.csv", prices), ("costs.csv", Self.costFile(prices)), ("travel_regions.csv", travelRegions),
            ("travel_municipalities.csv", travelMunicipalities),
        ]
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
