/// The documented assumptions of the synthetic default data set (see docs/data-set.md). Every
/// figure here is either a public figure of FACTS.md or a stated assumption.
enum Assumptions {
    /// DRG point price 2023 for the region (FACTS.md), SEK.
    static let drgPointPrice = 74_750.0
    /// The 2025 price list's DRG point price: 2023's uplifted 3 % a year for two years.
    static let drgPointPrice2025 = (74_750.0 * 1.03 * 1.03).rounded()
    /// Specialty changes of the 2025 price list, on top of the uplift: (specialty, care type,
    /// level or nil for `*`, factor). Day surgery in orthopaedics is paid more to move volume
    /// out of wards; cataract surgery (ophthalmology day surgery) less, its volumes having grown;
    /// the university hospitals' oncology and thoracic surgery more.
    static let priceChanges2025: [(String, String, String?, Double)] = [
        ("ortopedi", "day_surgery", nil, 1.15),
        ("ogon", "day_surgery", nil, 0.90),
        ("onkologi", "elective_inpatient", "university", 1.05),
        ("thoraxkirurgi", "elective_inpatient", "university", 1.08),
    ]
    /// Psychiatry's bed-day price in 2025.
    static let psychiatryPricePerBedDay2025 = 4_700.0

    /// Psychiatry is outside DRG invoicing (FACTS.md): priced per bed-day instead.
    static let psychiatryPricePerBedDay = 4_500.0
    /// A region's own marginal cost as a share of the out-of-region price.
    static let ownCostShare = 0.85
    /// Target occupancy the bed capacity is planned for (θ).
    static let plannedOccupancy = 0.9
    /// Share of elective capacity the yearly demand fills.
    static let demandFill = 0.98
    /// Specialist-clinic visits per staffed bed per week (≈ 7,200 visits a day in the region).
    static let clinicVisitsPerBed = 8.0
    /// Radiology examinations per week in the region (3,100 a day, FACTS.md).
    static let radiologyExaminationsPerWeek = 21_700.0
    /// Summer weeks with reduced staffing (FACTS.md: closures concentrate in weeks 26–33).
    static let summerWeeks = 26...33
    /// Planning year: 2024 (occupancy dates).
    static let year = 2024
    static let seed: UInt64 = 20_240_101

    /// Share of beds closed in the summer weeks, by region (FACTS.md: 20–35 %; Sörmland 35 %,
    /// Örebro 27–29 %, Gävleborg the least).
    static let summerBedClosure: [String: Double] = [
        "dalarna": 0.22, "gavleborg": 0.20, "sormland": 0.35, "uppsala": 0.25, "varmland": 0.27,
        "vastmanland": 0.24, "orebro": 0.28,
    ]

    /// Each region's four weeks of deepest closure within weeks 26–33: there 1.5 × its closure
    /// share, the other four summer weeks 0.5 × (the mean over 26–33 stays the region's share).
    /// Staggered holidays are what makes summer cooperation possible at all.
    static let deepClosureStart: [String: Int] = [
        "dalarna": 28, "gavleborg": 26, "sormland": 26, "uppsala": 28, "varmland": 26, "vastmanland": 30, "orebro": 30,
    ]

    /// Theatre hours and clinic visits close a little more than beds in summer (planned surgery
    /// and clinics pause first; beds keep the acute patients).
    static let extraTheatreClosure = 0.10
    static let extraClinicClosure = 0.05
    /// Summer demand relative to a normal week: fewer referrals while patients and GPs are on
    /// holiday, but fewer by less than production falls: nationally the waiting list grows over the
    /// summer and the share within 90 days falls from 68 % in June to 59 % in August (FACTS.md).
    /// With occupancy following the closures (version 2), 0.85 leaves the summer weeks' planned
    /// inpatient capacity at 80–95 % of demand in the deep weeks, as version 1's 0.75 did only
    /// through its inflated acute load.
    static let summerDemand = 0.85

    /// Waiting lists differ between regions as their compliance with the care guarantee does:
    /// the specialty's backlog weeks are multiplied by the region's factor.
    static let backlogFactor: [String: Double] = [
        "dalarna": 0.4, "varmland": 0.7, "orebro": 0.8, "vastmanland": 1.0, "uppsala": 1.2, "gavleborg": 1.4, "sormland": 1.6,
    ]

    /// The closure share of a region in week `w`.
    static func closure(region: String, week: Int) -> Double {
        guard summerWeeks.contains(week), let share = summerBedClosure[region], let start = deepClosureStart[region] else { return 0 }
        return (start..<start + 4).contains(week) ? min(0.6, 1.5 * share) : 0.5 * share
    }

