import Foundation

/// Paths of the files under `Tests/Fixtures`, found from this source file, so that tests run
/// from any working directory of a fresh clone.
public enum Fixtures {
    /// `Tests/Fixtures`.
    public static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package's root folder.
    public static let packageRoot: URL = directory.deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/netlib`, the Netlib and MIPLIB instances with published optima.
    public static let netlib = directory.appendingPathComponent("netlib")

    /// One row of `netlib/values.csv`.
    public struct ReferenceInstance: Sendable, CustomStringConvertible {
        public let name: String
        public let isMIP: Bool
        public let expectInfeasible: Bool
        /// The published optimum; nil where only the status is checked.
        public let objective: Double?
        public var path: String { netlib.appendingPathComponent(name + ".mps").path }
        public var description: String { name }
    }

    /// Every instance of `values.csv`, in file order.
    public static let referenceInstances: [ReferenceInstance] = {
        guard let text = try? String(contentsOf: netlib.appendingPathComponent("values.csv"), encoding: .utf8) else {
            return []
        }
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return ReferenceInstance(
                name: fields[0], isMIP: fields[1] == "mip", expectInfeasible: fields[2] == "infeasible",
                objective: Double(fields[3]))
        }
    }()
}
