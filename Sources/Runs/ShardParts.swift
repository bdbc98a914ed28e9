import Foundation
import PlanningData

/// Finding the manifests of the parts of a sharded run.
enum ShardParts {
    /// Every `shard-I-of-N.json` in the folders named, in argument order, then by I.
    static func find(_ folders: [String]) throws -> [ShardPart] {
        let fm = FileManager.default
        var found: [ShardPart] = []
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else {
                throw JobFailure(.missingFile, "\(folder): no such part folder")
            }
            guard isDirectory.boolValue else {
                throw JobFailure(.invalidInput, "\(folder): a part is a folder (the --out folder of a --shard I/N run), not a file")
            }
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: folder) } catch {
                throw JobFailure(.missingFile, "\(folder): cannot read the folder: \(error.localizedDescription)")
            }
            let manifests = names.compactMap { name in ShardManifestHeader.parseFileName(name).map { (name, $0) } }
                .sorted { ($0.1.shard, $0.1.of) < ($1.1.shard, $1.1.of) }
            guard !manifests.isEmpty else {
                throw JobFailure(.invalidInput, "\(folder): not a part of a sharded run: it holds no shard-I-of-N.json "
                                   + "(a part is the --out folder of `samplan batch --shard I/N` or `samplan run --shard I/N`)")
            }
            for (name, (shard, count)) in manifests {
                let path = UserPath.join(folder, name)
                guard let data = fm.contents(atPath: path) else { throw JobFailure(.missingFile, "\(path): cannot read the file") }
                let header: ShardManifestHeader
                do { header = try JSONDecoder().decode(ShardManifestHeader.self, from: data) } catch {
                    throw JobFailure(.invalidInput, "\(path): not a shard manifest: \(describe(error))")
                }
                guard header.shard == shard, header.of == count else {
                    throw JobFailure(.invalidInput, "\(path): the file says it is part \(header.shard) of \(header.of), its name part \(shard) of \(count)")
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
