import PlanningData

/// Decodes the `adjust` list: each entry one of `capacity`, `demand`, `price`, `cost` with its
/// selectors and exactly one of `factor` or `set` (docs/SPEC.md §5, §9).
enum AdjustmentDecoder {
    static let selectors: [String: [String]] = [
        "capacity": ["hospital", "specialty", "weeks", "resource"],
        "demand": ["region", "specialty", "care_type", "weeks"],
        "price": ["specialty", "care_type", "level"],
        "cost": ["region", "specialty", "care_type"],
    ]

    /// The largest `factor` accepted: far above any plausible scaling, far below overflow.
    static let maximumFactor = 1_000_000.0
    /// The largest `set` value accepted (SEK, cases, beds, hours or visits).
    static let maximumSetValue = 1e12

    static func decode(_ value: YAMLValue, _ reader: inout SchemaReader) -> [Adjustment] {
        guard case let .sequence(items, _) = value else {
            reader.report(value, "adjust", "expected a list of adjustments, found \(value.typeName)")
            return []
        }
        return items.enumerated().compactMap { index, item in decodeEntry(item, path: "adjust[\(index + 1)]", &reader) }
    }

    /// One entry of the list; nil (with the problems reported) when it is not a valid adjustment.
    private static func decodeEntry(_ item: YAMLValue, path: String, _ reader: inout SchemaReader) -> Adjustment? {
        guard case let .mapping(entries, _) = item, entries.count == 1, let entry = entries.first else {
            reader.report(item, path, "expected one of capacity, demand, price or cost with its selectors, e.g. {capacity: {hospital: …, factor: 0.5}}")
            return nil
        }
        guard let allowed = selectors[entry.key] else {
            reader.issues.append(ScenarioIssue(entry.keyLocation, path + "." + entry.key,
                                               "unknown adjustment\(NearestMatch.hint(for: entry.key, among: selectors.keys.sorted())); expected capacity, demand, price or cost"))
            return nil
        }
        let entryPath = path + "." + entry.key
        guard let fields = reader.map(entry.value, entryPath, allowed: allowed + ["factor", "set"]) else { return nil }
        let change = decodeChange(fields, entry.value, entryPath, &reader)
        var locations: [String: SourceLocation] = [:]
        let target = decodeTarget(entry.key, fields, entryPath, &locations, &reader)
        guard let target, let change else { return nil }
        return Adjustment(target: target, change: change, location: entry.keyLocation, keyPath: entryPath,
                          selectorLocations: locations)
    }

    /// Exactly one of `factor` or `set`.
    private static func decodeChange(_ fields: [String: YAMLEntry], _ value: YAMLValue, _ entryPath: String,
                                     _ reader: inout SchemaReader) -> AdjustmentChange? {
        switch (fields["factor"], fields["set"]) {
        case let (factor?, nil):
            // Bounded so that no scaled value can overflow to infinity in the model (1e308 did).
            return reader.number(factor.value, entryPath + ".factor", 0...maximumFactor,
                                 what: "a non-negative factor of at most 1 000 000").map { .factor($0) }
        case let (nil, set?):
            return reader.number(set.value, entryPath + ".set", 0...maximumSetValue,
                                 what: "a non-negative value of at most 1e12").map { .set($0) }
        case (.some, .some):
            reader.report(value, entryPath, "give either `factor` or `set`, not both")
        case (nil, nil):
            reader.report(value, entryPath, "missing `factor` or `set`")
        }
        return nil
    }

    /// What the adjustment selects; the selectors' locations go to `locations`.
    private static func decodeTarget(_ kind: String, _ fields: [String: YAMLEntry], _ entryPath: String,
                                     _ locations: inout [String: SourceLocation], _ reader: inout SchemaReader) -> Adjustment.Target? {
        func ids(_ key: String) -> IDSelector? {
            guard let field = fields[key] else { return .all }
            locations[key] = field.value.location
            return idSelector(field.value, entryPath + "." + key, &reader)
        }
        func weeks() -> WeekSelector? {
            guard let field = fields["weeks"] else { return .all }
            locations["weeks"] = field.value.location
            return weekSelector(field.value, entryPath + ".weeks", &reader)
        }
        switch kind {
        case "capacity":
            let resource: ResourceSelector? = fields["resource"].map { reader.choice($0.value, entryPath + ".resource", ResourceSelector.self) } ?? .all
            guard let hospital = ids("hospital"), let specialty = ids("specialty"), let weeks = weeks(), let resource else { return nil }
            return .capacity(hospital: hospital, specialty: specialty, weeks: weeks, resource: resource)
        case "demand":
            guard let region = ids("region"), let specialty = ids("specialty"), let careType = ids("care_type"), let weeks = weeks() else { return nil }
            return .demand(region: region, specialty: specialty, careType: careType, weeks: weeks)
        case "price":
            guard let specialty = ids("specialty"), let careType = ids("care_type"), let level = ids("level") else { return nil }
            return .price(specialty: specialty, careType: careType, level: level)
        default:
            guard let region = ids("region"), let specialty = ids("specialty"), let careType = ids("care_type") else { return nil }
            return .cost(region: region, specialty: specialty, careType: careType)
        }
    }

    static func idSelector(_ value: YAMLValue, _ path: String, _ reader: inout SchemaReader) -> IDSelector? {
        switch value {
        case let .scalar(text, _, _):
            return text == "*" ? .all : .ids([text])
        case let .sequence(items, _):
            var ids: [String] = []
            for (k, item) in items.enumerated() {
                guard case let .scalar(text, _, _) = item, text != "*" else {
                    reader.report(item, "\(path)[\(k + 1)]", "expected an id, found \(SchemaReader.describe(item))")
                    return nil
                }
                ids.append(text)
            }
            guard !ids.isEmpty else {
                reader.report(value, path, "an empty list selects nothing")
                return nil
            }
            return .ids(ids)
        default:
            reader.report(value, path, "expected an id, \"*\" or a list of ids, found \(value.typeName)")
            return nil
        }
    }

    static func weekSelector(_ value: YAMLValue, _ path: String, _ reader: inout SchemaReader) -> WeekSelector? {
        func one(_ item: YAMLValue, _ itemPath: String) -> [Int]? {
            guard case let .scalar(text, _, _) = item else {
                reader.report(item, itemPath, "expected a week N or \"N..M\", found \(item.typeName)")
                return nil
            }
            if let w = Int(text), (1...53).contains(w) { return [w] }
            if let range = Week.range(parsing: text) { return Array(range) }
            reader.report(item, itemPath, "expected a week 1–53 or \"N..M\", found \(SchemaReader.describe(item))")
            return nil
        }
        switch value {
        case let .scalar(text, _, _) where text == "*": return .all
        case .scalar: return one(value, path).map { .weeks($0) }
        case let .sequence(items, _):
            var weeks: [Int] = []
            for (k, item) in items.enumerated() {
                guard let w = one(item, "\(path)[\(k + 1)]") else { return nil }
                weeks += w
            }
            guard !weeks.isEmpty else {
                reader.report(value, path, "an empty list selects nothing")
                return nil
            }
            return .weeks(weeks)
        default:
            reader.report(value, path, "expected a week N, \"N..M\", \"*\" or a list, found \(value.typeName)")
            return nil
        }
    }
}
