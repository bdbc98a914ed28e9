import PlanningData

/// The number formats of the result files (docs/SPEC.md §9, Output), in one place.
public enum NumberFormatting {
    /// JSON: shortest round-trip form; NaN and infinities are not JSON and become `null`.
    public static func json(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// CSV: at most `decimals` decimals, trailing zeros trimmed, never exponent notation,
    /// "-0" written as "0"; `CSVNumber.format`, beside the CSV reader and writer in PlanningData.
    public static func csv(_ value: Double, decimals: Int = 6, decimalComma: Bool = false) -> String {
        CSVNumber.format(value, decimals: decimals, decimalComma: decimalComma)
    }

    /// `value` rounded half away from zero to `decimals` places, in plain positional notation
    /// (`CSVNumber.fixed`).
    public static func fixed(_ value: Double, decimals: Int) -> String { CSVNumber.fixed(value, decimals: decimals) }
}

extension NumberFormatting {
    /// Swedish style for people: digit groups separated by a space, decimal comma
    /// ("2 151 905", "88,5"). `groupSeparator` may be a no-break space in HTML.
    public static func swedish(_ value: Double, decimals: Int = 0, groupSeparator: String = " ") -> String {
        guard value.isFinite else { return "–" }
        let text = fixed(value, decimals: decimals)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        var out = (negative ? "−" : "") + groups.joined(separator: groupSeparator)
        if parts.count > 1 { out += "," + parts[1] }
        return out == "−0" ? "0" : out
    }

    /// A share as a percentage with a decimal comma: 0.885 → "88,5 %".
    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        swedish(share * 100, decimals: decimals) + " %"
    }
}
