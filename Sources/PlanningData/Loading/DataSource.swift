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
    /// The folder, as the user gave it.
    public let folder: String

    /// The data set in `folder`; nothing is read until `contents(of:)`.
    public init(folder: String) { self.folder = folder }

    /// The folder, as given.
    public var name: String { folder }

    /// The bytes of `folder/file`, or nil when it cannot be read.
    public func contents(of file: String) -> [UInt8]? {
        FileManager.default.contents(atPath: displayPath(of: file)).map { [UInt8]($0) }
    }

    /// `folder/file`.
    public func displayPath(of file: String) -> String {
        UserPath.join(folder, file)
    }
}

/// Files held in memory, keyed by file name.
public struct InMemorySource: DataSource {
    /// File name (e.g. "regions.csv") → bytes.
    public var files: [String: [UInt8]]
    /// How the data set is named in messages.
    public let name: String

    /// A data set of `files`, named `name` in messages.
    public init(name: String = "memory", files: [String: [UInt8]]) {
        self.name = name
        self.files = files
    }

    /// The bytes of `file`, or nil when there is no such file.
    public func contents(of file: String) -> [UInt8]? { files[file] }
    /// `name/file`.
    public func displayPath(of file: String) -> String { name + "/" + file }
}
