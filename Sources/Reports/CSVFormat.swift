import PlanningData

/// How result CSVs are written: `,` and `.` by default; `--excel` gives `;`, a decimal comma and
/// a byte-order mark for Swedish spreadsheets (docs/SPEC.md §7). With `--excel` and a data set
/// (`naming(_:)`), every id column also gets a name column beside it and booleans read ja/nej, so
/// that the file reads in Excel as it is; the default files stay exactly as docs/SPEC.md §7 says.
public struct CSVFormat: Sendable {
    public let excel: Bool
    /// The data set whose names the `--excel` files carry.
    public let names: DataSet?

    public init(excel: Bool, names: DataSet? = nil) {
        self.excel = excel
        self.names = names
    }

    /// This format, with `data`'s names for `--excel` files.
    public func naming(_ data: DataSet) -> CSVFormat { CSVFormat(excel: excel, names: data) }

    /// A number with up to 6 decimals, trailing zeros trimmed.
    public func number(_ value: Double) -> String { NumberFormatting.csv(value, decimalComma: excel) }

    /// An optional number: empty when undefined.
    public func number(_ value: Double?) -> String { value.map(number) ?? "" }

    public func render(_ document: CSVDocument) -> String {
        excel ? ExcelNaming.named(document, names).rendered(excel: true) : document.rendered()
    }
}

/// The `--excel` additions: a `<column>_name` column after each id column, and ja/nej for booleans.
public enum ExcelNaming {
    /// The id columns that get a name column, and how an id becomes a name.
    static func namer(for column: String, _ d: DataSet) -> ((String) -> String)? {
        switch column {
        case "region", "origin_region", "producing_region", "from_region", "to_region", "home_region":
            return { id in d.regionIndex[id].map { d.regions[$0].name } ?? id }
        case "hospital", "from_hospital", "to_hospital":
            return { id in d.hospitalIndex[id].map { d.hospitals[$0].name } ?? id }
        case "specialty":
            return { id in d.specialtyIndex[id].map { d.specialties[$0].name } ?? id }
        case "care_type":
            return { id in CareType(rawValue: id)?.swedishName ?? id }
        case "open_sites":
            return { ids in SwedishNames.sites(ids, d) }
        default:
            return nil
        }
    }

    public static func named(_ document: CSVDocument, _ data: DataSet?) -> CSVDocument {
        let namers = document.header.map { column in data.flatMap { namer(for: column, $0) } }
        var header: [String] = []
        for (k, column) in document.header.enumerated() {
            header.append(column)
            if namers[k] != nil { header.append(column + "_name") }
        }
        var out = CSVDocument(header: header)
        for row in document.rows {
            var fields: [String] = []
            fields.reserveCapacity(header.count)
            for (k, field) in row.enumerated() {
                fields.append(field == "true" ? "ja" : field == "false" ? "nej" : field)
                if let namer = namers[k] { fields.append(field.isEmpty ? "" : namer(field)) }
            }
            out.append(fields)
        }
        return out
    }
}
