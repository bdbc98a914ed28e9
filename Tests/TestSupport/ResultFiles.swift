import Foundation

/// A CSV result file read back for checking: header and rows of fields (`,` files only).
public struct ResultCSV: Sendable {
    public let header: [String]
    public let rows: [[String: String]]

    public init(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
        self.header = header
        rows = lines.dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    public func number(_ row: [String: String], _ column: String) -> Double { Double(row[column] ?? "") ?? .nan }
}

/// A fresh temporary folder path (not created).
public func temporaryPath(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("samplan-\(name)-\(UUID().uuidString)")
}

/// The JSON object in a file.
public func jsonObject(_ url: URL) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
}
