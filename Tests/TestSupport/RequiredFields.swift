import Testing

/// Fields of a result-file row read back in a test: a missing or malformed field fails the test
/// at the caller's line (through `#require`) instead of trapping on a force unwrap.
extension Dictionary where Key == String, Value == String {
    /// The field `column`, which must be present.
    public func text(_ column: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(self[column], "no column \(column)", sourceLocation: sourceLocation)
    }

    /// The field `column` as a number.
    public func number(_ column: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
        let field = try text(column, sourceLocation: sourceLocation)
        return try #require(Double(field), "\(column) = \(field) is not a number", sourceLocation: sourceLocation)
    }

    /// The field `column` as an integer.
    public func integer(_ column: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let field = try text(column, sourceLocation: sourceLocation)
        return try #require(Int(field), "\(column) = \(field) is not an integer", sourceLocation: sourceLocation)
    }

    /// The fields `columns` joined by "/", as a key of the row.
    public func key(_ columns: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try columns.map { try text($0, sourceLocation: sourceLocation) }.joined(separator: "/")
    }
}

/// Members of a JSON object read back in a test (`summary.json`, `run.json`).
extension Dictionary where Key == String, Value == Any {
    /// The member `name` as a number.
    public func number(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
        try #require(self[name] as? Double, "\(name) is not a number: \(String(describing: self[name]))", sourceLocation: sourceLocation)
    }

    /// The member `name` as a JSON object.
    public func object(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(self[name] as? [String: Any], "\(name) is not an object", sourceLocation: sourceLocation)
    }
}
