/// How a variable or row is bounded, in the five kinds every LP solver distinguishes.
public enum BoundKind: String, Sendable, Hashable {
    /// −∞ < x < +∞
    case free
    /// lower ≤ x < +∞
    case lower
    /// −∞ < x ≤ upper
    case upper
    /// lower ≤ x ≤ upper, lower < upper
    case double
    /// x = lower = upper
    case fixed

    /// The kind of a pair of bounds that has passed validation (finite or infinite, lower ≤ upper).
    public init(lower: Double, upper: Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): self = .free
        case (true, false): self = .lower
        case (false, true): self = .upper
        case (true, true): self = lower == upper ? .fixed : .double
        }
    }
}
