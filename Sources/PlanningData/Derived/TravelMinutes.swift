import Foundation

/// Travel minutes from a region or a municipality to a hospital (docs/SPEC.md §2): the travel file's row
/// if present, else the great-circle distance × 1.25 at 75 km/h. Computed for every pair at load.
public struct TravelTable: Sendable {
    var fromRegion: [[Double]] = []
    var fromMunicipality: [[Double]] = []
    /// [h][h'] minutes from hospital h to hospital h' (docs/SPEC.md §2 v2).
    var betweenHospitals: [[Double]] = []

    init() {}

    /// Earth radius of docs/SPEC.md §2, km.
    public static let earthRadiusKilometres = 6371.0
    /// Road distance per great-circle distance.
    public static let detourFactor = 1.25
    /// Average road speed, km/h.
    public static let speedKilometresPerHour = 75.0

    /// Great-circle (haversine) distance in km.
    public static func haversineKilometres(
        latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double
    ) -> Double {
        let rad = Double.pi / 180
        let dLat = (latitude2 - latitude1) * rad, dLon = (longitude2 - longitude1) * rad
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude1 * rad) * cos(latitude2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKilometres * asin(min(1, sqrt(a)))
    }

    /// Minutes by road estimated from coordinates: haversine × 1.25 ÷ 75 km/h × 60.
    public static func estimatedMinutes(
        latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double
    ) -> Double {
        haversineKilometres(latitude1: latitude1, longitude1: longitude1, latitude2: latitude2, longitude2: longitude2)
            * detourFactor / speedKilometresPerHour * 60
    }
}

extension DataSet {
    /// Travel minutes from region r's population centre to hospital h.
    ///
    /// - Complexity: O(1).
    public func travelMinutes(region r: Int, hospital h: Int) -> Double { travel.fromRegion[r][h] }

    /// Travel minutes from municipality m's main town to hospital h.
    ///
    /// - Complexity: O(1).
    public func travelMinutes(municipality m: Int, hospital h: Int) -> Double { travel.fromMunicipality[m][h] }

    /// Travel minutes from hospital h to hospital h' (acute transfers): the row (h, h') of
    /// travel_hospitals.csv, else the row (h', h), else the estimate from the coordinates.
    ///
    /// - Complexity: O(1).
    public func travelMinutes(fromHospital h: Int, toHospital h2: Int) -> Double { travel.betweenHospitals[h][h2] }
}
