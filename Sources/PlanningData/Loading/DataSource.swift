import Foundation

/// Where a data set's files come from: a folder, or memory (tests and fuzzing).
public protocol DataSource: Sendable {
    /// How the data set is named in messages.
    var name: String { get }
    /// The bytes of `file`, or nil when it does not exist.
    func contents(of file: String) -> [UInt8]?
    /// How `file` is named in messages.
    func displayPath(of file: String) -> String
}

/// A data set folder on disk.
public struct FolderSource: DataSource {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public var name: String { folder }

    public func contents(of file: String) -> [UInt8]? {
        FileManager.default.contents(atPath: displayPath(of: file)).map { [UInt8]($0) }
    }

    public func displayPath(of file: String) -> String {
        UserPath.join(folder, file)
    }
}

/// Files held in memory, keyed by file name.
public struct InMemorySource: DataSource {
    public var files: [String: [UInt8]]
    public let name: String

    public init(name: String = "memory", files: [String: [UInt8]]) {
        self.name = name
        self.files = files
    }

    public func contents(of file: String) -> [UInt8]? { files[file] }
    public func displayPath(of file: String) -> String { name + "/" + file }
}
