import LevelStructuring
import TestSupport
import Testing

/// The enumeration order fixes the order of proposals.csv's ties and of every enumerated
/// scenario's result files: the lazy enumeration (swift-algorithms) must give exactly the order
/// of the hand-written one it replaced, kept here as the reference.
@Suite struct CombinationOrderTests {
    /// The replaced enumeration: sizes ascending, each size in lexicographic order of the free
    /// items, the fixed items merged in.
    static func reference(of n: Int, sizes: ClosedRange<Int>, including: [Int], excluding: [Int]) -> [[Int]] {
        let fixed = Set(including), closed = Set(excluding)
        let free = (0..<n).filter { !fixed.contains($0) && !closed.contains($0) }
        var out: [[Int]] = []
        for k in sizes where k >= max(1, fixed.count) && k - fixed.count <= free.count {
            let rest = k - fixed.count
            guard rest > 0 else {
                out.append(including.sorted())
                continue
            }
            var c = Array(0..<rest)
            while true {
                out.append((c.map { free[$0] } + including).sorted())
                var i = rest - 1
                while i >= 0 && c[i] == free.count - rest + i { i -= 1 }
                if i < 0 { break }
                c[i] += 1
                for j in (i + 1)..<rest { c[j] = c[j - 1] + 1 }
            }
        }
        return out
    }

    @Test func theShippedEnumerationKeepsItsOrder() {
        let lazy = Array(Combinations.lazy(of: 25, sizes: 1...5, including: [], excluding: []))
        #expect(lazy.count == 68_405)
        #expect(lazy == Self.reference(of: 25, sizes: 1...5, including: [], excluding: []))
    }

    @Test(arguments: [
        (6, 0...6, [Int](), [Int]()), (6, 2...3, [4], [1]), (6, 1...1, [2], []), (5, 3...5, [0, 3], [4]), (4, 2...2, [0, 1, 2], []),
        (3, 1...3, [], [0, 1, 2]),
    ])
    func restrictedEnumerationsKeepTheirOrder(_ n: Int, _ sizes: ClosedRange<Int>, _ including: [Int], _ excluding: [Int]) {
        let lazy = Array(Combinations.lazy(of: n, sizes: sizes, including: including, excluding: excluding))
        #expect(lazy == Self.reference(of: n, sizes: sizes, including: including, excluding: excluding))
        #expect(Combinations.count(n, sizes: sizes, including: including.count, excluding: excluding.count) == lazy.count)
    }

    @Test(arguments: 0..<20)
    func randomRestrictionsKeepTheirOrder(_ seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let n = Int.random(in: 1...9, using: &generator)
        let items = Array(0..<n).shuffled(using: &generator)
        let including = Array(items.prefix(Int.random(in: 0...min(2, n), using: &generator)))
        let excluding = Array(items.dropFirst(including.count).prefix(Int.random(in: 0...2, using: &generator)))
        let low = Int.random(in: 0...n, using: &generator), high = Int.random(in: low...n, using: &generator)
        let lazy = Array(Combinations.lazy(of: n, sizes: low...high, including: including, excluding: excluding))
        #expect(lazy == Self.reference(of: n, sizes: low...high, including: including, excluding: excluding))
    }
}
