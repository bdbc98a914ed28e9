/// How result CSVs are written: `,` and `.` by default; `--excel` gives `;`, a decimal comma and
/// a byte-order mark for Swedish spreadsheets (SPEC §7).
public struct CSVFormat: Sendable {
    public let excel: Bool

    public init(excel: Bool) { self.excel = excel }

    /// A number with up to 6 decimals, trailing zeros trimmed.
    public func number(_ value: Double) -> String { NumberFormatting.csv(value, decimalComma: excel) }

    /// An optional number: empty when undefined.
    public func number(_ value: Double?) -> String { value.map(number) ?? "" }

    public func render(_ document: CSVDocument) -> String { document.rendered(excel: excel) }
}
