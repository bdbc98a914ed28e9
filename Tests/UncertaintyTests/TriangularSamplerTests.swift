import Testing
import Uncertainty

/// The triangular factors of the draws against the closed forms of the distribution. The seed is
/// fixed, so the test is deterministic; the tolerances are five standard errors, so a correct
/// generator passes with any seed and a biased one (a wrong branch, a skewed stream) fails.
@Suite("Triangular sampling by inverse CDF over the counter-based stream")
struct TriangularSamplerTests {
    static let cases: [Triangular] = [
        Triangular(low: 0.9, mode: 1.0, high: 1.15),   // docs/SPEC.md §10's demand line
        Triangular(low: 0, mode: 0.2, high: 1),         // strongly skewed
        Triangular(low: 0.9, mode: 0.9, high: 1.2),     // mode at low
        Triangular(low: 0.9, mode: 1.0, high: 1.0),     // mode at high: SPEC's capacity line
    ]

    /// 100 000 draws of one group's factor, as the Monte Carlo run draws them: k = 1 … 100 000.
    static func samples(_ t: Triangular, seed: UInt64 = 2024) -> [Double] {
        let plan = DrawFactorPlan(seed: seed, lines: [.demand: t])
        return (1...100_000).map { plan.factor(draw: $0, .demand, "sormland", "ortopedi") }
    }

    @Test(arguments: cases)
    func meanIsWithinFiveStandardErrors(_ t: Triangular) {
        let xs = Self.samples(t)
        let n = Double(xs.count)
        let mean = xs.reduce(0, +) / n
        let (a, c, b) = (t.low, t.mode, t.high)
        let variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        #expect(abs(mean - t.mean) < 5 * (variance / n).squareRoot(), "mean \(mean) vs \(t.mean)")
        let sampleVariance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        #expect(abs(sampleVariance / variance - 1) < 0.03, "variance \(sampleVariance) vs \(variance)")
        #expect(xs.allSatisfy { $0 >= a && $0 <= b })
    }

    @Test(arguments: cases)
    func quantilesAreWithinFiveStandardErrors(_ t: Triangular) {
        let xs = Self.samples(t).sorted()
        let n = Double(xs.count)
        for q in [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] {
            let expected = t.quantile(q)
            // The density at the quantile; the sample quantile's standard error is √(q(1−q)/n) ÷ f.
            let width = t.high - t.low
            let density = expected <= t.mode && t.mode > t.low
                ? 2 * (expected - t.low) / (width * (t.mode - t.low))
                : 2 * (t.high - expected) / (width * (t.high - t.mode))
            let standardError = (q * (1 - q) / n).squareRoot() / density
            let sample = Percentile.linear(xs, q * 100)
            #expect(abs(sample - expected) < 5 * standardError, "q \(q): \(sample) vs \(expected)")
        }
    }

    /// Kolmogorov–Smirnov: the largest gap between the sample's and the true distribution function
    /// stays below the 0.1 % critical value 1.95 ÷ √n.
    @Test(arguments: cases)
    func distributionFunctionMatches(_ t: Triangular) {
        let xs = Self.samples(t, seed: 7).sorted()
        let n = Double(xs.count)
        var gap = 0.0
        for (i, x) in xs.enumerated() {
            let f = t.cdf(x)
            gap = max(gap, abs(f - Double(i) / n), abs(f - Double(i + 1) / n))
        }
        #expect(gap < 1.95 / n.squareRoot(), "KS distance \(gap)")
    }

    /// The inverse distribution function is the inverse of the distribution function.
    @Test(arguments: cases)
    func quantileInvertsTheDistributionFunction(_ t: Triangular) {
        for u in stride(from: 0.0, through: 1.0, by: 0.05) {
            #expect(abs(t.cdf(t.quantile(u)) - u) < 1e-12, "u \(u)")
        }
        #expect(t.quantile(0) == t.low)
        #expect(t.quantile(1) == t.high)
    }

    /// low = mode = high: the factor is exactly that value, without touching the stream.
    @Test func aPointGivesItsValueExactly() {
        let plan = DrawFactorPlan(seed: 1, lines: [.acute: .one, .capacity: Triangular(low: 0.8, mode: 0.8, high: 0.8)])
        for k in 1...50 {
            #expect(plan.factor(draw: k, .acute, "akademiska", "ortopedi") == 1)
            #expect(plan.factor(draw: k, .capacity, "akademiska", "ortopedi") == 0.8)
            #expect(plan.factor(draw: k, .demand, "uppsala", "ortopedi") == 1, "an omitted line is factor 1")
        }
    }
}
