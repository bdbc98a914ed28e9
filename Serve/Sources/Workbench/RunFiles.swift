import Foundation

/// The files of one run's result folder: listing them for the run's page and finding the one a
/// download asks for, never anything outside the folder.
struct RunFiles {
    /// The result folder, absolute, with symlinks resolved.
    let folder: URL

    /// One file for the list: its path inside the folder (`status_quo/flows.csv`) and size in bytes.
    struct Entry: Equatable {
        let path: String
        let bytes: Int
    }

    /// Every regular file in the folder and its subfolders, sorted by path; hidden files and
    /// symlinks are left out.
    func list() -> [Entry] {
        var out: [Entry] = []
        let fm = FileManager.default
        func walk(_ directory: URL, prefix: String, depth: Int) {
            guard depth < 4, let names = try? fm.contentsOfDirectory(atPath: directory.path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = directory.appendingPathComponent(name)
                guard let attributes = try? fm.attributesOfItem(atPath: url.path) else { continue }
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?: walk(url, prefix: prefix + name + "/", depth: depth + 1)
                case .typeRegular?: out.append(Entry(path: prefix + name, bytes: (attributes[.size] as? NSNumber)?.intValue ?? 0))
                default: continue
                }
            }
        }
        walk(folder, prefix: "", depth: 0)
        return out.sorted { $0.path < $1.path }
    }

    /// The regular file at `relative` (percent-decoded) inside the folder.
    ///
    /// - Throws: `WorkspacePathError` when the path is absolute, climbs with `..`, holds a NUL or
    ///   backslash, names a hidden file, or leads (through a symlink) out of the folder;
    ///   `WorkbenchError.notFound` when there is no such regular file.
    func file(_ relative: String) throws -> URL {
        let refuse = { (reason: String) in WorkspacePathError(path: relative, reason: reason) }
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~") else { throw refuse("absoluta sökvägar är inte tillåtna") }
        guard !relative.contains("\0"), !relative.contains("\\") else { throw refuse("otillåtet tecken i sökvägen") }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { throw WorkbenchError.notFound("Ange vilken fil du vill hämta.") }
        guard !parts.contains(where: { $0 == ".." }) else { throw refuse("sökvägen får inte gå uppåt i mapparna") }
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { throw refuse("dolda filer visas inte") }
        let joined = parts.reduce(folder) { $0.appendingPathComponent(String($1)) }
        let real = joined.resolvingSymlinksInPath().standardizedFileURL
        let root = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        guard real.path.hasPrefix(root) else { throw refuse("sökvägen leder ut ur körningens mapp") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw WorkbenchError.notFound("Körningen har ingen fil \(relative).")
        }
        return real
    }

    /// The content type a file is sent with.
    static func contentType(_ path: String) -> String {
        switch UserPathExtension.of(path) {
        case "html": return "text/html; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "json": return "application/json"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "txt", "log": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}

/// A file name's extension, lowercased (`report.HTML` → `html`).
enum UserPathExtension {
    static func of(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }
}
