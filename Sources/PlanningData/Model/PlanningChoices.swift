/// Choices a scenario makes that the summer model reads and the reports name; here, below both
/// `Scenario` (which decodes them) and `SummerPlan` (which plans with them).

/// Whose costs the cooperation objective counts (docs/SPEC.md §3).
public enum Perspective: String, Sendable, CaseIterable {
    /// What the home region pays instead of producing: p − c(home).
    case region
    /// What the whole system spends: c(producer) − c(home).
    case system
}

/// Which out-of-region routes are open (docs/SPEC.md §3).
public enum RoutePolicy: String, Sendable, CaseIterable {
    /// Every hospital within `max_travel_minutes`.
    case all
    /// Routes with historical referrals.
    case statusQuo = "status_quo"
    /// No cooperation.
    case ownRegion = "own_region"
}
