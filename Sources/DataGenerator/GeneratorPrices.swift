import PlanningData

extension Generator {
    /// costs.csv: each region's own cost of production, a share of the price list's `*` prices,
    /// with defaults per care type and a few regional exceptions.
    static func costFile(_ prices: CSVDocument) -> CSVDocument {
        let specialties = SpecialtyProfile.all
        var costs = CSVDocument(header: ["region", "specialty", "care_type", "cost_sek"])
        for row in prices.rows where row[2] == "*" && row[1] != "acute_bed_day" {
            costs.append(["*", row[0], row[1], n((Double(row[3])! * Assumptions.ownCostShare).rounded())])
        }
        for (t, cost) in [("elective_inpatient", 60_000.0), ("day_surgery", 20_000.0), ("outpatient", 3_000.0)] {
            costs.append(["*", "*", t, n(cost)])
        }
        // Where a region's own production is dearer: hired staff (Värmland orthopaedics,
        // Sörmland surgery) or cheaper: Uppsala's scale in thoracic surgery.
        for (r, s, t, factor) in [("varmland", "ortopedi", "elective_inpatient", 1.10), ("sormland", "kirurgi", "elective_inpatient", 1.08),
                                  ("uppsala", "thoraxkirurgi", "elective_inpatient", 0.95)] {
            let base = Assumptions.drgPointPrice * (specialties.first { $0.id == s }!.weights.inpatient)
            costs.append([r, s, t, n((base * Assumptions.ownCostShare * factor).rounded())])
        }
        return costs
    }

    static let universitySurcharge: Set<String> = ["thoraxkirurgi", "onkologi", "hematologi", "neurologi"]

    /// A price list from the DRG weights of every (specialty, care type) with a case mix: `*`
    /// rows, +10 % university rows for the most specialised care, then `changes` (specialty, care
    /// type, level or nil, factor).
    static func priceList(pointPrice: Double, psychiatryPerBedDay: Double, changes: [(String, String, String?, Double)]) -> CSVDocument {
        var prices = CSVDocument(header: ["specialty", "care_type", "level", "price_sek"])
        for s in SpecialtyProfile.all {
            for (t, weight) in s.careTypes {
                var price = (pointPrice * weight).rounded()
                if s.id == "psykiatri" && t == "elective_inpatient" { price = psychiatryPerBedDay * s.bedDays }
                let star = changes.first { $0.0 == s.id && $0.1 == t && $0.2 == nil }?.3 ?? 1
                prices.append([s.id, t, "*", n((price * star).rounded())])
                let university = changes.first { $0.0 == s.id && $0.1 == t && $0.2 == "university" }?.3
                if universitySurcharge.contains(s.id) || university != nil {
                    let surcharge = universitySurcharge.contains(s.id) ? 1.1 : 1.0
                    prices.append([s.id, t, "university", n((price * star * surcharge * (university ?? 1)).rounded())])
                }
            }
            // A transferred acute bed-day (docs/SPEC.md §2 v2): the price list's own rate per bed-day of
            // the specialty, its inpatient DRG price ÷ the case's bed-days (psychiatry: its
            // bed-day price); the university surcharge as for the specialty's cases.
            if s.bedDays > 0 && s.acuteShare > 0 {
                let perDay = s.id == "psykiatri" ? psychiatryPerBedDay : pointPrice * s.weights.inpatient / s.bedDays
                prices.append([s.id, "acute_bed_day", "*", n(perDay.rounded())])
                if universitySurcharge.contains(s.id) { prices.append([s.id, "acute_bed_day", "university", n((perDay * 1.1).rounded())]) }
            }
        }
        return prices
    }

    /// The 2025 price list (`Scenarios/pricelists/2025.csv`): the point price uplifted, and the
    /// specialty changes of `Assumptions.priceChanges2025`.
    static func priceList2025() -> CSVDocument {
        priceList(pointPrice: Assumptions.drgPointPrice2025, psychiatryPerBedDay: Assumptions.psychiatryPricePerBedDay2025,
                  changes: Assumptions.priceChanges2025)
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(y) + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
    }

    /// The civil date of a day number (inverse of `ISOWeek.dayNumber`).
    static func civil(_ n: Int) -> (Int, Int, Int) {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
