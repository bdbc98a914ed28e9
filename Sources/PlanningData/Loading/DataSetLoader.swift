import Foundation

/// Loads a data set folder (docs/SPEC.md §2): every feed, every check, every problem reported.
public enum DataSetLoader {
    /// The files of docs/SPEC.md §2 with their columns.
    public static let requiredFiles: [(name: String, columns: [String])] = [
        ("regions.csv", ["region", "name", "population", "latitude", "longitude"]),
        ("hospitals.csv", ["hospital", "name", "region", "level", "latitude", "longitude"]),
        ("specialties.csv", ["specialty", "name", "acute_share"]),
        ("case_mix.csv", ["specialty", "care_type", "bed_days", "or_minutes", "visits"]),
        ("capacity.csv", ["hospital", "specialty", "week", "beds", "or_hours", "visits"]),
        ("demand.csv", ["region", "specialty", "care_type", "week", "cases"]),
        ("pricelist.csv", ["specialty", "care_type", "level", "price_sek"]),
        ("costs.csv", ["region", "specialty", "care_type", "cost_sek"]),
    ]
    public static let optionalFiles: [(name: String, columns: [String])] = [
        ("municipalities.csv", ["municipality", "name", "region", "population", "latitude", "longitude"]),
        ("occupancy.csv", ["date", "hospital", "specialty", "occupied_beds"]),
        ("backlog.csv", ["region", "specialty", "care_type", "waiting"]),
        ("referrals.csv", ["origin_region", "hospital", "specialty", "care_type", "cases"]),
        ("travel_regions.csv", ["region", "hospital", "minutes"]),
        ("travel_municipalities.csv", ["municipality", "hospital", "minutes"]),
        ("travel_hospitals.csv", ["hospital_from", "hospital_to", "minutes"]),
    ]
    /// Columns a file may have but need not (docs/SPEC.md §2 v2): read only when the header has them.
    public static let optionalColumns: [String: [String]] = ["backlog.csv": ["weeks_waited"]]

    static func columns(_ file: String) -> [String] {
        (requiredFiles + optionalFiles).first { $0.name == file }!.columns
    }

    /// Loads the data set folder at `path`.
    ///
    /// - Returns: the data set and the warnings of the load.
    /// - Throws: ``DataLoadError`` with every error and warning when anything is wrong.
    public static func load(folder path: String) throws(DataLoadError) -> (DataSet, warnings: [DataIssue]) {
        try load(from: FolderSource(folder: path))
    }

    /// Reads a price list in the format of pricelist.csv from `path`, for a scenario's `pricelist`
    /// key: it replaces the data set's whole price list.
    public static func loadPriceList(_ path: String, for data: DataSet) throws(DataLoadError) -> PriceTable {
        let folder = UserPath.directory(of: path), name = UserPath.lastComponent(path)
        var reader = FeedReader(source: FolderSource(folder: folder))
        guard let file = reader.open(name, required: true, columns: columns("pricelist.csv")) else {
            throw DataLoadError(issues: reader.issues)
        }
        let table = Loader.readPrices(file, &reader, data)
        if reader.issues.contains(where: { $0.severity == .error }) { throw DataLoadError(issues: reader.issues) }
        return table
    }

    /// Loads a data set from any source.
    public static func load(from source: any DataSource) throws(DataLoadError) -> (DataSet, warnings: [DataIssue]) {
        var loader = Loader(source: source)
        let dataSet = loader.run()
        let issues = loader.reader.issues
        if issues.contains(where: { $0.severity == .error }) { throw DataLoadError(issues: issues) }
        return (dataSet, issues)
    }
}

/// One load in progress.
struct Loader {
    var reader: FeedReader
    var data: DataSet
    /// Every entity id seen, for the one namespace of docs/SPEC.md §1.
    var ids: [String: (kind: String, path: String, line: Int)] = [:]

    init(source: any DataSource) {
        reader = FeedReader(source: source)
        data = DataSet(name: source.name)
    }

    mutating func open(_ name: String, required: Bool) -> FeedFile? {
        reader.open(name, required: required, columns: DataSetLoader.columns(name), optional: DataSetLoader.optionalColumns[name] ?? [])
    }

    mutating func run() -> DataSet {
        loadRegions()
        loadMunicipalities()
        loadHospitals()
        loadSpecialties()
        loadCaseMix()
        loadCapacity()
        loadOccupancy()
        loadDemand()
        loadBacklog()
        loadReferrals()
        loadPrices()
        loadCosts()
        loadTravel()
        return data
    }

    /// Registers an entity id; an id that already names something is an error.
    mutating func claim(_ id: String, kind: String, _ row: FeedRow, column: String) -> Bool {
        if let earlier = ids[id] {
            let same = earlier.kind == kind && earlier.path == row.file.path
            let what = same ? "duplicate key `\(id)`: already on line \(earlier.line)"
                : "id `\(id)` already names a \(earlier.kind) (\(earlier.path) line \(earlier.line)); ids of regions, municipalities, hospitals and specialties share one namespace"
            reader.error(row.file, row.field(column), what)
            return false
        }
        ids[id] = (kind, row.file.path, row.line)
        return true
    }

    mutating func coordinates(_ row: FeedRow) -> (Double, Double)? {
        let lat = reader.number(row, "latitude", in: -90...90, what: "a latitude between -90 and 90")
        let lon = reader.number(row, "longitude", in: -180...180, what: "a longitude between -180 and 180")
        guard let lat, let lon else { return nil }
        return (lat, lon)
    }
}
