/// SplitMix64 (Steele, Lea & Flood 2014, with Stafford's "Mix13" constants): a small random
/// number generator whose output is the same on every platform and Swift version, for the
/// synthetic data set (samplan-datagen) and the property-based tests, where a failure names the
/// seed that reproduces it.
///
/// Not for cryptography. The Monte Carlo draws use `CounterRandom` (Uncertainty), which is built
/// on the same `mix64` but keyed by counters rather than a running state.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The SplitMix64 increment (the golden ratio in 64-bit fixed point).
    public static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var state: UInt64

    /// A generator whose first word is `mix64(seed + gamma)`.
    public init(seed: UInt64) { state = seed }

    /// SplitMix64's output function: a bijection on 64-bit words with good avalanche.
    @inlinable
    public static func mix64(_ word: UInt64) -> UInt64 {
        var z = word
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64-bit word.
    public mutating func next() -> UInt64 {
        state &+= Self.gamma
        return Self.mix64(state)
    }

    /// A uniform number in [0, 1): the next word's top 53 bits times 2⁻⁵³.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}
