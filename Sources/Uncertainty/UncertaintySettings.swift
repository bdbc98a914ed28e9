/// A summer scenario's `uncertainty` block (docs/SPEC.md §10): how many Monte Carlo draws, the seed, and
/// the triangular factor of each line that is given (an omitted line means factor 1).
public struct UncertaintySettings: Sendable, Hashable {
    /// Integer ≥ 1.
    public var draws: Int
    /// Integer ≥ 0; the same seed gives the same draws on any machine and in any shard.
    public var seed: UInt64
    public var demand: Triangular?
    public var acute: Triangular?
    public var capacity: Triangular?

    public init(draws: Int, seed: UInt64, demand: Triangular? = nil, acute: Triangular? = nil, capacity: Triangular? = nil) {
        self.draws = draws
        self.seed = seed
        self.demand = demand
        self.acute = acute
        self.capacity = capacity
    }

    /// The factors of the draws, for the planner.
    public var factorPlan: DrawFactorPlan {
        var lines: [FactorLine: Triangular] = [:]
        lines[.demand] = demand
        lines[.acute] = acute
        lines[.capacity] = capacity
        return DrawFactorPlan(seed: seed, lines: lines)
    }
}
