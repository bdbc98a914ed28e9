/// Every combination of k of n items, in lexicographic order.
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

    /// The combinations of sizes `sizes` of 0..<n, smaller sizes first.
    ///
    /// - Complexity: O(count × k).
    public static func all(of n: Int, sizes: ClosedRange<Int>) -> [[Int]] {
        var out: [[Int]] = []
        for k in sizes where k <= n && k >= 1 {
            var c = Array(0..<k)
            while true {
                out.append(c)
                var i = k - 1
                while i >= 0 && c[i] == n - k + i { i -= 1 }
                if i < 0 { break }
                c[i] += 1
                for j in (i + 1)..<k { c[j] = c[j - 1] + 1 }
            }
        }
        return out
    }

    /// The combinations of sizes `sizes` of 0..<n that hold every item of `including` and none of
    /// `excluding` (disjoint sets), smaller sizes first, each size in lexicographic order: the
    /// combinations of the free items with the fixed ones merged in.
    ///
    /// - Complexity: O(count × k).
    public static func all(of n: Int, sizes: ClosedRange<Int>, including: [Int], excluding: [Int]) -> [[Int]] {
        let fixed = Set(including), closed = Set(excluding)
        let free = (0..<n).filter { !fixed.contains($0) && !closed.contains($0) }
        var out: [[Int]] = []
        for k in sizes where k >= max(1, fixed.count) && k - fixed.count <= free.count {
            let rest = k - fixed.count
            if rest == 0 {
                out.append(including.sorted())
                continue
            }
            for combination in all(of: free.count, sizes: rest...rest) {
                out.append((combination.map { free[$0] } + including).sorted())
            }
        }
        return out
    }

    /// How many combinations `all(of:sizes:including:excluding:)` gives, or nil when it does not fit an Int.
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
