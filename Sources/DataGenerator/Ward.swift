import Foundation
import SamplanSupport

/// One (hospital, specialty) of the generated data set with the random draws that shape its
/// occupancy. Occupancy follows the ward's staffed beds, summer closures included, so that acute
/// load above θ × staffed beds appears only as often as the public overcrowding figures say.
struct Ward {
    let hospital: Generator.SourceHospital
    let specialty: SpecialtyProfile
    /// Staffed beds in a normal week.
    let beds: Double
    /// The hospital's normal-week occupancy (its level's, ± a little).
    let utilisation: Double
    /// The ward's own persistent occupancy factor (≈ 1).
    let wardFactor: Double
    /// A factor per ISO week 1…53, at `WardWeekIndex.offset(week:)`.
    let weekFactor: [Double]

    /// The weekday pattern of daily occupancy (ISO weekday: Monday–Thursday 1.02, Friday 1.0, weekend 0.95).
    static func dayFactor(weekday: Int) -> Double { weekday <= 4 ? 1.02 : weekday == 5 ? 1.0 : 0.95 }
    /// Its mean over a week, so that the pattern leaves a week's mean unchanged.
    static let meanDayFactor = (4 * 1.02 + 1.0 + 2 * 0.95) / 7

    /// Staffed beds in ISO week `week`, exactly as capacity.csv writes them.
    func staffedBeds(week: Int) -> Double {
        guard Assumptions.summerWeeks.contains(week) else { return beds }
        return (beds * (1 - Assumptions.closure(region: hospital.region, week: week))).rounded()
    }

    /// The ward's normal occupancy of staffed beds before the region's pressure factor: wards of
    /// acute care run fuller than wards of planned care.
    var occupancyLevel: Double {
        utilisation * (1 + Assumptions.acuteOccupancySlope * (specialty.acuteShare - Assumptions.meanAcuteShare)) * wardFactor
    }

    /// Expected acute load per staffed bed, A / beds, in week `week` before the region's pressure
    /// factor (docs/SPEC.md §2: A = acute_share × mean occupied beds). Around new year planned patients
    /// are at home (half the elective occupancy); in summer the acute load per staffed bed rises a
    /// little with the closures.
    func acuteRatio(week: Int) -> Double {
        let a = specialty.acuteShare
        let mix = week == 52 || week == 1 ? a + (1 - a) * 0.5 : 1
        let summer = 1 + Assumptions.summerAcutePressure * Assumptions.closure(region: hospital.region, week: week)
        return a * occupancyLevel * weekFactor[WardWeekIndex.offset(week: week)] * mix * summer
    }

    /// The pressure factor of a region: the factor on every ward's acute ratio at which the
    /// expected bed-weighted share of bed-weeks (weeks 1–52) with A > θ × beds is `share`.
    /// Expected over the daily noise (± `dailyNoise`, seven days a week) and the rounding of
    /// daily counts to whole beds, which push ward-weeks just below the target over it; found by
    /// bisection, the share growing with the factor.
    static func pressureFactor(_ wards: [Ward], share: Double, theta: Double, weeks: ClosedRange<Int>, dailyNoise: Double) -> Double {
        var weekRows: [(ratio: Double, beds: Double, occupied: Double)] = []
        for ward in wards where ward.beds > 0 && ward.specialty.acuteShare > 0 {
            for w in weeks {
                let beds = ward.staffedBeds(week: w), ratio = ward.acuteRatio(week: w)
                if beds > 0 { weekRows.append((ratio, beds, beds * ratio / ward.specialty.acuteShare)) }
            }
        }
        let total = weekRows.reduce(0) { $0 + $1.beds }
        func expectedShare(_ factor: Double) -> Double {
            weekRows.reduce(0) { sum, row in
                // Relative sd of a week's mean occupancy: daily noise, and rounding (sd 0.29 beds a day).
                let sd = ((dailyNoise * dailyNoise + 0.0833 / (row.occupied * row.occupied * factor * factor)) / 7).squareRoot()
                let z = (theta / (row.ratio * factor) - 1) / sd
                return sum + row.beds * 0.5 * erfc(z / 2.0.squareRoot())
            } / total
        }
        var low = 0.5, high = 2.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if expectedShare(mid) < share { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }
}
