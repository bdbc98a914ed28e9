/// The split of a ward's staffed beds between acute and planned care (docs/SPEC.md §2, §3.2 v2).
///
/// With θ the target occupancy, beds = beds(h, s, w) and A = A(h, s, w):
/// free beds F = max(0, θ · beds − A), what planned care and inbound acute transfers may use;
/// acute excess E = max(0, A − θ · beds), acute load above the target, transferred or overload.
/// At most one of the two is positive.
public struct BedBalance: Sendable, Hashable {
    /// Staffed beds.
    public let staffedBeds: Double
    /// Acute bed load A (beds).
    public let acuteLoad: Double
    /// F: beds planned care and inbound acute transfers may fill (beds, i.e. bed-weeks per week).
    public let freeBeds: Double
    /// E: acute load above the target (beds).
    public let acuteExcess: Double

    /// The balance of `staffedBeds` (beds) against `acuteLoad` (beds) at target occupancy θ
    /// (`targetOccupancy`, a share in (0, 1]); formulas as above, from docs/summer-model.md.
    public init(staffedBeds: Double, acuteLoad: Double, targetOccupancy theta: Double) {
        self.staffedBeds = staffedBeds
        self.acuteLoad = acuteLoad
        freeBeds = max(0, theta * staffedBeds - acuteLoad)
        acuteExcess = max(0, acuteLoad - theta * staffedBeds)
    }

    /// Whether the ward has a row in the summer model and in occupancy.csv: staffed beds or acute load.
    public var hasRow: Bool { staffedBeds > 0 || acuteLoad > 0 }
}

extension DataSet {
    /// F and E of (h, s, w) at target occupancy θ.
    ///
    /// - Complexity: O(1).
    public func bedBalance(hospital h: Int, specialty s: Int, week w: Int, targetOccupancy theta: Double) -> BedBalance {
        BedBalance(staffedBeds: capacity.capacity(hospital: h, specialty: s, week: w).beds,
                   acuteLoad: acuteLoad(hospital: h, specialty: s, week: w), targetOccupancy: theta)
    }

    /// F(h, s, w) = max(0, θ · beds − A).
    public func freeBeds(hospital h: Int, specialty s: Int, week w: Int, targetOccupancy theta: Double) -> Double {
        bedBalance(hospital: h, specialty: s, week: w, targetOccupancy: theta).freeBeds
    }

    /// E(h, s, w) = max(0, A − θ · beds).
    public func acuteExcess(hospital h: Int, specialty s: Int, week w: Int, targetOccupancy theta: Double) -> Double {
        bedBalance(hospital: h, specialty: s, week: w, targetOccupancy: theta).acuteExcess
    }
}
