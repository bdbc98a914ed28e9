import SamplanSupport

/// The random numbers of the Monte Carlo draws (docs/SPEC.md §10): a counter-based generator, so that a
/// factor is a pure function of (seed, draw k, line, group ids) and never of the order in which
/// draws or factors are computed, of the shard a draw runs in, or of the machine.
///
/// The algorithm (docs/uncertainty.md gives it in full):
/// - `mix64` is the SplitMix64 output function (Steele, Lea & Flood 2014; Stafford's "Mix13"
///   constants), a bijection on 64-bit words with good avalanche;
/// - the key of (seed, k, line) is `mix64(mix64(mix64(seed) ^ k) ^ line)`;
/// - a group's word is `mix64((key ^ fnv1a64(first + "/" + second)) &+ 0x9E3779B97F4A7C15)`;
/// - the uniform number is the word's top 53 bits times 2⁻⁵³, in [0, 1).
public enum CounterRandom {
    /// The SplitMix64 increment (the golden ratio in 64-bit fixed point).
    public static let gamma: UInt64 = SeededGenerator.gamma

    /// SplitMix64's output function (the one implementation, in SamplanSupport).
    @inlinable
    public static func mix64(_ word: UInt64) -> UInt64 { SeededGenerator.mix64(word) }

    /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`: turns a group's ids into a counter.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The key of draw `draw` (1-based) and factor line `line` under `seed`.
    public static func key(seed: UInt64, draw: Int, line: FactorLine) -> UInt64 {
        mix64(mix64(mix64(seed) ^ UInt64(draw)) ^ line.rawValue)
    }

    /// A 64-bit word for the group (`first`, `second`) of `line` in draw `draw`.
    public static func word(seed: UInt64, draw: Int, line: FactorLine, first: String, second: String) -> UInt64 {
        mix64((key(seed: seed, draw: draw, line: line) ^ fnv1a64(first + "/" + second)) &+ gamma)
    }

    /// A uniform number in [0, 1) for the group (`first`, `second`) of `line` in draw `draw`.
    public static func uniform(seed: UInt64, draw: Int, line: FactorLine, first: String, second: String) -> Double {
        unitInterval(word(seed: seed, draw: draw, line: line, first: first, second: second))
    }

    /// The top 53 bits of `word` as a double in [0, 1): every value is a multiple of 2⁻⁵³.
    @inlinable
    public static func unitInterval(_ word: UInt64) -> Double {
        Double(word >> 11) * 0x1p-53
    }
}

/// The three lines of an `uncertainty` block (docs/SPEC.md §10); the raw value separates their streams.
public enum FactorLine: UInt64, Sendable, CaseIterable, CustomStringConvertible {
    /// One factor per (region, specialty) on demand(r, s, t, w).
    case demand = 1
    /// One factor per (hospital, specialty) on the acute load A(h, s, w).
    case acute = 2
    /// One factor per (hospital, specialty) on beds, OR hours and visits.
    case capacity = 3

    public var description: String {
        switch self {
        case .demand: return "demand"
        case .acute: return "acute"
        case .capacity: return "capacity"
        }
    }
}
