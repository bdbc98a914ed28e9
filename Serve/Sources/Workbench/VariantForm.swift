import Foundation
import Scenario

/// The "new variant" form: a child scenario that `extends` its parent with the keys chosen and
/// `adjust` lines (close a ward for some weeks, scale demand, change a price). The form's fields
/// become a YAML file; what the file means is checked by the same reader as `samplan`'s, and its
/// problems are shown next to the field they came from.
struct VariantForm: Sendable {
    /// Blank lines of each kind the form offers (a page without JavaScript cannot add more).
    static let closureLines = 3, demandLines = 2, priceLines = 2

    /// The fields as sent, by name.
    var values: [String: String]

    init(values: [String: String] = [:]) { self.values = values }

    func value(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// One `adjust` entry the form produces, with which form field each YAML key came from.
    struct Line {
        /// `capacity`, `demand` or `price`.
        let kind: String
        /// (YAML key, value as YAML, form field or nil for a fixed value).
        let keys: [(key: String, yaml: String, field: String?)]
        /// The field an error without a key belongs to.
        let mainField: String
    }

    /// The adjust lines the user filled in, in form order: a line counts when its first field is set.
    var lines: [Line] {
        var out: [Line] = []
        for k in 0..<Self.closureLines where !value("stang\(k)_sjukhus").isEmpty {
            let p = "stang\(k)_"
            out.append(Line(kind: "capacity", keys: [
                ("hospital", YAMLText.string(value(p + "sjukhus")), p + "sjukhus"),
                ("specialty", YAMLText.string(value(p + "specialitet").isEmpty ? "*" : value(p + "specialitet")), p + "specialitet"),
                ("weeks", YAMLText.string(value(p + "veckor")), p + "veckor"),
                ("resource", YAMLText.string(value(p + "resurs").isEmpty ? "all" : value(p + "resurs")), p + "resurs"),
                ("factor", "0", nil),
            ], mainField: p + "sjukhus"))
        }
        for k in 0..<Self.demandLines where !value("efterfragan\(k)_faktor").isEmpty {
            let p = "efterfragan\(k)_"
            out.append(Line(kind: "demand", keys: [
                ("region", YAMLText.string(value(p + "region").isEmpty ? "*" : value(p + "region")), p + "region"),
                ("specialty", YAMLText.string(value(p + "specialitet").isEmpty ? "*" : value(p + "specialitet")), p + "specialitet"),
                ("care_type", YAMLText.string(value(p + "vardtyp").isEmpty ? "*" : value(p + "vardtyp")), p + "vardtyp"),
                ("weeks", YAMLText.string(value(p + "veckor").isEmpty ? "*" : value(p + "veckor")), p + "veckor"),
                ("factor", YAMLText.number(value(p + "faktor")), p + "faktor"),
            ], mainField: p + "faktor"))
        }
        for k in 0..<Self.priceLines where !value("pris\(k)_faktor").isEmpty {
            let p = "pris\(k)_"
            out.append(Line(kind: "price", keys: [
                ("specialty", YAMLText.string(value(p + "specialitet").isEmpty ? "*" : value(p + "specialitet")), p + "specialitet"),
                ("care_type", YAMLText.string(value(p + "vardtyp").isEmpty ? "*" : value(p + "vardtyp")), p + "vardtyp"),
                ("level", "\"*\"", nil),
                ("factor", YAMLText.number(value(p + "faktor")), p + "faktor"),
            ], mainField: p + "faktor"))
        }
        return out
    }

    /// Top-level keys the form may set for a summer parent: (form field, YAML key, is a number).
    static let settings: [(field: String, key: String, number: Bool)] = [
        ("veckor", "weeks", false), ("perspektiv", "perspective", false), ("rutter", "routes", false),
        ("malbelaggning", "target_occupancy", true), ("max_restid", "max_travel_minutes", true),
    ]

    /// Checks that need no reader: a name, a file name that is one plain name.
    func basicErrors() -> [String: [String]] {
        var errors: [String: [String]] = [:]
        if value("namn").isEmpty { errors["namn", default: []].append("Ge varianten ett namn.") }
        if value("namn").count > 200 { errors["namn", default: []].append("Namnet får vara högst 200 tecken.") }
        let file = value("fil")
        if file.isEmpty {
            errors["fil", default: []].append("Ange ett filnamn.")
        } else if file.range(of: #"^[A-Za-z0-9][A-Za-z0-9_-]{0,80}(\.yaml)?$"#, options: .regularExpression) == nil {
            errors["fil", default: []].append("Filnamnet får bara innehålla a–z, 0–9, - och _ (högst 80 tecken), utan mappar.")
        }
        return errors
    }

    /// The file name to write, with `.yaml`.
    var fileName: String { value("fil").hasSuffix(".yaml") ? value("fil") : value("fil") + ".yaml" }

    /// The child scenario's text. `parentAdjust` are the parent's `adjust` entries as YAML: a
    /// list in a child replaces its parent's (docs/SPEC.md §5), so a variant with lines of its own
    /// repeats them first to keep them.
    func yaml(parentFile: String, parentAdjust: [String], summer: Bool, date: Date = Date()) -> String {
        var out = "# Skapad i Samplans arbetsbänk \(ISO8601DateFormatter().string(from: date)) som variant av \(parentFile).\n"
        out += "name: \(YAMLText.string(value("namn")))\n"
        out += "extends: \(YAMLText.string(parentFile))\n"
        guard summer else { return out }
        for setting in Self.settings where !value(setting.field).isEmpty {
            out += "\(setting.key): \(setting.number ? YAMLText.number(value(setting.field)) : YAMLText.string(value(setting.field)))\n"
        }
        let lines = self.lines
        if !lines.isEmpty {
            out += "adjust:\n"
            if !parentAdjust.isEmpty { out += "  # Förälderns justeringar, upprepade: en lista i en variant ersätter förälderns.\n" }
            for entry in parentAdjust { out += "  - \(entry)\n" }
            for line in lines {
                out += "  - \(line.kind): {" + line.keys.map { "\($0.key): \($0.yaml)" }.joined(separator: ", ") + "}\n"
            }
        }
        return out
    }

    /// The form field a reader's problem belongs to ("" for the form as a whole).
    func field(for keyPath: String, parentAdjustCount: Int) -> String {
        let head = keyPath.split(separator: ".").first.map(String.init) ?? ""
        if head == "name" { return "namn" }
        if let setting = Self.settings.first(where: { $0.key == head }) { return setting.field }
        guard head.hasPrefix("adjust["), let close = head.firstIndex(of: "]"),
              let index = Int(head[head.index(head.startIndex, offsetBy: 7)..<close]) else { return "" }
        // The reader numbers `adjust` entries from 1 (`adjust[1]` is the first).
        let k = index - 1 - parentAdjustCount
        let lines = self.lines
        guard k >= 0, k < lines.count else { return "" }
        let parts = keyPath.split(separator: ".").map(String.init)
        if parts.count >= 3, let key = lines[k].keys.first(where: { $0.key == parts[2] }), let field = key.field { return field }
        return lines[k].mainField
    }
}

/// Values written into a scenario file.
enum YAMLText {
    /// A double-quoted YAML string (escapes `\` and `"`, drops control characters).
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A number as written in the form ("1,1" or "1.1"); anything else as a string, so that the
    /// scenario reader reports it with its key.
    static func number(_ text: String) -> String {
        let dotted = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
        if let value = Double(dotted), value.isFinite, !dotted.contains(where: { $0.isLetter }) { return dotted }
        return string(text)
    }

