/// The spread of one quantity over the draws (a row of `uncertainty.csv`, docs/SPEC.md §10).
public struct Spread: Sendable, Hashable {
    /// How many draws had a value.
    public let n: Int
    /// The arithmetic mean of the values present, in the quantity's own unit (SEK, cases,
    /// bed-weeks …: the spread keeps the unit of what was drawn).
    public let mean: Double
    /// The 10th percentile (numpy's "linear" method, `Percentile.linear`).
    public let p10: Double
    /// The median (50th percentile).
    public let p50: Double
    /// The 90th percentile.
    public let p90: Double
    /// The smallest value.
    public let min: Double
    /// The largest value.
    public let max: Double

    /// The spread of the values present; nil when no draw has one (the quantity gets no row).
    /// The result does not depend on the order of `values`: they are sorted first and the mean sums
    /// the sorted values, so a merge of shards gives the bytes a single run gives.
    public init?(_ values: [Double?]) {
        let sorted = values.compactMap { $0 }.sorted()
        guard !sorted.isEmpty else { return nil }
        n = sorted.count
        mean = sorted.reduce(0, +) / Double(sorted.count)
        p10 = Percentile.linear(sorted, 10)
        p50 = Percentile.linear(sorted, 50)
        p90 = Percentile.linear(sorted, 90)
        min = sorted[0]
        max = sorted[sorted.count - 1]
    }
}

/// Percentiles as numpy's `percentile` computes them by default (method "linear", Hyndman & Fan's
/// type 7): the p-th percentile of n sorted values x₀ … xₙ₋₁ lies at the fractional position
/// h = (p ÷ 100)·(n − 1) and is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋).
public enum Percentile {
    /// The `p`-th percentile (0–100) of `sorted` (ascending, not empty; a programming error
    /// otherwise: traps). Source: Hyndman & Fan (1996), type 7, as numpy computes it.
    public static func linear(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "the percentile of no values")
        precondition((0...100).contains(p), "a percentile between 0 and 100, got \(p)")
        // (p ÷ 100)·(n − 1) in numpy's order of operations, so the last bit agrees too.
        let h = (p / 100) * Double(sorted.count - 1)
        let below = Int(h.rounded(.down))
        guard below + 1 < sorted.count else { return sorted[sorted.count - 1] }
        let fraction = h - Double(below)
        // numpy's _lerp: a + t·(b − a), from the upper end when t ≥ 0.5, so p = 100 gives the maximum exactly.
        let a = sorted[below], b = sorted[below + 1]
        return fraction >= 0.5 ? b - (b - a) * (1 - fraction) : a + (b - a) * fraction
    }
}
