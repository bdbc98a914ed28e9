import LinearProgramming
import PlanningData

/// Which price a sweep scales: p(s, t, level) for one level, or for every level.
public struct PriceSelector: Sendable, Hashable, CustomStringConvertible {
    public let specialty: Int
    /// The care type, or nil for the `acute_bed_day` price (v2: it changes settlement only).
    public let careType: CareType?
    public let level: HospitalLevel?
    public let text: String

    public var description: String { text }

    /// Parses `SPECIALTY/CARE_TYPE[/LEVEL]` against a data set; each part is an id or its Swedish
    /// name as the reports print it (`ortopedi/dagkirurgi/länssjukhus`). The error says what is wrong.
    public static func parse(_ text: String, in data: DataSet) -> Result<PriceSelector, PriceSelectorError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3 else {
            return .failure(PriceSelectorError("--price takes SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL, e.g. ortopedi/elective_inpatient, not \"\(text)\""))
        }
        // Ids or the Swedish names a reader sees in the reports ("Ortopedi", "dagkirurgi", "länssjukhus").
        let key = { (text: String) in text.lowercased().replacingOccurrences(of: "_", with: " ") }
        let specialtyNames = Dictionary(data.specialties.indices.map { (key(data.specialties[$0].name), $0) }, uniquingKeysWith: { a, _ in a })
        guard let s = data.specialtyIndex[parts[0]] ?? specialtyNames[key(parts[0])] else {
            return .failure(PriceSelectorError("--price: unknown specialty `\(parts[0])`\(NearestMatch.hint(for: parts[0], among: data.specialtyIndex.keys))"))
        }
        // `acute_bed_day` (v2) names the acute bed-day price: t = nil.
        let t = CareType(rawValue: parts[1]) ?? CareType.allCases.first(where: { key($0.swedishName) == key(parts[1]) })
        guard t != nil || parts[1] == PriceTable.acuteBedDay else {
            let names = CareType.allCases.map(\.rawValue) + [PriceTable.acuteBedDay] + CareType.allCases.map(\.swedishName)
            return .failure(PriceSelectorError("--price: unknown care type `\(parts[1])`; expected one of \(names.joined(separator: ", "))\(NearestMatch.hint(for: parts[1], among: names))"))
        }
        var level: HospitalLevel?
        if parts.count == 3 {
            let swedish: [String: HospitalLevel] = ["universitetssjukhus": .university, "länssjukhus": .county, "länsdelssjukhus": .district]
            guard let l = HospitalLevel(rawValue: parts[2]) ?? swedish[key(parts[2])] else {
                let names = HospitalLevel.allCases.map(\.rawValue) + swedish.keys.sorted()
                return .failure(PriceSelectorError("--price: unknown level `\(parts[2])`; expected one of \(names.joined(separator: ", "))\(NearestMatch.hint(for: parts[2], among: names))"))
            }
            level = l
        }
        let levels = level.map { [$0] } ?? HospitalLevel.allCases
        guard levels.contains(where: { Self.price(data, s, t, $0) != nil }) else {
            return .failure(PriceSelectorError("--price: the price list has no price for \(text)"))
        }
        return .success(PriceSelector(specialty: s, careType: t, level: level, text: text))
    }

    static func price(_ data: DataSet, _ s: Int, _ t: CareType?, _ level: HospitalLevel) -> Double? {
        t.map { data.prices.price(specialty: s, careType: $0, level: level) } ?? data.prices.acuteBedDayPrice(specialty: s, level: level)
    }

    /// `data` with this price multiplied by `factor` (from the prices as given, not cumulatively).
    public func scaled(_ data: DataSet, by factor: Double) -> DataSet {
        var scaled = data
        for level in level.map({ [$0] }) ?? HospitalLevel.allCases {
            guard let p = Self.price(data, specialty, careType, level) else { continue }
            if let careType {
                scaled.prices.set(specialty: specialty, careType: careType, level: level, p * factor)
            } else {
                scaled.prices.setAcuteBedDay(specialty: specialty, level: level, p * factor)
            }
        }
        return scaled
    }
}

public struct PriceSelectorError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// One factor of a sweep, solved.
public struct SweepPoint: Sendable {
    public let factor: Double
    public let outcome: SummerOutcome
    /// Whether it started from another factor's optimal basis.
    public let warmStarted: Bool
}

extension SummerPlanner {
    /// Re-solves `inputs` with `price` scaled by each factor. Factor 1 (or the first factor)
    /// is solved cold exactly as `run` solves the plan; every other factor is warm-started with
    /// primal simplex from the basis of the solved factor nearest to it (only the objective
    /// changes, so that basis stays feasible). Points come back in the order of `factors`.
    ///
    /// - Parameter warm: false solves every factor cold (for measuring what warm starts save).
    /// - Throws: ``SummerPlanError`` as ``build(_:routes:)`` and ``solve(_:_:_:warmStart:method:verbose:previous:)`` do.
    public func sweep(_ inputs: SummerInputs, price: PriceSelector, factors: [Double], warm: Bool = true,
                      progress: (Int, Int) -> Void = { _, _ in }) throws(SummerPlanError) -> [SweepPoint] {
        let start = factors.contains(1) ? 1.0 : factors[0]
        let order = [start] + factors.filter { $0 != start }.sorted { abs($0 - start) < abs($1 - start) || (abs($0 - start) == abs($1 - start) && $0 < $1) }
        var solved: [Double: (SweepPoint, CompiledModel)] = [:]
        for (k, factor) in order.enumerated() where solved[factor] == nil {
            progress(k, order.count)
            var variant = inputs
            variant.data = price.scaled(inputs.data, by: factor)
            let (model, compiled) = try build(variant)
            let nearest = solved.min { abs($0.key - factor) < abs($1.key - factor) || (abs($0.key - factor) == abs($1.key - factor) && $0.key < $1.key) }
            let outcome: SummerOutcome
            var warmStarted = false
            if warm, let nearest, let basis = nearest.value.0.outcome.result.basis, Self.sameStructure(nearest.value.1, compiled) {
                outcome = try solve(model, compiled, variant, warmStart: basis, method: Self.warmMethod(from: nearest.value.1, to: compiled),
                                    previous: PreviousSolve(model: nearest.value.1, result: nearest.value.0.outcome.result))
                warmStarted = outcome.result.notes.isEmpty
            } else {
                outcome = try solve(model, compiled, variant)
            }
            solved[factor] = (SweepPoint(factor: factor, outcome: outcome, warmStarted: warmStarted), compiled)
        }
        progress(order.count, order.count)
        return factors.map { solved[$0]!.0 }
    }
}
