import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Workbench

/// Only files inside the workspace; a token when one is set; capped bodies; no stack traces.
@Suite("Workbench security")
struct SecurityTests {
    /// Attempts to read the file beside the workspace (`hemlig.yaml`) or system files.
    static let traversals = [
        "/scenarier/../hemlig.yaml",
        "/scenarier/%2e%2e/hemlig.yaml",
        "/scenarier/%2E%2E%2Fhemlig.yaml",
        "/scenarier/nivastrukturering/../../hemlig.yaml",
        "/scenarier/..%2f..%2fetc/passwd",
        "/scenarier//etc/passwd",
        "/scenarier/%2fetc%2fpasswd",
        "/scenarier/data/..%5c..%5chemlig.yaml",
        "/scenarier/.samplan/historik.sqlite",
        "/scenarier/l%C3%A4nk-ut.yaml",
        "/scenarier/mapp-ut/hemlig.yaml",
        "/variant?fran=../hemlig.yaml",
        "/variant?fran=%2e%2e/hemlig.yaml",
        "/variant?fran=/etc/passwd",
        "/variant?fran=l%C3%A4nk-ut.yaml",
    ]

    @Test func pathTraversalIsRefused() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        // Symlinks inside the workspace that lead out of it: to a file and to a folder.
        try FileManager.default.createSymbolicLink(at: ws.root.appendingPathComponent("länk-ut.yaml"), withDestinationURL: ws.outsideFile)
        try FileManager.default.createSymbolicLink(at: ws.root.appendingPathComponent("mapp-ut"),
                                                   withDestinationURL: ws.outsideFile.deletingLastPathComponent())
        try await ws.test { client in
            for uri in Self.traversals {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect([.forbidden, .notFound, .badRequest].contains(response.status), "\(uri): \(response.status)")
                    #expect(!response.text.contains("hemligt") && !response.text.contains("root:"), "\(uri)")
                    #expect(response.text.contains("<html lang=\"sv\">"), "\(uri)")
                }
            }
            // The list does not show the symlinked file either.
            try await client.execute(uri: "/", method: .get) { response in
                #expect(!response.text.contains("länk-ut") && !response.text.contains("Hemlig"))
            }
            // Writing through a link out of the workspace is refused as well.
            try await client.execute(uri: "/variant?fran=mapp-ut/hemlig.yaml", method: .post, headers: formHeaders,
                                     body: formBody([("namn", "x"), ("fil", "x")])) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: ws.outsideFile.deletingLastPathComponent().appendingPathComponent("x.yaml").path))
    }

    @Test(arguments: ["../x.yaml", "/etc/passwd", "a/../../x", ".samplan/historik.sqlite", "a\\..\\x", "~/x", ""])
    func workspaceRefusesPaths(_ path: String) throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let workspace = try Workspace(folder: ws.root.path)
        #expect(throws: WorkspacePathError.self) { try workspace.resolve(path) }
    }

    @Test func workspaceAcceptsPathsInside() throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let workspace = try Workspace(folder: ws.root.path)
        #expect(try workspace.resolve("summer-2024.yaml").path == ws.root.resolvingSymlinksInPath().appendingPathComponent("summer-2024.yaml").path)
        #expect(try workspace.resolve("nivastrukturering/ny.yaml").lastPathComponent == "ny.yaml")
        // A symlink that stays inside is followed.
        try FileManager.default.createSymbolicLink(at: ws.root.appendingPathComponent("genväg.yaml"),
                                                   withDestinationURL: ws.root.appendingPathComponent("summer-2024.yaml"))
        #expect(try workspace.resolve("genväg.yaml").lastPathComponent == "summer-2024.yaml")
    }

    static let token = "0123456789abcdef0123456789abcdef"

    @Test func tokenIsRequiredOnEveryRequest() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test(token: Self.token) { client in
            for uri in ["/", "/historik", "/scenarier/summer-2024.yaml", "/finns-inte", "/halsa"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    #expect(response.text.contains("Nyckel krävs"), "\(uri)")
                    #expect(!response.text.contains("Sommar 2024"))
                }
                try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer wrong-token-0123456789abcdef"]) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                }
            }
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: formHeaders,
                                     body: formBody([("namn", "x"), ("fil", "utan-nyckel")])) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer \(Self.token)"]) { response in
                #expect(response.status == .ok)
            }
            // Opening a page with ?token= sets a cookie that the browser then sends.
            try await client.execute(uri: "/?token=\(Self.token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.setCookie]?.contains("samplan_token=\(Self.token)") == true)
                #expect(response.headers[.setCookie]?.contains("HttpOnly") == true)
            }
            try await client.execute(uri: "/historik", method: .get, headers: [.cookie: "samplan_token=\(Self.token)"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/historik", method: .get, headers: [.cookie: "samplan_token=fel"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("utan-nyckel.yaml").path))
    }

    @Test func nonLoopbackHostsNeedATokenAndOneIsGenerated() {
        #expect(WorkbenchConfiguration.isLoopback("127.0.0.1") && WorkbenchConfiguration.isLoopback("::1"))
        #expect(!WorkbenchConfiguration.isLoopback("0.0.0.0") && !WorkbenchConfiguration.isLoopback("192.168.1.10"))
        let a = WorkbenchConfiguration.generateToken(), b = WorkbenchConfiguration.generateToken()
        #expect(a.count == 32 && a != b && a.allSatisfy(\.isHexDigit))
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test(maxBodyBytes: 1024) { client in
            let big = formBody([("namn", String(repeating: "x", count: 5000)), ("fil", "stor")])
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: formHeaders, body: big) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("för stort"))
            }
            // Without a declared length (chunked), the cap holds while reading.
            var headers = formHeaders
            headers[.transferEncoding] = "chunked"
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: headers, body: big) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/historik/1/ta-bort", method: .post, headers: formHeaders, body: big) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("stor.yaml").path))
    }

    @Test func formsFromAnotherSiteAreRefused() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test { client in
            // The in-process client sends its requests to the host "localhost".
            var headers = formHeaders
            headers[.origin] = "http://evil.example"
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: headers,
                                     body: formBody([("namn", "x"), ("fil", "fran-annan-sajt")])) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("annan webbplats"))
            }
            headers[.origin] = "http://localhost"
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: headers,
                                     body: formBody([("namn", "Samma sajt"), ("fil", "fran-samma-sajt")])) { response in
                #expect(response.status == .seeOther)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("fran-annan-sajt.yaml").path))
        #expect(FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("fran-samma-sajt.yaml").path))
    }
}
