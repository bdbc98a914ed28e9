import Testing
import Uncertainty

/// The random stream: draw k's factors depend on (seed, k) alone (docs/SPEC.md §10).
@Suite("Counter-based random stream and shards")
struct CounterRandomTests {
    static let plan = DrawFactorPlan(seed: 2024, lines: [
        .demand: Triangular(low: 0.9, mode: 1.0, high: 1.15),
        .acute: Triangular(low: 0.95, mode: 1.0, high: 1.1),
        .capacity: Triangular(low: 0.9, mode: 1.0, high: 1.0),
    ])
    static let groups = [FactorGroup("uppsala", "ortopedi"), FactorGroup("uppsala", "kirurgi"), FactorGroup("orebro", "ortopedi")]

    /// Every factor of draws 1 … total, computed in the order a single run computes them.
    static func single(total: Int) -> [Int: [FactorLine: [FactorGroup: Double]]] {
        var out: [Int: [FactorLine: [FactorGroup: Double]]] = [:]
        for k in 1...total {
            for line in FactorLine.allCases { out[k, default: [:]][line] = plan.factors(draw: k, line, groups: groups) }
        }
        return out
    }

    /// Shards 1/3, 2/3, 3/3, each computing its draws backwards with the groups reversed, give
    /// exactly the factors of the single run, and together cover every draw once.
    @Test(arguments: [1, 2, 3, 4, 7])
    func shardsGiveTheSingleRunsFactors(_ count: Int) {
        let total = 20
        let whole = Self.single(total: total)
        var seen: [Int] = []
        for index in 1...count {
            let shard = DrawShard(index: index, count: count)!
            for k in shard.draws(of: total).reversed() {
                seen.append(k)
                #expect(shard.contains(draw: k))
                for line in FactorLine.allCases.reversed() {
                    #expect(Self.plan.factors(draw: k, line, groups: Self.groups.reversed()) == whole[k]![line]!, "draw \(k) \(line)")
                }
            }
        }
        #expect(seen.sorted() == Array(1...total))
    }

    /// Fixed values of the documented algorithm (docs/uncertainty.md), so that a change to the
    /// generator, which would change every published draw, cannot pass unnoticed.
    @Test func theDocumentedAlgorithmsFirstWords() {
        // SplitMix64 seeded with 0 gives 0xE220A8397B1DCDAF first: mix64(0 + gamma).
        #expect(CounterRandom.mix64(CounterRandom.gamma) == 0xE220_A839_7B1D_CDAF)
        #expect(CounterRandom.fnv1a64("") == 0xCBF2_9CE4_8422_2325)
        #expect(CounterRandom.fnv1a64("a") == 0xAF63_DC4C_8601_EC8C)
        let u = CounterRandom.uniform(seed: 2024, draw: 1, line: .demand, first: "uppsala", second: "ortopedi")
        let word = CounterRandom.mix64((CounterRandom.mix64(CounterRandom.mix64(CounterRandom.mix64(2024) ^ 1) ^ 1)
            ^ CounterRandom.fnv1a64("uppsala/ortopedi")) &+ 0x9E37_79B9_7F4A_7C15)
        #expect(u == Double(word >> 11) / 9_007_199_254_740_992)
    }

    /// Different draws, lines, groups and seeds give different numbers.
    @Test func streamsAreDistinct() {
        let base = CounterRandom.uniform(seed: 1, draw: 1, line: .demand, first: "a", second: "b")
        #expect(base != CounterRandom.uniform(seed: 2, draw: 1, line: .demand, first: "a", second: "b"))
        #expect(base != CounterRandom.uniform(seed: 1, draw: 2, line: .demand, first: "a", second: "b"))
        #expect(base != CounterRandom.uniform(seed: 1, draw: 1, line: .acute, first: "a", second: "b"))
        #expect(base != CounterRandom.uniform(seed: 1, draw: 1, line: .demand, first: "a", second: "c"))
        #expect(base != CounterRandom.uniform(seed: 1, draw: 1, line: .demand, first: "ab", second: ""))
        var words = Set<UInt64>()
        for k in 1...10_000 { words.insert(CounterRandom.word(seed: 0, draw: k, line: .capacity, first: "h", second: "s")) }
        #expect(words.count == 10_000)
    }

    @Test(arguments: [("1/1", true), ("2/4", true), ("4/4", true), ("0/4", false), ("5/4", false), ("1/0", false),
                      ("x", false), ("1/", false), ("/2", false), ("1/2/3", false), ("-1/2", false)])
    func shardParsing(_ text: String, _ valid: Bool) {
        #expect((DrawShard(parsing: text) != nil) == valid)
    }

    @Test func shardDraws() {
        #expect(DrawShard(index: 2, count: 3)!.draws(of: 10) == [2, 5, 8])
        #expect(DrawShard(index: 3, count: 3)!.draws(of: 2) == [])
        #expect(DrawShard.whole.draws(of: 3) == [1, 2, 3])
    }
}
