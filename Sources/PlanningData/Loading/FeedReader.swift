/// One feed file opened for reading: its parsed table and where each column is.
struct FeedFile {
    let name: String
    let path: String
    let table: CSVTable
    let columnIndex: [String: Int]
    let width: Int
}

/// A record of a feed whose fields line up with the header.
struct FeedRow {
    let record: CSVRecord
    let file: FeedFile

    var line: Int { record.line }

    /// The field of `column`, which `FeedReader.open` has checked exists.
    func field(_ column: String) -> CSVField { record.fields[file.columnIndex[column]!] }
}

/// An id field that may be `*`.
enum Selector: Hashable {
    case all
    case index(Int)

    var index: Int? { if case let .index(i) = self { return i } else { return nil } }
}

/// Reads feed files field by field, collecting every problem as a `DataIssue` instead of
/// stopping at the first.
struct FeedReader {
    let source: any DataSource
    var issues: [DataIssue] = []

    init(source: any DataSource) { self.source = source }

    mutating func error(_ file: FeedFile, _ field: CSVField, _ message: String) {
        issues.append(DataIssue(.error, file: file.path, line: field.line, column: field.column, message))
    }

    /// Opens a feed: reports a missing required file, CSV syntax problems, missing required
    /// columns (then the file is not read further), repeated and unknown columns.
    ///
    /// - Parameter optional: columns a file may have (no warning), read only when present.
    mutating func open(_ name: String, required: Bool, columns: [String], optional: [String] = []) -> FeedFile? {
        let path = source.displayPath(of: name)
        guard let bytes = source.contents(of: name) else {
            if required {
                issues.append(DataIssue(.error, file: path, "required file is missing", isMissingFile: true))
            }
            return nil
        }
        let table = CSVTable(bytes: bytes)
        for issue in table.issues {
            issues.append(DataIssue(.error, file: path, line: issue.line, column: issue.column, issue.message))
        }
        guard let header = table.header else {
            issues.append(DataIssue(.error, file: path, line: 1, column: 1,
                                    "the file is empty; expected a header row with \(columns.map { "`\($0)`" }.joined(separator: ", "))"))
            return nil
        }
        var index: [String: Int] = [:]
        for (k, field) in header.fields.enumerated() {
            if index[field.text] != nil {
                issues.append(DataIssue(.error, file: path, line: field.line, column: field.column,
                                        "column `\(field.text)` appears twice in the header"))
                continue
            }
            index[field.text] = k
            if !columns.contains(field.text) && !optional.contains(field.text) {
                issues.append(DataIssue(.warning, file: path, line: field.line, column: field.column,
                                        "unknown column `\(field.text)` is ignored\(NearestMatch.hint(for: field.text, among: columns))"))
            }
        }
        let missing = columns.filter { index[$0] == nil }
        for column in missing {
            issues.append(DataIssue(.error, file: path, line: header.line, column: 1,
                                    "missing required column `\(column)`; the header has \(header.fields.map { "`\($0.text)`" }.joined(separator: ", "))"))
        }
        guard missing.isEmpty else { return nil }
        return FeedFile(name: name, path: path, table: table, columnIndex: index, width: header.fields.count)
    }

    /// The records of `file` that have as many fields as the header; the others are reported.
    mutating func rows(_ file: FeedFile) -> [FeedRow] {
        var rows: [FeedRow] = []
        rows.reserveCapacity(file.table.records.count)
        for record in file.table.records {
            if record.fields.count != file.width {
                let what = record.fields.count < file.width ? "too few" : "too many"
                issues.append(DataIssue(.error, file: file.path, line: record.line, column: 1,
                                        "\(what) fields: expected \(file.width), found \(record.fields.count)"))
                continue
            }
            rows.append(FeedRow(record: record, file: file))
        }
        return rows
    }

    /// A new id for an entity: an ASCII slug.
    mutating func newID(_ row: FeedRow, _ column: String) -> String? {
        let field = row.field(column)
        guard Identifier.isValid(field.text) else {
            error(row.file, field, "column `\(column)`: expected an id of lowercase letters, digits and `_`, found \"\(field.text)\"")
            return nil
        }
        return field.text
    }

