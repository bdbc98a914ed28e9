import PlanningData

/// Ways a spreadsheet export may write the same CSV content (docs/SPEC.md §2, §9).
public enum Dialect: String, CaseIterable, Sendable, CustomStringConvertible {
    case semicolonDecimalComma, noBreakSpaceGroups, byteOrderMark, crlf, windows1252, quoteEveryField,
         reversedColumns, blankLinesAndPadding, everythingAtOnce,
         /// "CSV (Macintosh)" from Excel: a lone CR ends each line (docs/SPEC.md (v2) §2).
         loneCR,
         /// A UTF-8 byte-order mark followed by Windows-1252 text (docs/SPEC.md (v2) §9: the mark is dropped first).
         byteOrderMarkThenWindows1252,
         /// Rows cleared in a spreadsheet: lines holding only delimiters and blanks (docs/SPEC.md (v2) §2).
         clearedRows

    public var description: String { rawValue }

    /// The files rewritten in this dialect.
    public func apply(_ texts: [String: String]) -> [String: [UInt8]] {
        texts.mapValues { apply(to: $0) }
    }

    func apply(to text: String) -> [UInt8] {
        switch self {
        case .semicolonDecimalComma: return Array(Self.rewrite(text, delimiter: ";", decimalComma: true).utf8)
        case .noBreakSpaceGroups: return Array(Self.rewrite(text, delimiter: ";", decimalComma: true, groups: true).utf8)
        case .byteOrderMark: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .crlf: return Array(text.replacingNewlines("\r\n").utf8)
        case .windows1252: return Self.latin1(text)
        case .quoteEveryField: return Array(Self.rewrite(text, delimiter: ",", quoteAll: true).utf8)
        case .reversedColumns: return Array(Self.rewrite(text, delimiter: ",", reverse: true).utf8)
        case .blankLinesAndPadding: return Array(Self.rewrite(text, delimiter: ",", padding: true).utf8)
        case .loneCR: return Array(text.replacingNewlines("\r").utf8)
        case .byteOrderMarkThenWindows1252: return [0xEF, 0xBB, 0xBF] + Self.latin1(text)
        case .clearedRows:
            let rewritten = Self.rewrite(text, delimiter: ";", decimalComma: true)
            let width = rewritten.prefix { $0 != "\n" }.filter { $0 == ";" }.count
            let cleared = String(repeating: ";", count: width)
            let lines = rewritten.split(separator: "\n").map(String.init)
            return Array((["  " + cleared] + lines.flatMap { [$0, cleared, " ; \t;"] }).joined(separator: "\r\n").utf8)
        case .everythingAtOnce:
            let rewritten = Self.rewrite(text, delimiter: ";", decimalComma: true, groups: true, quoteAll: true, reverse: true, padding: true)
            return Self.latin1(rewritten.replacingNewlines("\r\n"))
        }
    }

    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    static func rewrite(_ text: String, delimiter: String, decimalComma: Bool = false, groups: Bool = false,
                        quoteAll: Bool = false, reverse: Bool = false, padding: Bool = false) -> String {
        let table = CSVTable(bytes: Array(text.utf8))
        let records = [table.header!] + table.records
        var lines: [String] = []
        for record in records {
            var fields = record.fields.map(\.text)
            if reverse { fields.reverse() }
            let written = fields.map { field -> String in
                var f = field
                if decimalComma, isDecimal(f) {
                    f = String(f.map { $0 == "." ? "," : $0 })
                }
                if groups, let integer = Int(f), integer >= 1000 {
                    let digits = String(integer)
                    f = String(digits.dropLast(3)) + "\u{00A0}" + String(digits.suffix(3))
                }
                if quoteAll || f.contains(delimiter) || f.contains("\"") {
                    f = "\"" + f.replacingQuotes() + "\""
                }
                return padding ? "  " + f + " " : f
            }
            lines.append(written.joined(separator: delimiter))
            if padding { lines.append("   ") }
        }
        return lines.joined(separator: "\n") + (padding ? "\n\n\n" : "\n")
    }

    static func isDecimal(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "-" } }
    }
}

extension String {
    func replacingQuotes() -> String { split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }
    func replacingNewlines(_ with: String) -> String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: with) }
}
