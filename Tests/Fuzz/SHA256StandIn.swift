// Fuzz builds only (Tests/Fuzz/fuzz.sh): PlanningData is compiled from its sources with swiftc so
// that the readers are instrumented, but swift-crypto (C and assembly under SwiftPM) is not built
// that way. This file takes the place of PlanningData/Support/SHA256.swift in those builds: the
// same API, so the module compiles; no fuzz target hashes anything, and the real SHA-256 is tested
// by PlanningDataTests/SHA256Tests in the SwiftPM build.

/// The API of PlanningData's SHA-256, without a digest: it is never called by the fuzz targets.
public struct SHA256: Sendable {
    private var count = 0
    public init() {}
    public mutating func update(_ bytes: [UInt8]) { count += bytes.count }
    public mutating func update(_ text: String) { count += text.utf8.count }
    /// Not a digest: the fuzz build has no SHA-256 (see the top of this file).
    public func hexDigest() -> String { String(repeating: "0", count: 64) }
}