    /// Staffed beds in a normal week per hospital. Region sums are within ±2 % of SKL's 2015
    /// figures (FACTS.md); the named hospitals follow the published sizes.
    static let hospitalBeds: [String: Double] = [
        "akademiska": 810, "enkoping": 110,
        "uso": 510, "karlskoga": 130, "lindesberg": 85,
        "falun": 455, "mora": 155, "avesta": 50, "ludvika": 45, "borlange": 30,
        "gavle": 320, "hudiksvall": 140, "bollnas": 73, "soderhamn": 65,
        "eskilstuna": 440, "nykoping": 140, "katrineholm": 105,
        "karlstad": 480, "arvika": 60, "torsby": 84, "kristinehamn": 30,
        "vasteras": 480, "koping": 60, "sala": 45, "fagersta": 50,
    ]

    /// Overcrowding in 2019, per 100 beds (FACTS.md): Uppsala 7.1, Gävleborg 6.5, Dalarna 1.7;
    /// the regions without a published figure get the national 5.0. The generator reads it as the
    /// share of a region's bed-weeks (weeks 1–52) whose acute load is above θ × staffed beds, and
    /// finds the region's pressure factor that gives exactly that share before daily noise.
    static let overcrowdingPer100Beds: [String: Double] = ["uppsala": 7.1, "gavleborg": 6.5, "dalarna": 1.7]
    static let nationalOvercrowdingPer100Beds = 5.0

    /// Wards with much acute care run fuller than wards of planned care (medical wards are the
    /// overcrowded ones): a ward's occupancy is its level's × (1 + slope × (acute share − mean)).
    static let acuteOccupancySlope = 0.4
    static let meanAcuteShare = 0.75
    /// Spread of a ward's own occupancy (persistent) and of a ward's week (relative sd).
    static let wardPressureSD = 0.03
    static let weekPressureSD = 0.03
    /// When beds close for the summer the acute load falls almost as much (shorter stays, earlier
    /// discharge, fewer planned admissions), but not quite: acute load per staffed bed rises by
    /// this × the week's closure share.
    static let summerAcutePressure = 0.04
    /// Relative sd of a day's occupied beds around the week's expected value.
    static let dailyOccupancyNoise = 0.04

    /// Share of the waiting list that has waited more than 90 days (13 weeks or more) at the start
    /// of the summer: 32 % (June 2019: 68 % within 90 days, FACTS.md). Weeks waited follow a
    /// geometric distribution whose mean is proportional to the queue's weeks of demand; the
    /// generator finds the factor that gives this share nationally.
    static let overGuaranteeShare = 0.32
    static let guaranteeWeeks = 13
    /// Patients who have waited longer are listed at this many weeks waited.
    static let maxWeeksWaited = 52

    /// Normal-week bed occupancy per hospital level (FACTS.md: 88–94 % reported nationally).
    static let occupancyByLevel: [String: Double] = ["university": 0.92, "county": 0.90, "district": 0.87]

    /// District hospitals with at least this many beds also run maternity, paediatrics,
    /// psychiatry and intensive care.
    static let extendedDistrictBeds = 100.0

    /// Specialties at every district hospital, and the extra ones of the larger ones.
    static let districtSpecialties: Set<String> = ["internmedicin", "kirurgi", "ortopedi", "geriatrik", "radiologi"]
    static let extendedDistrictSpecialties: Set<String> = ["kvinnosjukvard", "barn", "psykiatri", "anestesi_iva"]
}

/// How one specialty is modelled.
struct SpecialtyProfile {
    let id: String
    let name: String
    /// Share of occupied bed-days that are acute.
    let acuteShare: Double
    /// Relative share of a hospital's beds.
    let bedWeight: Double
    /// Elective inpatient case: bed-days and theatre minutes (0: none).
    let bedDays: Double
    let orMinutes: Double
    /// Day surgery: theatre minutes per case and cases per elective inpatient case (nil: none).
    let daySurgery: (orMinutes: Double, perInpatientCase: Double)?
    /// Clinic visits per outpatient case.
    let outpatientVisits: Double
    /// DRG weights of a case (inpatient, day surgery, outpatient).
    let weights: (inpatient: Double, daySurgery: Double, outpatient: Double)
    /// Weeks of demand on the waiting list at the start of the summer.
    let backlogWeeks: Double
    /// Offered at county hospitals (university hospitals offer everything).
    let atCounty: Bool

    /// The care types this specialty has a case mix (and so a price and a cost) for, with their
    /// DRG weights: inpatient when a case uses beds, day surgery when modelled, outpatient always.
    var careTypes: [(name: String, weight: Double)] {
        (bedDays > 0 ? [("elective_inpatient", weights.inpatient)] : [])
            + (daySurgery != nil ? [("day_surgery", weights.daySurgery)] : [])
            + [("outpatient", weights.outpatient)]
    }

