/// The factors of one draw (docs/SPEC.md §10): for each line of the `uncertainty` block, one triangular
/// factor per group, the same for every week. A factor depends only on (seed, draw, line, the
/// group's two ids): see `CounterRandom`. An omitted line gives factor 1 to every group.
public struct DrawFactorPlan: Sendable, Hashable {
    /// The scenario's `uncertainty.seed`: the same seed gives the same factors on every machine.
    public let seed: UInt64
    /// The distribution of each line given (demand, acute, capacity); a missing line is factor 1.
    public let lines: [FactorLine: Triangular]

    /// The plan of `seed` with the distributions `lines`.
    public init(seed: UInt64, lines: [FactorLine: Triangular]) {
        self.seed = seed
        self.lines = lines
    }

    /// The factor of group (`first`, `second`) of `line` in draw `draw` (1-based): for demand
    /// (region, specialty), for acute and capacity (hospital, specialty).
    public func factor(draw: Int, _ line: FactorLine, _ first: String, _ second: String) -> Double {
        guard let distribution = lines[line] else { return 1 }
        if distribution.isPoint { return distribution.low }
        return distribution.quantile(CounterRandom.uniform(seed: seed, draw: draw, line: line, first: first, second: second))
    }

    /// This plan with every line's range replaced by the single factor `value(line, range)`, the
    /// same for every group and draw: a corner or the centre of the ranges.
    public func fixed(at value: (FactorLine, Triangular) -> Double) -> DrawFactorPlan {
        var fixedLines: [FactorLine: Triangular] = [:]
        for (line, range) in lines {
            let factor = value(line, range)
            fixedLines[line] = Triangular(low: factor, mode: factor, high: factor)
        }
        return DrawFactorPlan(seed: seed, lines: fixedLines)
    }

    /// The factors of `groups` of `line` in draw `draw`, keyed by group.
    public func factors(draw: Int, _ line: FactorLine, groups: [FactorGroup]) -> [FactorGroup: Double] {
        var out: [FactorGroup: Double] = [:]
        out.reserveCapacity(groups.count)
        for group in groups { out[group] = factor(draw: draw, line, group.first, group.second) }
        return out
    }
}

/// A group of a factor line: (region, specialty) or (hospital, specialty).
public struct FactorGroup: Sendable, Hashable, Comparable {
    /// The region id (demand) or hospital id (acute, capacity).
    public let first: String
    /// The specialty id.
    public let second: String

    /// The group of ids (`first`, `second`).
    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    /// By first id, then second id: the row order of the factor files.
    public static func < (a: FactorGroup, b: FactorGroup) -> Bool {
        (a.first, a.second) < (b.first, b.second)
    }
}
