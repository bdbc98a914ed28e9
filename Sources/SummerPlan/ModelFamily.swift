import PlanningData

/// A named family of variables or rows over one key type, in the style of linopy's named
/// variables and constraints over coordinates: each key of the family names one column (or one
/// row) of the model. The builder appends to it; the reader looks keys up in it, so that no
/// index arithmetic is written twice.
public struct ModelFamily<Key: Hashable & Sendable>: Sendable {
    /// The family's name (`q`, `free_beds`, …), also the prefix of column or row names on export.
    public let name: String
    /// Keys in creation order.
    public private(set) var keys: [Key] = []
    /// The column or row index of each key, parallel to `keys`.
    public private(set) var indices: [Int] = []
    /// Where each key stands in `keys`; empty for a family built without an index.
    private var position: [Key: Int] = [:]
    /// Whether `position` is kept. Hashing a key on every append is most of what building a
    /// Monte Carlo draw's model costs, so the families that nobody looks up by key (band rows,
    /// flows, transfers: the reader walks them in order) keep none.
    public let indexed: Bool

    /// An empty family; `indexed: false` keeps no key index (lookups then search the keys).
    public init(_ name: String, indexed: Bool = true) {
        self.name = name
        self.indexed = indexed
    }

    /// Records that `key` is column or row `index`.
    mutating func append(_ key: Key, _ index: Int) {
        if indexed { position[key] = keys.count }
        keys.append(key)
        indices.append(index)
    }

    /// The column or row of `key`, or nil when the family has none for it.
    ///
    /// - Complexity: O(1) on average; O(n) in a family without an index.
    public subscript(key: Key) -> Int? { slot(of: key).map { indices[$0] } }

    /// Where `key` stands in `keys` (for attributes kept parallel to the family).
    ///
    /// - Complexity: O(1) on average; O(n) in a family without an index.
    public func slot(of key: Key) -> Int? { indexed ? position[key] : keys.firstIndex(of: key) }

    public var count: Int { keys.count }

    /// (key, index) pairs in creation order.
    public var entries: Zip2Sequence<[Key], [Int]> { zip(keys, indices) }
}

/// A (region, specialty, care type, week) of the waiting list.
public struct QueueWeek: Hashable, Sendable, Comparable {
    public let queue: RegionSpecialtyCareType
    public let week: Int
    public init(queue: RegionSpecialtyCareType, week: Int) {
        self.queue = queue
        self.week = week
    }
    public static func < (a: Self, b: Self) -> Bool { (a.queue, a.week) < (b.queue, b.week) }
}

/// A (region, specialty, care type, week, band) of the waiting list by weeks waited.
public struct QueueBand: Hashable, Sendable {
    public let queue: RegionSpecialtyCareType
    public let week: Int
    /// 0 … G: weeks waited at the end of the week, G meaning G or more; or `young`.
    public let band: Int
    /// Every age of week w too young to reach G by the last week, wN: ages 0 … T(w) − 1 with
    /// T(w) = G − (wN − w). Their wait costs are equal and none of them reaches the guarantee
    /// within the horizon, so keeping them apart changes no reported number.
    public static let young = -1
    public init(queue: RegionSpecialtyCareType, week: Int, band: Int) {
        self.queue = queue
        self.week = week
        self.band = band
    }
}

/// x(r, h, s, t, w).
public struct FlowKey: Hashable, Sendable {
    public let region: Int, hospital: Int, specialty: Int
    public let careType: CareType
    public let week: Int
    public init(region: Int, hospital: Int, specialty: Int, careType: CareType, week: Int) {
        self.region = region
        self.hospital = hospital
        self.specialty = specialty
        self.careType = careType
        self.week = week
    }
}

/// A (hospital, specialty, week): a ward in one week.
public struct WardWeek: Hashable, Sendable, Comparable {
    public let hospital: Int, specialty: Int, week: Int
    public init(hospital: Int, specialty: Int, week: Int) {
        self.hospital = hospital
        self.specialty = specialty
        self.week = week
    }
    public static func < (a: Self, b: Self) -> Bool { (a.hospital, a.specialty, a.week) < (b.hospital, b.specialty, b.week) }
}

/// v(h, h', s, w): acute load moved from `from` to `to`.
public struct TransferKey: Hashable, Sendable {
    public let from: Int, to: Int, specialty: Int, week: Int
    public init(from: Int, to: Int, specialty: Int, week: Int) {
        self.from = from
        self.to = to
        self.specialty = specialty
        self.week = week
    }
}

/// A no-region-worse-off bound of (region, specialty): the final waiting list, or its part over the guarantee.
public struct RegionSpecialtyBound: Hashable, Sendable, Comparable {
    public let region: Int, specialty: Int
    public let overGuarantee: Bool
    public init(region: Int, specialty: Int, overGuarantee: Bool) {
        self.region = region
        self.specialty = specialty
        self.overGuarantee = overGuarantee
    }
    public static func < (a: Self, b: Self) -> Bool {
        (a.region, a.specialty, a.overGuarantee ? 1 : 0) < (b.region, b.specialty, b.overGuarantee ? 1 : 0)
    }
}
