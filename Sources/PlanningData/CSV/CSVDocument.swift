/// A CSV file to write: a header and rows of already formatted fields (numbers through
/// `CSVNumber.format`). The writing side of `CSVTable`, which reads what this writes: the result
/// files (Reports) and the synthetic data set (samplan-datagen) both go through it.
public struct CSVDocument: Sendable {
    /// The column names, in file order.
    public let header: [String]
    /// The rows, each `header.count` fields, in the order they were appended.
    public private(set) var rows: [[String]] = []

    /// An empty document with these columns.
    public init(header: [String]) { self.header = header }

    /// Adds a row; it must have one field per column (a programming error otherwise: traps).
    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "row of \(row.count) fields for \(header.count) columns")
        rows.append(row)
    }

    /// The file's text: `,` delimiter by default; `excel` writes `;`, and a byte-order mark so that
    /// Excel reads UTF-8 (numbers must then have been formatted with a decimal comma). LF line ends.
    public func rendered(excel: Bool = false) -> String {
        let delimiter = excel ? UInt8(ascii: ";") : UInt8(ascii: ",")
        var out: [UInt8] = excel ? [0xEF, 0xBB, 0xBF] : []
        out.reserveCapacity(rows.count * header.count * 8 + 64)
        func line(_ fields: [String]) {
            for (k, field) in fields.enumerated() {
                if k > 0 { out.append(delimiter) }
                Self.append(field, delimiter: delimiter, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        line(header)
        for row in rows { line(row) }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 4180: quote a field holding the delimiter, a quote, a line break or edge blanks.
    static func append(_ field: String, delimiter: UInt8, to out: inout [UInt8]) {
        let bytes = field.utf8
        let quote = UInt8(ascii: "\"")
        let needsQuotes = bytes.contains { $0 == delimiter || $0 == quote || $0 == 10 || $0 == 13 }
            || bytes.first == 32 || bytes.last == 32
        guard needsQuotes else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(quote)
        for b in bytes {
            out.append(b)
            if b == quote { out.append(quote) }
        }
        out.append(quote)
    }
}

