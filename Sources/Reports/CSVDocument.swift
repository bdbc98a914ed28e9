/// A CSV file to write: a header and rows of already formatted fields.
public struct CSVDocument: Sendable {
    public let header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) { self.header = header }

    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "row of \(row.count) fields for \(header.count) columns")
        rows.append(row)
    }

    /// The file's text: `,` delimiter by default; `excel` writes `;`, and a byte-order mark so that
    /// Excel reads UTF-8 (numbers must then have been formatted with a decimal comma). LF line ends.
    public func rendered(excel: Bool = false) -> String {
        let delimiter: Character = excel ? ";" : ","
        var out = excel ? "\u{FEFF}" : ""
        func line(_ fields: [String]) {
            out += fields.map { Self.escaped($0, delimiter: delimiter) }.joined(separator: String(delimiter))
            out += "\n"
        }
        line(header)
        for row in rows { line(row) }
        return out
    }

    /// RFC 4180: quote a field holding the delimiter, a quote, a line break or edge blanks.
    static func escaped(_ field: String, delimiter: Character) -> String {
        let needsQuotes = field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self { out += c == "\"" ? "\"\"" : String(c) }
        return out
    }
}
