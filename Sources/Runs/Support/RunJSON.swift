import Foundation
import LinearProgramming
import Reports

/// What run.json records of a job (docs/SPEC.md §7): the one description every job kind fills in, and
/// the one function that renders it.
struct RunFacts {
    /// A job that solved models: solver, iterations and seconds per phase, notes.
    struct Solved {
        var solver: any LinearSolver
        var iterations: [(String, Int)]
        var seconds: [(String, Double)]
        var notes: [String]
        var maxBoundViolation: Double?
        /// The decomposed solves (name, result), the threads and the wall time of the solve
        /// phase; nil for a job that does not decompose (level structuring).
        var decomposition: (results: [(String, SolveResult)], jobs: Int, elapsedSeconds: Double)?
    }

    /// A merge of the parts of a sharded run.
    struct Merged {
        var kind: String
        /// Per part: its manifest's path, shard, count and the samplan that wrote it.
        var parts: [(manifest: String, shard: Int, of: Int, samplanVersion: String)]
        var seconds: Double
    }

    enum Kind {
        case solved(Solved)
        case merged(Merged)
    }

    var kind: Kind

    /// run.json as written.
    func rendered() -> String {
        switch kind {
        case let .solved(s): Self.solvedJSON(s).rendered()
        case let .merged(m): Self.mergedJSON(m).rendered()
        }
    }

    private static func solvedJSON(_ s: Solved) -> JSONValue {
        var json = RunInfo.json(solverName: s.solver.name, solverVersion: s.solver.version, samplanVersion: SamplanVersion.current,
                                iterations: s.iterations, seconds: s.seconds, notes: s.notes, maxBoundViolation: s.maxBoundViolation)
        if let d = s.decomposition {
            json = json.adding(("decomposition", DecompositionInfo.json(d.results, jobs: d.jobs, elapsedSeconds: d.elapsedSeconds)))
        }
        return json
    }

    private static func mergedJSON(_ m: Merged) -> JSONValue {
        .object([
            ("samplan_version", .string(SamplanVersion.current)),
            ("command", .string("merge")),
            ("kind", .string(m.kind)),
            ("parts", .array(m.parts.map { part in
                .object([("manifest", .string(part.manifest)), ("shard", .int(part.shard)), ("of", .int(part.of)),
                         ("samplan_version", .string(part.samplanVersion))])
            })),
            ("seconds", .object([("merge", .number(m.seconds))])),
            ("date", .string(ISO8601DateFormatter().string(from: Date()))),
        ])
    }
}

extension JSONValue {
    /// This object with `field` added before its `date` (the last field of run.json); unchanged
    /// if this is not an object.
    func adding(_ field: (String, JSONValue)) -> JSONValue {
        guard case var .object(pairs) = self else { return self }
        let at = pairs.firstIndex { $0.0 == "date" } ?? pairs.endIndex
        pairs.insert(field, at: at)
        return .object(pairs)
    }
}

/// The version samplan reports (`--version`, run.json, shard manifests).
public enum SamplanVersion {
    public static let current = "0.1.0"
}
