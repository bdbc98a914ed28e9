import PlanningData

/// Reads a YAML tree against a schema, collecting every problem with its key path and location.
struct SchemaReader {
    var issues: [ScenarioIssue] = []

    mutating func report(_ value: YAMLValue, _ path: String, _ message: String) {
        issues.append(ScenarioIssue(value.location, path, message))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The entries of a map, with unknown keys reported (and the nearest valid key suggested).
    mutating func map(_ value: YAMLValue, _ path: String, allowed: [String]) -> [String: YAMLEntry]? {
        guard case let .mapping(entries, _) = value else {
            report(value, path, "expected a map, found \(value.typeName)")
            return nil
        }
        var out: [String: YAMLEntry] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                out[entry.key] = entry
            } else {
                issues.append(ScenarioIssue(entry.keyLocation, Self.join(path, entry.key),
                                            "unknown key\(NearestMatch.hint(for: entry.key, among: allowed))"))
            }
        }
        return out
    }

    /// A number in `range`; `what` says the range in words.
    mutating func number(_ value: YAMLValue, _ path: String, _ range: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude,
                         what: String = "a non-negative number", open lowerOpen: Bool = false) -> Double? {
        guard case let .scalar(text, plain, _) = value, plain, let number = Self.parseNumber(text) else {
            report(value, path, "expected \(what), found \(Self.describe(value))")
            return nil
        }
        guard range.contains(number), !(lowerOpen && number == range.lowerBound) else {
            report(value, path, "expected \(what), found \(text)")
            return nil
        }
        return number
    }

    /// A whole number in `range`.
    mutating func integer(_ value: YAMLValue, _ path: String, _ range: ClosedRange<Int>, what: String) -> Int? {
        guard case let .scalar(text, plain, _) = value, plain, let number = Int(text) else {
            report(value, path, "expected \(what), found \(Self.describe(value))")
            return nil
        }
        guard range.contains(number) else {
            report(value, path, "expected \(what), found \(text)")
            return nil
        }
        return number
    }

    mutating func bool(_ value: YAMLValue, _ path: String) -> Bool? {
        if case let .scalar(text, true, _) = value {
            switch text {
            case "true", "True", "TRUE", "yes", "Yes": return true
            case "false", "False", "FALSE", "no", "No": return false
            default: break
            }
        }
        report(value, path, "expected true or false, found \(Self.describe(value))")
        return nil
    }

    mutating func string(_ value: YAMLValue, _ path: String) -> String? {
        guard case let .scalar(text, _, _) = value else {
            report(value, path, "expected text, found \(Self.describe(value))")
            return nil
        }
        return text
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable>(_ value: YAMLValue, _ path: String, _ type: T.Type) -> T?
    where T: CaseIterable, T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard case let .scalar(text, _, _) = value, let result = T(rawValue: text) else {
            let found = Self.describe(value)
            var hint = ""
            if case let .scalar(text, _, _) = value { hint = NearestMatch.hint(for: text, among: names) }
            report(value, path, "expected one of \(names.joined(separator: ", ")), found \(found)\(hint)")
            return nil
        }
        return result
    }

    /// `N..M` as a string, or a map `{from, to}`; 1 ≤ N ≤ M ≤ 53.
    mutating func weekRange(_ value: YAMLValue, _ path: String) -> ClosedRange<Int>? {
        switch value {
        case let .scalar(text, _, _):
            if let range = Week.range(parsing: text) { return range }
            report(value, path, "expected weeks as \"N..M\" or {from: N, to: M} with 1 ≤ N ≤ M ≤ 53, found \(Self.describe(value))")
            return nil
        case .mapping:
            guard let entries = map(value, path, allowed: ["from", "to"]) else { return nil }
            guard let fromEntry = entries["from"], let toEntry = entries["to"] else {
                report(value, path, "expected both `from` and `to`")
                return nil
            }
            let from = integer(fromEntry.value, Self.join(path, "from"), 1...53, what: "a week number 1–53")
            let to = integer(toEntry.value, Self.join(path, "to"), 1...53, what: "a week number 1–53")
            guard let from, let to else { return nil }
            guard from <= to else {
                report(value, path, "`from` (\(from)) is after `to` (\(to))")
                return nil
            }
            return from...to
        default:
            report(value, path, "expected weeks as \"N..M\" or {from: N, to: M}, found \(value.typeName)")
            return nil
        }
    }

    /// YAML numbers as people write them: 12, 12.5, 1e3, 50_000 (no NaN or infinity).
    static func parseNumber(_ text: String) -> Double? {
        let cleaned = text.replacingUnderscores
        guard NumberParsing.parse(cleaned, decimalComma: false) != nil else { return nil }
        return Double(cleaned)
    }

    static func describe(_ value: YAMLValue) -> String {
        switch value {
        case let .scalar(text, plain, _): return plain ? text : "\"\(text)\""
        default: return value.typeName
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
    var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
