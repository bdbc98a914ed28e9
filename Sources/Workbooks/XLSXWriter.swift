import CXLSXWriter
import Foundation

/// Why a workbook could not be written.
public struct WorkbookError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Writes sheets to an .xlsx file with libxlsxwriter: a bold header row that stays in view
/// (frozen pane) with a filter, one number format per column, column widths from the content.
///
/// libxlsxwriter returns NULL or an error code on a bad argument rather than aborting, but every
/// limit is still checked here first so that the error names the sheet and what is wrong.
public enum XLSXWriter {
    /// Excel's limits: rows and columns of a sheet, characters of a cell and of a sheet name.
    static let maxRows = 1_048_576, maxColumns = 16_384, maxCellCharacters = 32_767, maxSheetName = 31

    /// Writes `sheets` in order to `path`, replacing a file there.
    /// - Throws: `WorkbookError` for no sheets, an invalid or repeated sheet name, a sheet over
    ///   Excel's limits, or a file that cannot be written.
    public static func write(_ sheets: [WorkbookSheet], to path: String) throws(WorkbookError) {
        try validate(sheets)
        guard let workbook = workbook_new(path) else { throw WorkbookError("\(path): could not create the workbook") }
        let header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(header)
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        var formats: [NumberStyle: UnsafeMutablePointer<lxw_format>] = [:]
        for style in NumberStyle.allCases {
            let format = workbook_add_format(workbook)
            format_set_num_format(format, style.rawValue)
            formats[style] = format
        }
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                workbook_close(workbook)
                throw WorkbookError("\(sheet.name): libxlsxwriter refused the sheet")
            }
            for (column, title) in sheet.header.enumerated() {
                worksheet_write_string(worksheet, 0, lxw_col_t(column), title, header)
            }
            for (r, row) in sheet.rows.enumerated() {
                for (column, cell) in row.enumerated() {
                    let format = formats[sheet.styles[column]]
                    switch cell {
                    case let .text(text): worksheet_write_string(worksheet, lxw_row_t(r + 1), lxw_col_t(column), text, format)
                    case let .number(value): worksheet_write_number(worksheet, lxw_row_t(r + 1), lxw_col_t(column), value, format)
                    case let .styled(value, style): worksheet_write_number(worksheet, lxw_row_t(r + 1), lxw_col_t(column), value, formats[style])
                    case .empty: break
                    }
                }
            }
            for (column, width) in widths(sheet).enumerated() {
                worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, formats[sheet.styles[column]])
            }
            worksheet_freeze_panes(worksheet, 1, 0)
            if !sheet.header.isEmpty {
                worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.count), lxw_col_t(sheet.header.count - 1))
            }
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw WorkbookError("\(path): could not write the workbook: \(String(cString: lxw_strerror(status)))")
        }
    }

    /// The workbook's bytes (written to a temporary file, which is removed).
    public static func data(_ sheets: [WorkbookSheet]) throws(WorkbookError) -> Data {
        let path = NSTemporaryDirectory() + "/samplan-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max)).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(sheets, to: path)
        guard let data = FileManager.default.contents(atPath: path) else { throw WorkbookError("\(path): the workbook could not be read back") }
        return data
    }

    static func validate(_ sheets: [WorkbookSheet]) throws(WorkbookError) {
        guard !sheets.isEmpty else { throw WorkbookError("a workbook needs at least one sheet") }
        var seen: Set<String> = []
        for sheet in sheets {
            let name = sheet.name
            guard !name.isEmpty, name.count <= maxSheetName, !name.contains(where: { "[]:*?/\\".contains($0) }),
                  !name.hasPrefix("'"), !name.hasSuffix("'") else {
                throw WorkbookError("\(name): not a valid sheet name (1 to 31 characters, none of []:*?/\\, no edge quote)")
            }
            // Excel compares sheet names without regard to case.
            guard seen.insert(name.lowercased()).inserted else { throw WorkbookError("\(name): two sheets of the same name") }
            guard sheet.rows.count < maxRows else { throw WorkbookError("\(name): \(sheet.rows.count) rows; a sheet holds at most \(maxRows - 1) below its header") }
            guard sheet.header.count <= maxColumns else { throw WorkbookError("\(name): \(sheet.header.count) columns; a sheet holds at most \(maxColumns)") }
            let long = sheet.header.contains { $0.utf16.count > maxCellCharacters } || sheet.rows.contains { row in
                row.contains { if case let .text(t) = $0 { return t.utf16.count > maxCellCharacters } else { return false } }
            }
            guard !long else { throw WorkbookError("\(name): a cell holds more than \(maxCellCharacters) characters") }
        }
    }

    /// Column widths in characters: the widest of the header's longest word and the first
    /// thousand cells as shown, between 6 and 50.
    static func widths(_ sheet: WorkbookSheet) -> [Double] {
        sheet.header.indices.map { column in
            var widest = sheet.header[column].split(separator: " ").map(\.count).max() ?? 0
            widest = max(widest, min(sheet.header[column].count, 18))
            for row in sheet.rows.prefix(1000) {
                switch row[column] {
                case let .text(text): widest = max(widest, text.count)
                case let .number(value): widest = max(widest, shownWidth(value, sheet.styles[column]))
                case let .styled(value, style): widest = max(widest, shownWidth(value, style))
                case .empty: break
                }
            }
            return Double(min(max(widest + 2, 6), 50))
        }
    }

    /// About how many characters a number takes in its style.
    static func shownWidth(_ value: Double, _ style: NumberStyle) -> Int {
        guard value.isFinite else { return 3 }
        let digits = String(Int64(min(abs(value), 9e17).rounded())).count + (value < 0 ? 1 : 0)
        switch style {
        case .integer: return digits + (digits - 1) / 3
        case .decimal: return digits + (digits - 1) / 3 + 4
        case .share: return 7
        case .plain, .text: return digits
        }
    }
}
