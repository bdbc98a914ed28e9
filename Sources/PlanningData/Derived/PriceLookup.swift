/// The price list (docs/SPEC.md §2): p(s, t, level) is the row for that level, else the `*` row.
/// Resolved per level at load, so that `price` adjustments act on the derived values.
/// Rows of care type `acute_bed_day` (docs/SPEC.md §2 v2) are kept apart: only acute-transfer
/// settlement reads them.
public struct PriceTable: Sendable {
    private var values: [SpecialtyCareType: [HospitalLevel: Double]] = [:]
    private var acuteBedDay: [Int: [HospitalLevel: Double]] = [:]

    /// The care-type word of the price of one occupied bed-day of acute care.
    public static let acuteBedDay = "acute_bed_day"

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

    /// p(s, acute_bed_day, level): what one occupied acute bed-day of specialty s costs at a
    /// hospital of `level`; nil when the price list has no row for it.
    public func acuteBedDayPrice(specialty s: Int, level: HospitalLevel) -> Double? {
        acuteBedDay[s]?[level]
    }

    /// Sets the derived acute bed-day price of (s, level).
    public mutating func setAcuteBedDay(specialty s: Int, level: HospitalLevel, _ price: Double) {
        acuteBedDay[s, default: [:]][level] = price
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
