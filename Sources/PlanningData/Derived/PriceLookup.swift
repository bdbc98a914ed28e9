/// The price list (SPEC §2): p(s, t, level) is the row for that level, else the `*` row.
/// Resolved per level at load, so that `price` adjustments act on the derived values.
public struct PriceTable: Sendable {
    private var values: [SpecialtyCareType: [HospitalLevel: Double]] = [:]

    init() {}

    /// Price per case when a hospital of `level` treats a patient of (s, t) from another region;
    /// nil when the price list has no row for it.
    public func price(specialty s: Int, careType t: CareType, level: HospitalLevel) -> Double? {
        values[SpecialtyCareType(s, t)]?[level]
    }

    /// Sets the derived price of (s, t, level).
    public mutating func set(specialty s: Int, careType t: CareType, level: HospitalLevel, _ price: Double) {
        values[SpecialtyCareType(s, t), default: [:]][level] = price
    }

    /// Every (specialty, care type) with at least one price.
    public var keys: [SpecialtyCareType] { values.keys.sorted() }
}

extension DataSet {
    /// p(s, t, level(h)): what a region pays hospital `h` per case of (s, t) for its patients.
    public func price(specialty s: Int, careType t: CareType, hospital h: Int) -> Double? {
        prices.price(specialty: s, careType: t, level: hospitals[h].level)
    }
}
