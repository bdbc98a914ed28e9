/// A triangular distribution on [low, high] with its peak at `mode` (docs/SPEC.md §10), sampled by its
/// inverse distribution function so that one uniform number gives one factor.
public struct Triangular: Sendable, Hashable, CustomStringConvertible {
    /// The smallest factor (dimensionless, a multiplier such as 0.9).
    public let low: Double
    /// The most likely factor.
    public let mode: Double
    /// The largest factor.
    public let high: Double

    /// `low ≤ mode ≤ high`, all finite; the scenario reader checks this before building one.
    public init(low: Double, mode: Double, high: Double) {
        precondition(low.isFinite && mode.isFinite && high.isFinite && low <= mode && mode <= high,
                     "a triangular distribution needs low ≤ mode ≤ high, got \(low), \(mode), \(high)")
        self.low = low
        self.mode = mode
        self.high = high
    }

    /// The factor 1 with no spread: an omitted line of the block.
    public static let one = Triangular(low: 1, mode: 1, high: 1)

    /// No spread at all: every sample is `low`.
    public var isPoint: Bool { low == high }

    /// (low + mode + high) ÷ 3.
    public var mean: Double { (low + mode + high) / 3 }

    /// The distribution function at `x`.
    public func cdf(_ x: Double) -> Double {
        if x <= low { return isPoint && x == low ? 1 : 0 }
        if x >= high { return 1 }
        let width = high - low
        if x <= mode { return (x - low) * (x - low) / (width * (mode - low)) }
        return 1 - (high - x) * (high - x) / (width * (high - mode))
    }

    /// The inverse distribution function: the value below which a share `u` ∈ [0, 1] lies.
    /// With F(mode) = (mode − low) ÷ (high − low): low + √(u·(high − low)·(mode − low)) for u < F(mode),
    /// else high − √((1 − u)·(high − low)·(high − mode)).
    public func quantile(_ u: Double) -> Double {
        if isPoint { return low }
        let width = high - low
        let peak = (mode - low) / width
        let value = u < peak
            ? low + (u * width * (mode - low)).squareRoot()
            : high - ((1 - u) * width * (high - mode)).squareRoot()
        return min(high, max(low, value))
    }

    public var description: String { "{low: \(low), mode: \(mode), high: \(high)}" }
}
