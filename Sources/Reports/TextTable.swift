/// A plain-text table for the terminal: a header, a rule, rows; numbers right-aligned.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public let columns: [(title: String, alignment: Alignment)]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)]) { self.columns = columns.map { (title: $0.0, alignment: $0.1) } }

    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count)
        rows.append(row)
    }

    /// The table as lines of text, columns separated by two spaces.
    public func rendered(indent: Int = 0) -> String {
        let widths = columns.indices.map { k in ([columns[k].title] + rows.map { $0[k] }).map(\.count).max() ?? 0 }
        func line(_ fields: [String]) -> String {
            let cells = fields.enumerated().map { k, text in
                let pad = String(repeating: " ", count: widths[k] - text.count)
                return columns[k].alignment == .left ? text + pad : pad + text
            }
            var text = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = [line(columns.map(\.title)), String(repeating: " ", count: indent) + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}
