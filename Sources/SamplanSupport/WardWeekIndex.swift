/// The dense index of a (hospital, specialty, ISO week) triple, for tables stored as one flat
/// array: hospital-major, then specialty, then week 1–53 at offset `week - 1`. The one formula
/// of capacity, occupancy and every other per-ward, per-week table (they had a 53-based and a
/// 54-based one before).
public struct WardWeekIndex: Sendable, Hashable {
    /// ISO weeks per slot block: 53, the most a year can have (docs/SPEC.md §2 weeks are 1–53).
    public static let weeks = 53

    /// Hospitals (index 0..<hospitalCount).
    public let hospitalCount: Int
    /// Specialties (index 0..<specialtyCount).
    public let specialtyCount: Int

    /// The index of `hospitals` × `specialties` × 53 weeks.
    public init(hospitals: Int, specialties: Int) {
        hospitalCount = hospitals
        specialtyCount = specialties
    }

    /// How many slots a table needs: hospitals × specialties × 53.
    public var count: Int { hospitalCount * specialtyCount * Self.weeks }

    /// How many (hospital, specialty) pairs there are.
    public var pairCount: Int { hospitalCount * specialtyCount }

    /// The slot of (hospital, specialty, week); `week` is 1–53 (not checked: callers validated it
    /// when the feed was read).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func slot(hospital: Int, specialty: Int, week: Int) -> Int {
        pair(hospital: hospital, specialty: specialty) * Self.weeks + Self.offset(week: week)
    }

    /// The index of (hospital, specialty) among the pairs, hospital-major.
    @inline(__always)
    public func pair(hospital: Int, specialty: Int) -> Int { hospital * specialtyCount + specialty }

    /// The offset of ISO week `week` (1–53) in a 53-long per-week array: `week - 1`.
    @inline(__always)
    public static func offset(week: Int) -> Int { week - 1 }
}
