import Foundation

/// Why a result folder could not be written.
public struct ResultWriteError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    /// The folder exists and `force` was not given.
    public let exists: Bool
    public var description: String { "\(path): \(message)" }
}

/// Writes a result folder atomically: every file goes into a temporary folder beside the target,
/// which is renamed into place when complete (SPEC §6), so an interrupted run leaves no
/// half-written results. An existing folder is replaced only with `force`.
public enum ResultFolderWriter {
    /// Writes `files` and copies of the folders `copying` (name in the result folder, source
    /// folder) into `target`.
    public static func write(_ files: [(name: String, contents: String)], copying folders: [(name: String, source: String)] = [],
                             to target: String, force: Bool) throws(ResultWriteError) {
        let fm = FileManager.default
        let target = (target as NSString).standardizingPath
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists && !force {
            throw ResultWriteError(path: target, message: "the result folder exists; use --force to replace it", exists: true)
        }
        if exists && !isDirectory.boolValue {
            throw ResultWriteError(path: target, message: "exists and is not a folder", exists: true)
        }
        let parent = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = (parent as NSString).appendingPathComponent(".\(base).tmp-\(tag)")
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            for (name, contents) in files {
                try Data(contents.utf8).write(to: URL(fileURLWithPath: (temporary as NSString).appendingPathComponent(name)))
            }
            for (name, source) in folders {
                try fm.copyItem(atPath: source, toPath: (temporary as NSString).appendingPathComponent(name))
            }
            if exists {
                let old = (parent as NSString).appendingPathComponent(".\(base).old-\(tag)")
                try fm.moveItem(atPath: target, toPath: old)
                try fm.moveItem(atPath: temporary, toPath: target)
                try? fm.removeItem(atPath: old)
            } else {
                try fm.moveItem(atPath: temporary, toPath: target)
            }
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw ResultWriteError(path: target, message: "could not write the results: \(error.localizedDescription)", exists: false)
        }
    }
}
