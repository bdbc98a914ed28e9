import PlanningData

/// Decodes the `adjust` list: each entry one of `capacity`, `demand`, `price`, `cost` with its
/// selectors and exactly one of `factor` or `set` (SPEC §5, §9).
enum AdjustmentDecoder {
    static let selectors: [String: [String]] = [
        "capacity": ["hospital", "specialty", "weeks", "resource"],
        "demand": ["region", "specialty", "care_type", "weeks"],
        "price": ["specialty", "care_type", "level"],
        "cost": ["region", "specialty", "care_type"],
    ]

    static func decode(_ value: YAMLValue, _ reader: inout SchemaReader) -> [Adjustment] {
        guard case let .sequence(items, _) = value else {
            reader.report(value, "adjust", "expected a list of adjustments, found \(value.typeName)")
            return []
        }
        var out: [Adjustment] = []
        for (k, item) in items.enumerated() {
            let path = "adjust[\(k + 1)]"
            guard case let .mapping(entries, _) = item, entries.count == 1, let entry = entries.first else {
                reader.report(item, path, "expected one of capacity, demand, price or cost with its selectors, e.g. {capacity: {hospital: …, factor: 0.5}}")
                continue
            }
            guard let allowed = selectors[entry.key] else {
                reader.issues.append(ScenarioIssue(entry.keyLocation, path + "." + entry.key,
                                                   "unknown adjustment\(NearestMatch.hint(for: entry.key, among: selectors.keys.sorted())); expected capacity, demand, price or cost"))
                continue
            }
            let entryPath = path + "." + entry.key
            guard let fields = reader.map(entry.value, entryPath, allowed: allowed + ["factor", "set"]) else { continue }
            var change: AdjustmentChange?
            switch (fields["factor"], fields["set"]) {
            case let (f?, nil):
                change = reader.number(f.value, entryPath + ".factor", what: "a non-negative factor").map { .factor($0) }
            case let (nil, v?):
                change = reader.number(v.value, entryPath + ".set", what: "a non-negative value").map { .set($0) }
            case (.some, .some):
                reader.report(entry.value, entryPath, "give either `factor` or `set`, not both")
            case (nil, nil):
                reader.report(entry.value, entryPath, "missing `factor` or `set`")
            }
            var locations: [String: SourceLocation] = [:]
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
            let target: Adjustment.Target?
            switch entry.key {
            case "capacity":
                let resource: ResourceSelector? = fields["resource"].map { reader.choice($0.value, entryPath + ".resource", ResourceSelector.self) } ?? .all
                if let h = ids("hospital"), let s = ids("specialty"), let w = weeks(), let resource {
                    target = .capacity(hospital: h, specialty: s, weeks: w, resource: resource)
                } else { target = nil }
            case "demand":
                if let r = ids("region"), let s = ids("specialty"), let t = ids("care_type"), let w = weeks() {
                    target = .demand(region: r, specialty: s, careType: t, weeks: w)
                } else { target = nil }
            case "price":
                if let s = ids("specialty"), let t = ids("care_type"), let l = ids("level") {
                    target = .price(specialty: s, careType: t, level: l)
                } else { target = nil }
            default:
                if let r = ids("region"), let s = ids("specialty"), let t = ids("care_type") {
                    target = .cost(region: r, specialty: s, careType: t)
                } else { target = nil }
            }
            if let target, let change {
                out.append(Adjustment(target: target, change: change, location: entry.keyLocation, keyPath: entryPath,
                                      selectorLocations: locations))
            }
        }
        return out
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
