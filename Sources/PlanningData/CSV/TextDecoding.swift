/// Turns a file's bytes into UTF-8: a byte-order mark is dropped, valid UTF-8 is kept, anything
/// else is read as Windows-1252 (the encoding of Swedish spreadsheet exports).
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", windows1252 = "Windows-1252" }

    /// The UTF-8 bytes of `bytes` and the encoding they were read as.
    ///
    /// - Complexity: O(n).
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: Encoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if isValidUTF8(body) { return (Array(body), .utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 8)
        // The mark was dropped above, before the choice (docs/SPEC.md §9): it must not be read as the
        // three Windows-1252 characters `ï»¿` glued to the first header name.
        for byte in body {
            let scalar = windows1252[Int(byte)]
            appendUTF8(scalar, to: &out)
        }
        return (out, .windows1252)
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80: out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Windows-1252 → Unicode. The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the
    /// C1 code points of the same value (docs/SPEC.md §9).
    static let windows1252: [UInt32] = {
        var table = (0..<256).map { UInt32($0) }
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        for (k, scalar) in high.enumerated() { table[0x80 + k] = scalar }
        return table
    }()
}
