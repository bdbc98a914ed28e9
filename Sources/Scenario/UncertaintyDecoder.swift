import Uncertainty

/// Decodes a summer scenario's `uncertainty` block (docs/SPEC.md §10). Kept apart from
/// `SummerScenarioDecoder`, which calls it for the one key. A level-structuring file has no such
/// key: there it is an unknown key, like every summer key.
enum UncertaintyDecoder {
    static let key = "uncertainty"
    static let fields = ["draws", "seed", "demand", "acute", "capacity"]
    /// The most draws a scenario may ask for (docs/spec-notes.md): a million draws already take
    /// about a day on two cores; a larger count is a typo that would exhaust memory before the
    /// first draw is solved.
    static let maxDraws = 1_000_000

    /// The block, or nil after reporting its problems (every problem, with FILE:LINE:COLUMN).
    static func decode(_ value: YAMLValue, _ reader: inout SchemaReader) -> UncertaintySettings? {
        guard let entries = reader.map(value, key, allowed: fields) else { return nil }
        func required(_ field: String) -> YAMLEntry? {
            guard let entry = entries[field], !SummerScenarioDecoder.isNull(entry.value) else {
                reader.report(value, "\(key).\(field)", "missing required key `\(field)`")
                return nil
            }
            return entry
        }
        let draws = required("draws").flatMap {
            reader.integer($0.value, "\(key).draws", 1...maxDraws, what: "a whole number ≥ 1 (at most 1 000 000)")
        }
        let seed = required("seed").flatMap {
            reader.integer($0.value, "\(key).seed", 0...Int.max, what: "a whole number ≥ 0 (at most 9223372036854775807)")
        }
        var lines: [FactorLine: Triangular] = [:]
        var linesValid = true
        for line in FactorLine.allCases {
            guard let entry = entries[line.description], !SummerScenarioDecoder.isNull(entry.value) else { continue }
            if let distribution = triangular(entry.value, "\(key).\(line)", &reader) {
                lines[line] = distribution
            } else {
                linesValid = false
            }
        }
        guard let draws, let seed, linesValid else { return nil }
        return UncertaintySettings(draws: draws, seed: UInt64(seed), demand: lines[.demand], acute: lines[.acute],
                                   capacity: lines[.capacity])
    }

    /// `{low, mode, high}`: all three given, non-negative, low ≤ mode ≤ high.
    static func triangular(_ value: YAMLValue, _ path: String, _ reader: inout SchemaReader) -> Triangular? {
        guard let entries = reader.map(value, path, allowed: ["low", "mode", "high"]) else { return nil }
        var numbers: [String: Double] = [:]
        for field in ["low", "mode", "high"] {
            guard let entry = entries[field] else {
                reader.report(value, path, "missing `\(field)`: a factor line takes low, mode and high")
                continue
            }
            if let number = reader.number(entry.value, path + "." + field, what: "a non-negative factor") { numbers[field] = number }
        }
        guard let low = numbers["low"], let mode = numbers["mode"], let high = numbers["high"] else { return nil }
        guard low <= mode, mode <= high else {
            reader.report(value, path, "expected low ≤ mode ≤ high, found low \(text(low)), mode \(text(mode)), high \(text(high))")
            return nil
        }
        return Triangular(low: low, mode: mode, high: high)
    }

    /// A factor as people write it: 1 rather than 1.0.
    static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
