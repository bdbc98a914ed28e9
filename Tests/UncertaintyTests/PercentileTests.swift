import Testing
import Uncertainty

/// Percentiles as numpy's `percentile` computes them by default (docs/SPEC.md §10).
@Suite("Percentiles by linear interpolation between order statistics")
struct PercentileTests {
    /// By hand: sorted 1 1 2 3 4 5 6 9 (n = 8). p10 at h = 0.7: 1 + 0.7·0 = 1; p50 at h = 3.5:
    /// 3 + 0.5·1 = 3.5; p90 at h = 6.3: 6 + 0.3·3 = 6.9. The draws without a value are left out.
    @Test func handComputedTable() throws {
        let spread = try #require(Spread([3, 1, nil, 4, 1, 5, 9, nil, 2, 6]))
        #expect(spread.n == 8)
        #expect(spread.p10 == 1)
        #expect(spread.p50 == 3.5)
        #expect(abs(spread.p90 - 6.9) < 1e-12)
        #expect(spread.min == 1 && spread.max == 9)
        #expect(spread.mean == 31.0 / 8)
    }

    /// Values printed by numpy 2.4.6, `float(np.percentile(values, p))`, to the last bit.
    @Test func agreesWithNumpy() {
        let a: [Double] = [1, 1, 2, 3, 4, 5, 6, 9]
        #expect(Percentile.linear(a, 90) == 6.8999999999999995)
        let b = [-1250.5, 310.25, 0.1, 77.7, 1e6, -3.3, 42.0, 0.3, 19.9, 123456.789, 5.5].sorted()
        let expected: [(Double, Double)] = [(0, -1250.5), (10, -3.3), (25, 0.2), (50, 19.9), (75, 193.975), (90, 123456.789), (100, 1e6)]
        for (p, value) in expected { #expect(Percentile.linear(b, p) == value, "p\(p)") }
        #expect(abs(Spread(b.map { $0 })!.mean - 102059.88536363636) < 1e-9)
        let c: [Double] = [0.1, 0.2, 0.7]
        #expect(Percentile.linear(c, 10) == 0.12000000000000001)
        #expect(Percentile.linear(c, 50) == 0.2)
        #expect(Percentile.linear(c, 90) == 0.6)
    }

    @Test func oneValueAndNone() throws {
        let one = try #require(Spread([nil, 42, nil]))
        #expect(one.n == 1 && one.p10 == 42 && one.p50 == 42 && one.p90 == 42 && one.mean == 42)
        #expect(Spread([nil, nil]) == nil)
        #expect(Spread([]) == nil)
    }

    /// The spread does not depend on the order of the draws (a merge of shards sees them in another order).
    @Test func orderDoesNotMatter() {
        var values: [Double?] = []
        for k in 1...101 {
            let x = Double((k * 7919) % 1000) / 3
            values.append(k % 7 == 0 ? nil : x)
        }
        let shuffled: [Double?] = (0..<101).map { values[($0 * 37) % 101] }
        #expect(Spread(values) == Spread(values.reversed()))
        #expect(Spread(values) == Spread(shuffled))
    }
}