    /// Any text; an empty field is reported.
    mutating func text(_ row: FeedRow, _ column: String) -> String? {
        let field = row.field(column)
        guard !field.text.isEmpty else {
            error(row.file, field, "column `\(column)`: expected a value, found an empty field")
            return nil
        }
        return field.text
    }

    /// A reference to an entity of `kind` by id, or `*` when `wildcard` allows it.
    mutating func reference(_ row: FeedRow, _ column: String, _ kind: String, in index: [String: Int],
                            wildcard: Bool = false) -> Selector? {
        let field = row.field(column)
        if wildcard && field.text == "*" { return .all }
        if let i = index[field.text] { return .index(i) }
        let expected = wildcard ? "a \(kind) id or `*`" : "a \(kind) id"
        if field.text.isEmpty {
            error(row.file, field, "column `\(column)`: expected \(expected), found an empty field")
        } else {
            error(row.file, field, "column `\(column)`: unknown \(kind) `\(field.text)`\(NearestMatch.hint(for: field.text, among: index.keys))")
        }
        return nil
    }

    /// A number; `range` limits it, and a non-negative quantity is the default.
    mutating func number(_ row: FeedRow, _ column: String, in range: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude,
                         what: String = "a non-negative number") -> Double? {
        let field = row.field(column)
        guard let value = NumberParsing.parse(field.text, decimalComma: row.file.table.allowsDecimalComma) else {
            let found = field.text.isEmpty ? "an empty field" : "\"\(field.text)\""
            let hint = field.text.contains(",") && !row.file.table.allowsDecimalComma
                ? " (a `,`-delimited file takes `.` as decimal separator)" : ""
            error(row.file, field, "column `\(column)`: expected \(what), found \(found)\(hint)")
            return nil
        }
        guard range.contains(value) else {
            error(row.file, field, "column `\(column)`: expected \(what), found \(field.text)")
            return nil
        }
        return value
    }

    /// A week 1–53, or `*` when allowed.
    mutating func week(_ row: FeedRow, _ column: String, wildcard: Bool = false) -> Selector? {
        let field = row.field(column)
        if wildcard && field.text == "*" { return .all }
        guard let w = Int(field.text), Week.range.contains(w) else {
            error(row.file, field, "column `\(column)`: expected a week number 1–53\(wildcard ? " or `*`" : ""), found \"\(field.text)\"")
            return nil
        }
        return .index(w)
    }

    mutating func careType(_ row: FeedRow, _ column: String) -> CareType? {
        let field = row.field(column)
        guard let t = CareType(rawValue: field.text) else {
            let names = CareType.allCases.map(\.rawValue)
            error(row.file, field, "column `\(column)`: expected one of \(names.joined(separator: ", ")), found \"\(field.text)\"\(NearestMatch.hint(for: field.text, among: names))")
            return nil
        }
        return t
    }

    /// A hospital level, or nil for `*` when `wildcard` allows it (the outer optional is failure).
    mutating func level(_ row: FeedRow, _ column: String, wildcard: Bool = false) -> HospitalLevel?? {
        let field = row.field(column)
        if wildcard && field.text == "*" { return .some(nil) }
        guard let level = HospitalLevel(rawValue: field.text) else {
            let names = HospitalLevel.allCases.map(\.rawValue) + (wildcard ? ["*"] : [])
            error(row.file, field, "column `\(column)`: expected one of \(names.joined(separator: ", ")), found \"\(field.text)\"\(NearestMatch.hint(for: field.text, among: names))")
            return nil
        }
        return .some(level)
    }

    /// Reports `key` when an earlier row of the file had it.
    mutating func isDuplicate<Key: Hashable>(_ key: Key, _ row: FeedRow, seen: inout [Key: Int], describe: @autoclosure () -> String) -> Bool {
        if let first = seen[key] {
            issues.append(DataIssue(.error, file: row.file.path, line: row.line, column: 1,
                                    "duplicate key \(describe()): already on line \(first)"))
            return true
        }
        seen[key] = row.line
        return false
    }
}
