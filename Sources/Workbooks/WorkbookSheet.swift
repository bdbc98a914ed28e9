/// One cell of a sheet.
public enum WorkbookCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A number shown in its own style rather than its column's (a summary's mixed column).
    case styled(Double, NumberStyle)
    /// Nothing written (an undefined value: an empty CSV field).
    case empty
}

/// How a column's numbers are shown. The cell always holds the full number; the format only
/// decides what a reader sees.
///
/// Format codes in an .xlsx file are written in the file format's own notation (`,` groups,
/// `.` decimals); Excel and LibreOffice show them with the reader's separators, so on a Swedish
/// machine `#,##0.0##` reads "12 345,5".
public enum NumberStyle: String, Sendable, CaseIterable {
    /// Whole numbers in groups of three: "12 345".
    case integer = "#,##0"
    /// One to three decimals: "12 345,5".
    case decimal = "#,##0.0##"
    /// A share as a percentage: 0.885 → "88,5 %".
    case share = "0.0 %"
    /// A number without groups (weeks): "28".
    case plain = "0"
    /// Text (ids shown as names, statuses).
    case text = "@"
}

/// One sheet of a workbook: a header row and rows of cells, one style per column.
public struct WorkbookSheet: Sendable, Equatable {
    /// The sheet's tab name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    public var header: [String]
    public private(set) var rows: [[WorkbookCell]] = []
    public var styles: [NumberStyle]

    /// - Precondition: `styles.count == header.count`.
    public init(name: String, header: [String], styles: [NumberStyle]) {
        precondition(styles.count == header.count, "\(styles.count) styles for \(header.count) columns")
        self.name = name
        self.header = header
        self.styles = styles
    }

    /// - Precondition: the row has one cell per column.
    public mutating func append(_ row: [WorkbookCell]) {
        precondition(row.count == header.count, "row of \(row.count) cells for \(header.count) columns")
        rows.append(row)
    }
}
