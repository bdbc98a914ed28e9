/// Numbers as the data feeds write them (docs/SPEC.md §9): `12.5` everywhere; in `;` files also `12,5`
/// and digit groups separated by a no-break space (U+00A0 or U+202F). NaN, infinities and any
/// other thousands separator are errors.
public enum NumberParsing {
    /// The value of `text`, or nil when it is not a number in this dialect.
    public static func parse(_ text: String, decimalComma: Bool) -> Double? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var scalars = Array(text.unicodeScalars)
        if decimalComma {
            // Drop no-break spaces that sit between two digits.
            var kept: [Unicode.Scalar] = []
            for (k, scalar) in scalars.enumerated() {
                if scalar == "\u{00A0}" || scalar == "\u{202F}" {
                    let before = k > 0 && ("0"..."9").contains(scalars[k - 1])
                    let after = k + 1 < scalars.count && ("0"..."9").contains(scalars[k + 1])
                    if before && after { continue }
                }
                kept.append(scalar)
            }
            scalars = kept
        }
        var separators = 0
        for scalar in scalars {
            guard scalar.isASCII else { return nil }
            var byte = UInt8(scalar.value)
            if byte == UInt8(ascii: ",") {
                guard decimalComma else { return nil }
                byte = UInt8(ascii: ".")
            }
            if byte == UInt8(ascii: ".") { separators += 1 }
            bytes.append(byte)
        }
        guard separators <= 1, isPlainNumber(bytes) else { return nil }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// `[+-]?digits[.digits]?([eE][+-]?digits)?` with at least one mantissa digit.
    static func isPlainNumber(_ bytes: [UInt8]) -> Bool {
        var k = 0
        func digits() -> Int {
            let start = k
            while k < bytes.count && bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") { k += 1 }
            return k - start
        }
        if k < bytes.count && (bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-")) { k += 1 }
        var mantissa = digits()
        if k < bytes.count && bytes[k] == UInt8(ascii: ".") { k += 1; mantissa += digits() }
        guard mantissa > 0 else { return false }
        if k < bytes.count && (bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E")) {
            k += 1
            if k < bytes.count && (bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-")) { k += 1 }
            guard digits() > 0 else { return false }
        }
        return k == bytes.count
    }
}
