import PlanningData

/// What a selector of an `adjust` entry names: every id, or these (docs/SPEC.md §5, §9).
public enum IDSelector: Sendable, Hashable {
    case all
    case ids([String])
}

/// Which weeks an entry names.
public enum WeekSelector: Sendable, Hashable {
    case all
    case weeks([Int])

    public func contains(_ week: Int) -> Bool {
        switch self {
        case .all: return true
        case let .weeks(list): return list.contains(week)
        }
    }
}

/// How a selected value changes.
public enum AdjustmentChange: Sendable, Hashable {
    case factor(Double)
    case set(Double)

    public func apply(to value: Double) -> Double {
        switch self {
        case let .factor(f): return value * f
        case let .set(v): return v
        }
    }
}

/// Which capacity resource an entry changes.
public enum ResourceSelector: String, Sendable, CaseIterable {
    case beds
    case orHours = "or_hours"
    case visits
    case all
}

/// One entry of `adjust`, applied in order after loading the data.
public struct Adjustment: Sendable {
    public enum Target: Sendable {
        case capacity(hospital: IDSelector, specialty: IDSelector, weeks: WeekSelector, resource: ResourceSelector)
        case demand(region: IDSelector, specialty: IDSelector, careType: IDSelector, weeks: WeekSelector)
        case price(specialty: IDSelector, careType: IDSelector, level: IDSelector)
        case cost(region: IDSelector, specialty: IDSelector, careType: IDSelector)
    }

    public let target: Target
    public let change: AdjustmentChange
    /// Where the entry was written, and its key path (`adjust[2].capacity`).
    public let location: SourceLocation
    public let keyPath: String
    /// Locations of each selector key, for "unknown id" errors.
    public let selectorLocations: [String: SourceLocation]
}
