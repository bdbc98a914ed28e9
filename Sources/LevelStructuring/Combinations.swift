import Algorithms

/// Every combination of k of n items (0..<n), each size in lexicographic order: the proposals a
/// level-structuring scenario's `enumerate` asks for (docs/SPEC.md §7).
public enum Combinations {
    /// C(n, k), or nil when it does not fit an Int.
    public static func count(_ n: Int, _ k: Int) -> Int? {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) {
            let (product, overflow) = result.multipliedReportingOverflow(by: n - i)
            if overflow { return nil }
            result = product / (i + 1)
        }
        return result
    }

    /// The combinations of sizes `sizes` of 0..<n, smaller sizes first, built into one array
    /// (for tests and small n; the planner walks `lazy(of:sizes:including:excluding:)`).
    ///
    /// - Complexity: O(count × k).
    public static func all(of n: Int, sizes: ClosedRange<Int>) -> [[Int]] {
        Array(lazy(of: n, sizes: sizes, including: [], excluding: []))
    }

    /// `lazy(of:sizes:including:excluding:)` built into one array.
    ///
    /// - Complexity: O(count × k).
    public static func all(of n: Int, sizes: ClosedRange<Int>, including: [Int], excluding: [Int]) -> [[Int]] {
        Array(lazy(of: n, sizes: sizes, including: including, excluding: excluding))
    }

    /// The combinations of sizes `sizes` of 0..<n that hold every item of `including` and none of
    /// `excluding` (disjoint sets), smaller sizes first, each size in lexicographic order: the
    /// combinations of the free items (swift-algorithms' `combinations(ofCount:)`, which keeps
    /// the base's order, and the free items are ascending) with the fixed ones merged in. Each
    /// combination is made when the sequence is walked, so the 68 405 of 1–5 of 25 sites are
    /// never held at once.
    ///
    /// - Returns: a lazy sequence of ascending index arrays; `count(_:sizes:including:excluding:)`
    ///   tells how many it gives without walking it.
    public static func lazy(of n: Int, sizes: ClosedRange<Int>, including: [Int], excluding: [Int])
        -> some Sequence<[Int]>
    {
        let fixed = Set(including), closed = Set(excluding)
        let free = (0..<n).filter { !fixed.contains($0) && !closed.contains($0) }
        let included = including.sorted()
        // Sizes below 1 or below the fixed items give nothing; sizes beyond them, no combination.
        let sizesWithFixed = sizes.filter { $0 >= max(1, fixed.count) }
        return sizesWithFixed.lazy.flatMap { size in
            free.combinations(ofCount: size - fixed.count).lazy.map { chosen in
                included.isEmpty ? chosen : (chosen + included).sorted()
            }
        }
    }

    /// How many combinations `lazy(of:sizes:including:excluding:)` gives, or nil when it does not fit an Int.
    public static func count(_ n: Int, sizes: ClosedRange<Int>, including: Int, excluding: Int) -> Int? {
        var total = 0
        for k in sizes where k >= max(1, including) {
            guard let c = count(n - including - excluding, k - including) else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(c)
            if overflow { return nil }
            total = sum
        }
        return total
    }
}
