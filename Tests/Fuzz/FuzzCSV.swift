// libFuzzer target: the CSV reader and the whole data-set loader (issue 15). Built and run by
// Tests/Fuzz/fuzz.sh; never part of the package build.
import Foundation
import PlanningData

/// The tiny test data set, read once; the fuzz input replaces one of its files.
let tinyFiles: [String: [UInt8]] = {
    let folder = ProcessInfo.processInfo.environment["SAMPLAN_FUZZ_TINY"] ?? "Tests/Fixtures/datasets/tiny"
    var files: [String: [UInt8]] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".csv") {
        files[name] = FileManager.default.contents(atPath: folder + "/" + name).map { [UInt8]($0) }
    }
    precondition(!files.isEmpty, "no tiny data set at \(folder)")
    return files
}()
let tinyNames = tinyFiles.keys.sorted()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let table = CSVTable(bytes: bytes)
    for record in [table.header].compactMap({ $0 }) + table.records {
        for field in record.fields {
            // Every place is a real place: lines never go back, columns start at 1.
            precondition(field.line >= record.line && field.column >= 1, "bad position \(field)")
            _ = NumberParsing.parse(field.text, decimalComma: table.allowsDecimalComma)
        }
    }
    for issue in table.issues { precondition(issue.line >= 1 && issue.column >= 1) }
    if let first = bytes.first {
        var files = tinyFiles
        files[tinyNames[Int(first) % tinyNames.count]] = Array(bytes.dropFirst())
        do {
            _ = try DataSetLoader.load(from: InMemorySource(name: "fuzz", files: files))
        } catch {
            for issue in error.issues { precondition(!issue.file.isEmpty) }
            _ = IssueCap.lines(error.issues)
        }
    }
    return 0
}
