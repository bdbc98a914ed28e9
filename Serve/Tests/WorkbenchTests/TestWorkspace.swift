import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Workbench

/// A workspace of its own for each test: copies of shipped scenarios and the default data set
/// in a temporary folder, plus a scenario file that does not read and a file outside it.
struct TestWorkspace {
    let root: URL
    /// A file beside the workspace (outside it), which no request may read.
    let outsideFile: URL

    init() throws {
        let fm = FileManager.default
        let base = temporaryPath("workbench")
        root = base.appendingPathComponent("ws")
        outsideFile = base.appendingPathComponent("hemlig.yaml")
        let scenarios = repositoryRoot.appendingPathComponent("Scenarios")
        try fm.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("nivastrukturering"), withIntermediateDirectories: true)
        try fm.copyItem(at: scenarios.appendingPathComponent("data/mellansverige-2024"), to: root.appendingPathComponent("data/mellansverige-2024"))
        for file in ["summer-2024.yaml", "summer-2024-ward-closure.yaml", "nivastrukturering/tavi.yaml"] {
            try fm.copyItem(at: scenarios.appendingPathComponent(file), to: root.appendingPathComponent(file))
        }
        try "name: Trasig\nkind: summer\nweeks: 99\n".write(to: root.appendingPathComponent("trasig.yaml"), atomically: true, encoding: .utf8)
        try "name: Hemlig\nkind: summer\nhemligt: ja\n".write(to: outsideFile, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    func workbench(token: String? = nil, maxBodyBytes: Int = 64 * 1024) throws -> Workbench {
        var configuration = WorkbenchConfiguration()
        configuration.workspace = root.path
        configuration.token = token
        configuration.maxBodyBytes = maxBodyBytes
        return try Workbench(configuration: configuration)
    }

    /// Runs `body` against the workbench's router in process.
    func test<Value: Sendable>(token: String? = nil, maxBodyBytes: Int = 64 * 1024,
                               _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = Application(router: try workbench(token: token, maxBodyBytes: maxBodyBytes).router())
        return try await app.test(.router, body)
    }
}

/// The repository's root folder (this file is Serve/Tests/WorkbenchTests/TestWorkspace.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A new path in the temporary folder.
func temporaryPath(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("samplan-\(name)-\(UUID().uuidString)")
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// A form body, URL-encoded.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let text = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    return ByteBuffer(string: text)
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
