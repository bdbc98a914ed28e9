import Foundation

/// What a part of a sharded run is, written into the part's folder as `shard-I-of-N.json` so that
/// `samplan merge` can check that the parts it is given belong together (docs/batch.md).
///
/// Every manifest has `kind`, `shard` (I) and `of` (N); the rest depends on the kind. `merge`
/// reads those three first and hands the part to the merger of its kind, so another kind of
/// sharded run (the draws of an uncertainty run, docs/SPEC.md §10) adds a kind and a merger, nothing else.
struct ShardManifestHeader: Codable, Sendable {
    /// `batch` today.
    let kind: String
    /// I, 1-based.
    let shard: Int
    /// N.
    let of: Int
    /// The samplan that wrote the part.
    let samplanVersion: String

    enum CodingKeys: String, CodingKey {
        case kind, shard, of
        case samplanVersion = "samplan_version"
    }

    /// `shard-I-of-N.json`.
    static func fileName(shard: Int, of count: Int) -> String { "shard-\(shard)-of-\(count).json" }

    /// (I, N) of a manifest's file name, or nil for any other file.
    static func parseFileName(_ name: String) -> (shard: Int, of: Int)? {
        guard name.hasPrefix("shard-"), name.hasSuffix(".json") else { return nil }
        let middle = name.dropFirst("shard-".count).dropLast(".json".count)
        let parts = middle.components(separatedBy: "-of-")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), String(i) == parts[0], String(n) == parts[1] else { return nil }
        return (i, n)
    }
}

/// A part's whole manifest, of any kind: written the same way by every kind.
protocol PartManifest: Codable, Sendable {}

extension PartManifest {
    /// The manifest as written: sorted keys, two-space indents, a final newline.
    func rendered() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

/// The manifest of a part of `samplan batch --shard I/N`.
struct BatchPartManifest: PartManifest {
    static let kind = "batch"

    let kind: String
    let shard: Int
    let of: Int
    let samplanVersion: String
    let batch: Body

    struct Body: Codable, Sendable {
        /// Every file of the whole batch, sorted as `batch` sorts them: the batch's identity.
        let files: [String]
        /// Whether the CSVs were written with --excel.
        let excel: Bool
        /// This part's `batch-I-of-N.csv`.
        let csv: String
        /// The header of batch.csv.
        let header: [String]
        /// This part's scenarios in file order: the result folder (relative to the part's folder)
        /// and the batch.csv row as its fields before CSV quoting.
        let results: [Result]
    }

    struct Result: Codable, Sendable {
        let file: String
        let folder: String
        let row: [String]
    }

    enum CodingKeys: String, CodingKey {
        case kind, shard, of, batch
        case samplanVersion = "samplan_version"
    }

    init(shard: Int, of count: Int, samplanVersion: String, batch: Body) {
        kind = Self.kind
        self.shard = shard
        of = count
        self.samplanVersion = samplanVersion
        self.batch = batch
    }
}

/// The manifest of a part of `samplan run --shard I/N` of a scenario with an `uncertainty` block
/// (docs/SPEC.md §10): which run it is (scenario, inputs, seed, draws) and its rows of draws.csv.
struct UncertaintyPartManifest: PartManifest {
    static let kind = "uncertainty"

    let kind: String
    let shard: Int
    let of: Int
    let samplanVersion: String
    let uncertainty: Body

    struct Body: Codable, Sendable {
        let scenario: String
        /// SHA-256 of every input: two parts of one run have the same.
        let inputsSHA256: String
        let seed: UInt64
        let draws: Int
        let excel: Bool
        /// The header of draws.csv and this part's rows (fields before CSV quoting), by draw.
        let header: [String]
        let rows: [[String]]
        /// summary.json without `uncertainty`, as rendered.
        let baseSummary: String
        /// The regions' names by id ascending (draws.csv's order), for report.html; nil in older parts.
        var regionNames: [String]? = nil
        /// The base plan's figures as a draws.csv row (draw 0), for the base-plan marks of
        /// report.html; nil in older parts.
        var baseRow: [String]? = nil

        enum CodingKeys: String, CodingKey {
            case scenario, seed, draws, excel, header, rows
            case inputsSHA256 = "inputs_sha256"
            case baseSummary = "base_summary"
            case regionNames = "region_names"
            case baseRow = "base_row"
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, shard, of, uncertainty
        case samplanVersion = "samplan_version"
    }

    init(shard: Int, of count: Int, samplanVersion: String, uncertainty: Body) {
        kind = Self.kind
        self.shard = shard
        of = count
        self.samplanVersion = samplanVersion
        self.uncertainty = uncertainty
    }
}

extension ShardPart {
    /// The parts of a sharded run keyed by their 1-based shard, after checking that every shard
    /// of `count` is given exactly once (the same rule for `batch` and uncertainty parts).
    ///
    /// - Throws: exit 65 naming a shard given twice (with both folders) or the shards missing.
    static func byShard<Manifest>(_ parts: [(part: ShardPart, manifest: Manifest)], of count: Int,
                                  shard: (Manifest) -> Int) throws -> [Int: (part: ShardPart, manifest: Manifest)] {
        var byShard: [Int: (part: ShardPart, manifest: Manifest)] = [:]
        for entry in parts {
            let index = shard(entry.manifest)
            if let earlier = byShard[index] {
                throw JobFailure(.invalidInput, "part \(index) of \(count) is given twice: \(earlier.part.path) and \(entry.part.path)")
            }
            byShard[index] = entry
        }
        let missing = (1...count).filter { byShard[$0] == nil }
        guard missing.isEmpty else {
            let given = byShard.keys.sorted().map(String.init).joined(separator: ", ")
            throw JobFailure(.invalidInput, "\(missing.count == 1 ? "part" : "parts") \(missing.map(String.init).joined(separator: ", ")) "
                               + "of \(count) \(missing.count == 1 ? "is" : "are") missing (given: \(given))")
        }
        return byShard
    }
}