    static let all: [SpecialtyProfile] = [
        .init(id: "ortopedi", name: "Ortopedi", acuteShare: 0.60, bedWeight: 9, bedDays: 4, orMinutes: 120,
              daySurgery: (60, 1.5), outpatientVisits: 1.5, weights: (1.6, 0.45, 0.06), backlogWeeks: 10, atCounty: true),
        .init(id: "kirurgi", name: "Kirurgi", acuteShare: 0.70, bedWeight: 10, bedDays: 4, orMinutes: 110,
              daySurgery: (50, 1.2), outpatientVisits: 1.5, weights: (1.4, 0.40, 0.06), backlogWeeks: 8, atCounty: true),
        .init(id: "urologi", name: "Urologi", acuteShare: 0.45, bedWeight: 2.5, bedDays: 3, orMinutes: 100,
              daySurgery: (40, 1.5), outpatientVisits: 1.5, weights: (1.2, 0.35, 0.06), backlogWeeks: 9, atCounty: true),
        .init(id: "kvinnosjukvard", name: "Kvinnosjukvård", acuteShare: 0.65, bedWeight: 6, bedDays: 2.5, orMinutes: 80,
              daySurgery: (35, 1.0), outpatientVisits: 1.5, weights: (0.9, 0.30, 0.05), backlogWeeks: 7, atCounty: true),
        .init(id: "onh", name: "Öron-, näs- och halssjukvård", acuteShare: 0.40, bedWeight: 1.5, bedDays: 2, orMinutes: 90,
              daySurgery: (45, 2.0), outpatientVisits: 1.3, weights: (0.8, 0.30, 0.05), backlogWeeks: 9, atCounty: true),
        .init(id: "ogon", name: "Ögonsjukvård", acuteShare: 0.20, bedWeight: 0.5, bedDays: 1.5, orMinutes: 45,
              daySurgery: (20, 10.0), outpatientVisits: 1.2, weights: (0.6, 0.20, 0.04), backlogWeeks: 11, atCounty: true),
        .init(id: "kardiologi", name: "Kardiologi", acuteShare: 0.80, bedWeight: 6, bedDays: 3, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.3, weights: (1.3, 0, 0.06), backlogWeeks: 6, atCounty: true),
        .init(id: "internmedicin", name: "Internmedicin", acuteShare: 0.90, bedWeight: 20, bedDays: 5, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.3, weights: (0.9, 0, 0.05), backlogWeeks: 5, atCounty: true),
        .init(id: "neurologi", name: "Neurologi", acuteShare: 0.80, bedWeight: 4, bedDays: 6, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.4, weights: (1.1, 0, 0.06), backlogWeeks: 7, atCounty: true),
        .init(id: "onkologi", name: "Onkologi", acuteShare: 0.50, bedWeight: 3, bedDays: 5, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 3.0, weights: (1.3, 0, 0.08), backlogWeeks: 3, atCounty: true),
        .init(id: "hematologi", name: "Hematologi", acuteShare: 0.60, bedWeight: 2, bedDays: 8, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 3.0, weights: (1.8, 0, 0.08), backlogWeeks: 3, atCounty: true),
        .init(id: "infektion", name: "Infektion", acuteShare: 0.90, bedWeight: 3, bedDays: 5, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.2, weights: (0.9, 0, 0.05), backlogWeeks: 4, atCounty: true),
        .init(id: "hud", name: "Hud- och könssjukvård", acuteShare: 0.20, bedWeight: 0.5, bedDays: 4, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.5, weights: (0.7, 0, 0.04), backlogWeeks: 10, atCounty: true),
        .init(id: "barn", name: "Barn- och ungdomsmedicin", acuteShare: 0.85, bedWeight: 4, bedDays: 3, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.5, weights: (0.8, 0, 0.05), backlogWeeks: 6, atCounty: true),
        .init(id: "psykiatri", name: "Psykiatri", acuteShare: 0.85, bedWeight: 10, bedDays: 20, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 4.0, weights: (0, 0, 0.05), backlogWeeks: 8, atCounty: true),
        .init(id: "reumatologi", name: "Reumatologi", acuteShare: 0.40, bedWeight: 1, bedDays: 5, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 2.0, weights: (1.0, 0, 0.05), backlogWeeks: 9, atCounty: true),
        .init(id: "geriatrik", name: "Geriatrik", acuteShare: 0.85, bedWeight: 8, bedDays: 8, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1.2, weights: (0.9, 0, 0.05), backlogWeeks: 4, atCounty: true),
        .init(id: "rehabilitering", name: "Rehabiliteringsmedicin", acuteShare: 0.30, bedWeight: 2, bedDays: 14, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 3.0, weights: (1.5, 0, 0.05), backlogWeeks: 8, atCounty: true),
        .init(id: "radiologi", name: "Bild- och funktionsmedicin", acuteShare: 0, bedWeight: 0, bedDays: 0, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 1, weights: (0, 0, 0.03), backlogWeeks: 4, atCounty: true),
        .init(id: "anestesi_iva", name: "Anestesi och intensivvård", acuteShare: 0.90, bedWeight: 2, bedDays: 2, orMinutes: 0,
              daySurgery: nil, outpatientVisits: 2.0, weights: (2.5, 0, 0.05), backlogWeeks: 6, atCounty: true),
        .init(id: "thoraxkirurgi", name: "Thoraxkirurgi", acuteShare: 0.40, bedWeight: 2, bedDays: 6, orMinutes: 240,
              daySurgery: nil, outpatientVisits: 1.2, weights: (4.0, 0, 0.08), backlogWeeks: 8, atCounty: false),
    ]
}
