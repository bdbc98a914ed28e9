/// A problem in a scenario file: where, at which key path, and what is wrong.
public struct ScenarioIssue: Sendable, Hashable, CustomStringConvertible {
    /// Nil for a problem without a place in a file (a missing scenario file).
    public let location: SourceLocation?
    /// The key path, e.g. `solver.time_limit_s` or `adjust[2].capacity.hospital`; empty for the document.
    public let keyPath: String
    public let message: String
    /// Whether the problem is a file that does not exist (exit code 66).
    public let isMissingFile: Bool

    public init(_ location: SourceLocation?, _ keyPath: String, _ message: String, isMissingFile: Bool = false) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
        self.isMissingFile = isMissingFile
    }

    /// `FILE:LINE:COLUMN: key.path: message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return place + (keyPath.isEmpty ? "" : "\(keyPath): ") + message
    }
}

/// Every problem found in a scenario and what it refers to.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public let issues: [ScenarioIssue]

    public init(_ issues: [ScenarioIssue]) { self.issues = issues }

    public var hasMissingFile: Bool { issues.contains(where: \.isMissingFile) }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
