import ArgumentParser
import Runs

/// Where and how a command writes its result folder.
struct ResultFolderOptions: ParsableArguments {
    @Option(help: "The result folder.")
    var out: String?

    @Flag(help: "Replace an existing result folder.")
    var force = false

    @Flag(help: "Write CSVs for Swedish spreadsheets: `;`, decimal comma, byte-order mark.")
    var excel = false

    @Flag(help: "Also write tabeller.xlsx, an Excel workbook of every table, into the result folder.")
    var xlsx = false

    /// As the run layer takes it.
    var options: ResultOptions {
        ResultOptions(out: out, force: force, excel: excel, xlsx: xlsx)
    }
}
