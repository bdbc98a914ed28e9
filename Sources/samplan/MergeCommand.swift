import ArgumentParser
import Foundation
import PlanningData

/// `samplan merge PART... --out DIR`: joins the parts of a sharded run into the folder a single
/// run writes (SPEC §6).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the parts written by --shard I/N runs into the result a single run would have written.",
        discussion: """
            Each PART is a folder holding one or more shard-I-of-N.json files (the --out folder of a \
            `samplan batch --shard I/N`; parts may share one folder). The parts must be of one run, with one \
            shard count, every shard exactly once. The merged folder equals a single run's but for run.json \
            (and batch.csv's `seconds` column, which times each scenario). Exit 65 when the parts do not fit \
            together, 66 when a PART does not exist, 64 for usage errors, 3 when the merged batch has failed scenarios. \
            See docs/batch.md.
            """
    )

    @Argument(help: "The folders of the parts.")
    var parts: [String]

    @Option(help: "The merged result folder.")
    var out: String

    @Flag(help: "Replace an existing result folder.")
    var force = false

    func run() throws {
        let start = ContinuousClock.now
        let found = try ShardParts.find(parts)
        let target = UserPath.normalize(out)
        if let clash = found.first(where: { canonical($0.folder) == canonical(target) }) {
            throw Console.fail(.usage, "\(out): --out names a part's folder (\(clash.folder)); merge into a new folder")
        }
        if !force && FileManager.default.fileExists(atPath: target) {
            throw Console.fail(.usage, "\(out): the result folder exists; use --force to replace it")
        }
        let kinds = Set(found.map(\.header.kind))
        guard kinds.count == 1, let kind = kinds.first else {
            let list = found.map { "\($0.path) is \($0.header.kind)" }.joined(separator: ", ")
            throw Console.fail(.invalidInput, "the parts are of different kinds of run: \(list)")
        }
        // One merger per kind of sharded run.
        switch kind {
        case BatchPartManifest.kind:
            try BatchMerge.merge(found, into: target, force: force, start: start)
        default:
            throw Console.fail(.invalidInput, "\(found[0].path): parts of kind `\(kind)` are not known to samplan \(Samplan.version); it merges: batch")
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

enum ShardParts {
    /// Every `shard-I-of-N.json` in the folders named, in argument order, then by I.
    static func find(_ folders: [String]) throws -> [ShardPart] {
        let fm = FileManager.default
        var found: [ShardPart] = []
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else {
                throw Console.fail(.missingFile, "\(folder): no such part folder")
            }
            guard isDirectory.boolValue else {
                throw Console.fail(.invalidInput, "\(folder): a part is a folder (the --out folder of a --shard I/N run), not a file")
            }
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: folder) } catch {
                throw Console.fail(.missingFile, "\(folder): cannot read the folder: \(error.localizedDescription)")
            }
            let manifests = names.compactMap { name in ShardManifestHeader.parseFileName(name).map { (name, $0) } }
                .sorted { ($0.1.shard, $0.1.of) < ($1.1.shard, $1.1.of) }
            guard !manifests.isEmpty else {
                throw Console.fail(.invalidInput, "\(folder): not a part of a sharded run: it holds no shard-I-of-N.json "
                                   + "(a part is the --out folder of `samplan batch --shard I/N`)")
            }
            for (name, (shard, count)) in manifests {
                let path = UserPath.join(folder, name)
                guard let data = fm.contents(atPath: path) else { throw Console.fail(.missingFile, "\(path): cannot read the file") }
                let header: ShardManifestHeader
                do { header = try JSONDecoder().decode(ShardManifestHeader.self, from: data) } catch {
                    throw Console.fail(.invalidInput, "\(path): not a shard manifest: \(describe(error))")
                }
                guard header.shard == shard, header.of == count else {
                    throw Console.fail(.invalidInput, "\(path): the file says it is part \(header.shard) of \(header.of), its name part \(shard) of \(count)")
                }
                found.append(ShardPart(folder: folder, path: path, header: header, data: data))
            }
        }
        return found
    }

    /// A decoding error in words.
    static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, context):
            return "missing `\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))`"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "`\(context.codingPath.map(\.stringValue).joined(separator: "."))`: \(context.debugDescription)"
        case let DecodingError.dataCorrupted(context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }
}
