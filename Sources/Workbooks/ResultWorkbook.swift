import Foundation
import PlanningData
import Reports

/// The workbook of a result folder (docs/SPEC.md §7): the summary first (`summary.json`, or
/// `comparison.json` of a compare), then one sheet per CSV file in a fixed order, the status
/// quo's files last; Swedish headings, ids shown as the data set's Swedish names, numbers as
/// numbers. It reads the files as written, so it serves every kind of result folder and either
/// CSV dialect (`--excel` too), and a workbook never disagrees with the CSVs beside it.
public enum ResultWorkbook {
    /// The file name of the workbook in a result folder.
    public static let fileName = "tabeller.xlsx"

    /// The sheets of the result folder at `folder`.
    /// - Throws: `WorkbookError` when the folder holds no result table, or a file is not valid.
    public static func sheets(folder: URL, names: WorkbookNames = WorkbookNames()) throws(WorkbookError) -> [WorkbookSheet] {
        var files: [(name: String, bytes: [UInt8])] = []
        for sub in ["", "status_quo/"] {
            let directory = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            for entry in entries.sorted() where entry.hasSuffix(".csv") || entry == "summary.json" || entry == "comparison.json" {
                if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(entry).path) {
                    files.append((sub + entry, Array(data)))
                }
            }
        }
        return try sheets(files: files, names: names)
    }

    /// The sheets of a result folder's files, given as (path in the folder, bytes).
    public static func sheets(files: [(name: String, bytes: [UInt8])], names: WorkbookNames = WorkbookNames()) throws(WorkbookError) -> [WorkbookSheet] {
        var sheets: [WorkbookSheet] = []
        for summaryName in ["summary.json", "comparison.json"] {
            guard let file = files.first(where: { $0.name == summaryName }) else { continue }
            guard let json = JSONReader.parse(String(decoding: file.bytes, as: UTF8.self)) else {
                throw WorkbookError("\(summaryName): not a JSON document")
            }
            sheets.append(summary(json, title: summaryName == "summary.json" ? "Sammanfattning" : "Jämförelse", names: names))
        }
        let csvs = files.filter { $0.name.hasSuffix(".csv") }
        for file in csvs.sorted(by: { order($0.name) < order($1.name) }) {
            sheets.append(try table(file.bytes, file: file.name, names: names))
        }
        guard !sheets.isEmpty else { throw WorkbookError("the folder holds no result table") }
        return sheets
    }

    /// Writes the workbook of the result folder at `folder` to `path`.
    public static func write(folder: URL, names: WorkbookNames = WorkbookNames(), to path: String) throws(WorkbookError) {
        try XLSXWriter.write(sheets(folder: folder, names: names), to: path)
    }

    /// Sort key of a CSV file: known files in `ResultColumns.sheets` order, others by name, the
    /// status quo's after the plan's.
    static func order(_ name: String) -> (Int, Int, String) {
        let statusQuo = name.hasPrefix("status_quo/")
        let stem = String(UserPath.lastComponent(name).dropLast(4))
        let known = ResultColumns.sheets.firstIndex { $0.file == stem } ?? ResultColumns.sheets.count
        return (statusQuo ? 1 : 0, known, stem)
    }

    /// The tab name of a CSV file: its Swedish name, "Nuläget – " in front for the status quo's.
    static func sheetName(_ file: String) -> String {
        let stem = String(UserPath.lastComponent(file).dropLast(4))
        let base = ResultColumns.sheets.first { $0.file == stem }?.sheet ?? stem
        let name = file.hasPrefix("status_quo/") ? "Nuläget – " + base.lowercased() : base
        // Characters Excel refuses in a tab name, and its 31-character limit.
        return String(String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }).prefix(31))
    }

    /// One CSV file as a sheet: numeric columns as numbers, id columns as names.
    static func table(_ bytes: [UInt8], file: String, names: WorkbookNames) throws(WorkbookError) -> WorkbookSheet {
        let csv = CSVTable(bytes: bytes)
        if let issue = csv.issues.first { throw WorkbookError("\(file):\(issue.line):\(issue.column): \(issue.message)") }
        let allColumns = csv.header?.fields.map(\.text) ?? []
        if let bad = csv.records.first(where: { $0.fields.count != allColumns.count }) {
            throw WorkbookError("\(file):\(bad.line): \(bad.fields.count) fields for \(allColumns.count) columns")
        }
        // `--excel` files carry a `<id column>_name` column beside each id column; the workbook
        // shows the names in the id column itself, so those are left out.
        let kept = allColumns.indices.filter { c in
            !(allColumns[c].hasSuffix("_name") && allColumns.contains(String(allColumns[c].dropLast(5))))
        }
        let columns = kept.map { allColumns[$0] }
        let records = csv.records.map { record in kept.map { record.fields[$0].text } }
        var styles: [NumberStyle] = []
        var numeric: [Bool] = []
        for (c, column) in columns.enumerated() {
            var isNumber = ResultColumns.kind(of: column) == .number, integral = true
            if isNumber {
                for row in records where !row[c].isEmpty {
                    guard let value = NumberParsing.parse(row[c], decimalComma: csv.allowsDecimalComma) else { isNumber = false; break }
                    if value != value.rounded() { integral = false }
                }
            }
            numeric.append(isNumber)
            styles.append(isNumber ? ResultColumns.style(of: column, integral: integral) : .text)
        }
        var sheet = WorkbookSheet(name: sheetName(file), header: columns.map { ResultColumns.heading($0, names: names) }, styles: styles)
        for row in records {
            sheet.append(row.indices.map { c in
                if row[c].isEmpty { return .empty }
                if numeric[c], let value = NumberParsing.parse(row[c], decimalComma: csv.allowsDecimalComma) { return .number(value) }
                return .text(names.shown(row[c], column: columns[c]))
            })
        }
        return sheet
    }

    /// A summary document as rows of (what, value): nested objects flattened with their parent's
    /// label in front, lists joined, ids shown as names.
    static func summary(_ json: JSONValue, title: String, names: WorkbookNames) -> WorkbookSheet {
        var sheet = WorkbookSheet(name: title, header: ["Uppgift", "Värde"], styles: [.text, .text])
        func label(_ key: String, parent: String?) -> String {
            var text = ResultColumns.fields[key]
            if text == nil, parent == "net_settlement_sek" || parent == "final_waiting_by_region" { text = names.regions[key] }
            return text ?? key
        }
        func add(_ value: JSONValue, key: String, path: [String], parentKey: String?) {
            let what = (path + [label(key, parent: parentKey)]).joined(separator: ": ")
            switch value {
            case let .object(entries):
                for (k, v) in entries { add(v, key: k, path: path + [label(key, parent: parentKey)], parentKey: key) }
            case let .array(items):
                let texts = items.map { item -> String in
                    if case let .string(s) = item { return key == "open_sites" ? names.hospitals[s] ?? s : s }
                    return item.rendered().trimmingCharacters(in: .whitespacesAndNewlines)
                }
                sheet.append([.text(what), .text(texts.joined(separator: ", "))])
            case let .number(n): sheet.append([.text(what), .styled(n, n == n.rounded() ? .integer : .decimal)])
            case let .int(i): sheet.append([.text(what), .styled(Double(i), .integer)])
            case let .string(s):
                let shown = key == "status" ? ResultColumns.statusNames[s] : key == "kind" ? ResultColumns.kindNames[s] : nil
                sheet.append([.text(what), .text(shown ?? s)])
            case let .bool(b): sheet.append([.text(what), .text(b ? "ja" : "nej")])
            case .null: sheet.append([.text(what), .empty])
            }
        }
        if case let .object(entries) = json {
            for (k, v) in entries { add(v, key: k, path: [], parentKey: nil) }
        }
        return sheet
    }
}
