import Foundation

/// The three care types of docs/SPEC.md §1.
public enum CareType: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Planned inpatient care (planerad slutenvård).
    case electiveInpatient = "elective_inpatient"
    case daySurgery = "day_surgery"
    case outpatient

    public static func < (a: CareType, b: CareType) -> Bool { a.order < b.order }
    /// 0, 1, 2 in the order of docs/SPEC.md §1 (the sort order of result rows).
    public var order: Int {
        switch self {
        case .electiveInpatient: return 0
        case .daySurgery: return 1
        case .outpatient: return 2
        }
    }

    /// The Swedish name, for reports.
    public var swedishName: String {
        switch self {
        case .electiveInpatient: return "planerad slutenvård"
        case .daySurgery: return "dagkirurgi"
        case .outpatient: return "öppenvård"
        }
    }
}

/// Hospital levels (docs/SPEC.md §1).
public enum HospitalLevel: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case university
    /// Länssjukhus.
    case county
    /// Länsdelssjukhus.
    case district

    public static func < (a: HospitalLevel, b: HospitalLevel) -> Bool { a.order < b.order }
    private var order: Int { HospitalLevel.allCases.firstIndex(of: self)! }
}

/// Identifiers: ASCII slugs `[a-z0-9_]+`.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }
}

/// ISO-8601 weeks of a planning year.
public enum Week {
    public static let range = 1...53
    /// Index of week `w` in per-week arrays (`w − 1`).
    @inline(__always) public static func index(_ week: Int) -> Int { week - 1 }

    /// `N..M` with 1 ≤ N ≤ M ≤ 53 (blanks around the numbers allowed), or nil.
    public static func range(parsing text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].isEmpty,
              let from = Int(parts[0].trimmingCharacters(in: .whitespaces)), let to = Int(parts[2].trimmingCharacters(in: .whitespaces)),
              Week.range.contains(from), Week.range.contains(to), from <= to else { return nil }
        return from...to
    }
}