    /// An `adjust` entry as a YAML flow mapping (`capacity: {hospital: …, factor: 0}`).
    static func adjustment(_ a: Adjustment) -> String {
        func ids(_ s: IDSelector) -> String {
            switch s {
            case .all: return "\"*\""
            case let .ids(list): return list.count == 1 ? string(list[0]) : "[" + list.map(string).joined(separator: ", ") + "]"
            }
        }
        func weeks(_ w: WeekSelector) -> String {
            switch w {
            case .all: return "\"*\""
            case let .weeks(list):
                let sorted = list.sorted()
                if let first = sorted.first, let last = sorted.last, last - first + 1 == sorted.count { return string("\(first)..\(last)") }
                return "[" + sorted.map(String.init).joined(separator: ", ") + "]"
            }
        }
        let change: String
        switch a.change {
        case let .factor(f): change = "factor: \(f)"
        case let .set(v): change = "set: \(v)"
        }
        switch a.target {
        case let .capacity(h, s, w, r):
            return "capacity: {hospital: \(ids(h)), specialty: \(ids(s)), weeks: \(weeks(w)), resource: \(r.rawValue), \(change)}"
        case let .demand(r, s, c, w):
            return "demand: {region: \(ids(r)), specialty: \(ids(s)), care_type: \(ids(c)), weeks: \(weeks(w)), \(change)}"
        case let .price(s, c, l):
            return "price: {specialty: \(ids(s)), care_type: \(ids(c)), level: \(ids(l)), \(change)}"
        case let .cost(r, s, c):
            return "cost: {region: \(ids(r)), specialty: \(ids(s)), care_type: \(ids(c)), \(change)}"
        }
    }
}
