import Foundation
import PlanningData

/// `samplan merge PART... --out DIR`: joins the parts of a sharded run into the folder a single
/// run writes (docs/SPEC.md §6), by the merger of their kind.
struct MergeJob {
    let request: MergeRequest
    let control: RunControl

    func run() throws -> JobOutcome {
        let start = ContinuousClock.now
        let found = try ShardParts.find(request.parts)
        let target = UserPath.normalize(request.out)
        if let clash = found.first(where: { canonical($0.folder) == canonical(target) }) {
            throw JobFailure(.usage, "\(request.out): --out names a part's folder (\(clash.folder)); merge into a new folder")
        }
        // Checked as the user wrote it, written where it resolves to.
        _ = try ResultFolder.checked(request.out, force: request.force)
        let folder = ResultFolder(path: target, force: request.force)
        let kinds = Set(found.map(\.header.kind))
        guard kinds.count == 1, let kind = kinds.first else {
            let list = found.map { "\($0.path) is \($0.header.kind)" }.joined(separator: ", ")
            throw JobFailure(.invalidInput, "the parts are of different kinds of run: \(list)")
        }
        // One merger per kind of sharded run.
        switch kind {
        case BatchPartManifest.kind:
            return try BatchMerge(found: found, folder: folder, start: start, control: control).merge()
        case UncertaintyPartManifest.kind:
            return try UncertaintyMerge(found: found, folder: folder, start: start, control: control).merge()
        default:
            throw JobFailure(.invalidInput, "\(found[0].path): parts of kind `\(kind)` are not known to samplan \(SamplanVersion.current); it merges: batch, uncertainty")
        }
    }

    private func canonical(_ path: String) -> String {
        URL(fileURLWithPath: UserPath.absolute(path)).resolvingSymlinksInPath().path
    }
}

/// One part's manifest found on disk.
struct ShardPart: Sendable {
    /// The folder the manifest is in; result folders are relative to it.
    let folder: String
    /// The manifest file.
    let path: String
    let header: ShardManifestHeader
    let data: Data
}

extension RunFacts.Merged {
    /// The run.json facts of a merge of `byShard` (1…count).
    init<Manifest>(kind: String, byShard: [Int: (part: ShardPart, manifest: Manifest)], count: Int, start: ContinuousClock.Instant) {
        self.init(kind: kind, parts: (1...count).map { i in
            let part = byShard[i]!.part
            return (part.path, i, count, part.header.samplanVersion)
        }, seconds: (ContinuousClock.now - start).seconds)
    }
}
