/// Part I of N of a sharded run (`--shard I/N`, docs/SPEC.md §6): of an uncertainty run, the draws k with
/// (k − 1) mod N = I − 1. The parts are disjoint and cover every draw, whatever the total.
public struct DrawShard: Sendable, Hashable, CustomStringConvertible {
    /// I, 1-based.
    public let index: Int
    /// N, the number of parts (≥ 1).
    public let count: Int

    /// Part `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `I/N` with 1 ≤ I ≤ N, as written on the command line; nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, count: n)
    }

    /// The whole run.
    public static let whole = DrawShard(index: 1, count: 1)!

    /// Whether draw `k` (1-based) belongs to this part.
    public func contains(draw k: Int) -> Bool { (k - 1) % count == index - 1 }

    /// This part's draws of `total`, ascending.
    public func draws(of total: Int) -> [Int] {
        guard total >= index else { return [] }
        return Array(stride(from: index, through: total, by: count))
    }

    public var description: String { "\(index)/\(count)" }
}
