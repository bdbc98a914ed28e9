/// How numbers are written into CSV files (docs/SPEC.md §9, Output): the result files and the
/// synthetic data set alike. `NumberFormatting.csv` in Reports forwards here.
public enum CSVNumber {
    /// CSV: at most `decimals` decimals, trailing zeros trimmed, never exponent notation,
    /// "-0" written as "0". With `decimalComma` the separator is `,` (for Swedish spreadsheets).
    ///
    /// - Complexity: O(digits), on bytes: the result files hold millions of numbers.
    public static func format(_ value: Double, decimals: Int = 6, decimalComma: Bool = false) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else {
            var text = fixed(value, decimals: decimals)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
        }
        var units = UInt64(scaled)
        if units == 0 { return "0" }
        // Digits from the least significant; drop trailing fractional zeros as they come.
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var fractional = decimals
        while fractional > 0 && units % 10 == 0 { units /= 10; fractional -= 1 }
        var position = 0
        repeat {
            if position == fractional && fractional > 0 { digits.append(decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")) }
            digits.append(UInt8(ascii: "0") + UInt8(units % 10))
            units /= 10
            position += 1
        } while units > 0 || position <= fractional
        if value < 0 { digits.append(UInt8(ascii: "-")) }
        digits.reverse()
        return String(decoding: digits, as: UTF8.self)
    }

    /// `value` rounded half away from zero to `decimals` places, in plain positional notation.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition((0...15).contains(decimals))
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let negative = value < 0
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled < 9.0e18 {
            let units = UInt64(scaled)
            var digits = String(units)
            if decimals > 0 {
                if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
            }
            return (negative && units != 0 ? "-" : "") + digits
        }
        // Beyond 64-bit integers the double has no fractional digits left.
        let whole = abs(value).rounded()
        var text = integerDigits(whole)
        if decimals > 0 { text += "." + String(repeating: "0", count: decimals) }
        return (negative ? "-" : "") + text
    }

    private static func integerDigits(_ whole: Double) -> String {
        // Exact decimal expansion of an integral double ≥ 9e18.
        var digits: [UInt8] = [0]
        var x = whole
        var bits: [Bool] = []
        while x >= 1 { let half = (x / 2).rounded(.down); bits.append(x - 2 * half == 1); x = half }
        for bit in bits.reversed() {
            var carry: UInt8 = bit ? 1 : 0
            for k in 0..<digits.count {
                let v = digits[k] * 2 + carry
                digits[k] = v % 10; carry = v / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return String(digits.reversed().map { Character(Unicode.Scalar($0 + 48)) })
    }
}
