import Foundation
import Hummingbird
import Logging
import Scenario

/// How the workbench is started (the options of `samplan-serve`).
public struct WorkbenchConfiguration: Sendable {
    public var workspace: String = "Scenarios"
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Runs at once; the rest wait in the queue.
    public var jobs: Int = 1
    /// When set, every request must carry it (required for any host but loopback).
    public var token: String?
    /// The largest form body accepted, in bytes.
    public var maxBodyBytes: Int = 64 * 1024

    public init() {}

    /// Whether `host` is a loopback address, where the workbench may run without a token.
    public static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// A new random token for a server on a non-loopback host.
    public static func generateToken() -> String { AccessMiddleware<BasicRequestContext>.generate() }
}

/// The workbench's state shared by the request handlers.
public struct Workbench: Sendable {
    public let configuration: WorkbenchConfiguration
    public let workspace: Workspace
    public let history: RunHistory
    /// Runs started from the pages: at most `configuration.jobs` at once, the rest queued.
    public let queue: RunQueue
    let runner: any ScenarioRunner
    let catalog: ScenarioCatalog

    /// Opens the workspace and its run history (created and migrated; runs a killed server left
    /// queued or running are marked interrupted), running scenarios through the run layer.
    public init(configuration: WorkbenchConfiguration) throws {
        try self.init(configuration: configuration, runner: RunsRunner())
    }

    /// The same with another way of running scenarios (the tests' gated runner).
    public init(configuration: WorkbenchConfiguration, runner: any ScenarioRunner) throws {
        self.configuration = configuration
        workspace = try Workspace(folder: configuration.workspace)
        history = try RunHistory(path: workspace.stateFolder.appendingPathComponent("historik.sqlite").path)
        queue = RunQueue(limit: max(1, configuration.jobs), history: history)
        self.runner = runner
        catalog = ScenarioCatalog(workspace: workspace)
    }

    /// The router with every page, behind the error pages and the access check.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Middleware first: Hummingbird wraps each route added after it.
        router.add(middleware: ErrorPageMiddleware(logger: Logger(label: "samplan-serve")))
        router.add(middleware: AccessMiddleware(token: configuration.token))
        router.get("/") { _, _ in HTMLResponse.make(self.listPage()) }
        router.get("/halsa") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.get("/scenarier/**") { request, _ in try self.scenarioPage(request) }
        router.get("/variant") { request, _ in try self.variantPage(request) }
        router.post("/variant") { request, _ in try await self.submitVariant(request) }
        router.get("/historik") { _, _ in HTMLResponse.make(Pages.history(try self.history.all())) }
        addRunRoutes(router)
        return router
    }

    /// The application serving `router()` on the configured host and port.
    public func application() -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "samplan-serve"))
    }

    // MARK: pages

    func listPage() -> String {
        let latest = (try? history.latestFinished()) ?? [:]
        let entries = workspace.scenarioFiles().map { path -> Pages.ListEntry in
            let document = catalog.document(workspace.root.appendingPathComponent(path))
            let folder = (try? document.get()).map { workspace.relativePath(URL(fileURLWithPath: catalog.dataFolder($0))) }
            return Pages.ListEntry(path: path, document: document, dataFolder: folder, lastRun: latest[path])
        }
        return Pages.list(entries, workspace: workspace.root.path)
    }

    /// The scenario file a request names (the path after `/scenarier/`, or `?fran=`), checked.
    func scenarioFile(_ relative: String) throws -> (path: String, url: URL) {
        let url = try workspace.resolve(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              url.pathExtension == "yaml" || url.pathExtension == "yml" else {
            throw WorkbenchError.notFound("Scenariofilen \(relative) finns inte i arbetsytan.")
        }
        return (workspace.relativePath(url), url)
    }

    /// The raw path after a prefix, percent-decoded once (so `%2e%2e` is seen as `..`).
    static func pathAfter(_ prefix: String, in request: Request) throws -> String {
        let raw = String(request.uri.path.dropFirst(prefix.count))
        guard let decoded = raw.removingPercentEncoding else { throw WorkbenchError(.badRequest, "Sökvägen går inte att tolka.") }
        return decoded
    }

    func scenarioPage(_ request: Request) throws -> Response {
        let (path, url) = try scenarioFile(Self.pathAfter("/scenarier/", in: request))
        let document = catalog.document(url)
        var settings: [(String, String)] = []
        var chain: [String] = [path]
        if let d = try? document.get() {
            let data = catalog.dataSet(of: d)
            let folder = workspace.relativePath(URL(fileURLWithPath: catalog.dataFolder(d)))
            switch d {
            case let .summer(s): settings = SettingsInWords.summer(s, data: data, dataFolder: folder)
            case let .levelStructuring(s): settings = SettingsInWords.level(s, data: data, dataFolder: folder)
            }
            chain = d.files.map { workspace.relativePath(URL(fileURLWithPath: $0)) }
        }
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let notice = request.uri.queryParameters["ny"] != nil ? "Varianten sparades." : nil
        return HTMLResponse.make(Pages.scenario(path: path, document: document, settings: settings, chain: chain, text: text,
                                                runs: (try? history.runs(of: path)) ?? [], notice: notice))
    }

    func parent(_ request: Request) throws -> (path: String, url: URL, document: ScenarioDocument) {
        guard let from = request.uri.queryParameters["fran"] else { throw WorkbenchError(.badRequest, "Ange vilket scenario varianten bygger på (?fran=).") }
        let (path, url) = try scenarioFile(String(from))
        guard let document = try? catalog.document(url).get() else {
            throw WorkbenchError(.unprocessableContent, "Scenariot \(path) går inte att läsa; rätta det innan du gör en variant.")
        }
        return (path, url, document)
    }

    func variantPage(_ request: Request) throws -> Response {
        let (path, _, document) = try parent(request)
        let choices = VariantPage.Choices(data: catalog.dataSet(of: document))
        return HTMLResponse.make(VariantPage.render(parentPath: path, parentName: document.name, summer: document.kind == "summer",
                                                    form: VariantForm(), errors: [:], choices: choices))
    }

    func submitVariant(_ request: Request) async throws -> Response {
        let (path, url, document) = try parent(request)
        let form = VariantForm(values: try await FormBody.read(request, limit: configuration.maxBodyBytes))
        do {
            let written = try VariantWriter.write(form, parent: url, document: document, workspace: workspace)
            return HTMLResponse.redirect("/scenarier/\(HTML.pathURL(workspace.relativePath(written)))?ny=1")
        } catch {
            let choices = VariantPage.Choices(data: catalog.dataSet(of: document))
            return HTMLResponse.make(VariantPage.render(parentPath: path, parentName: document.name, summer: document.kind == "summer",
                                                        form: form, errors: error.fields, choices: choices), status: .unprocessableContent)
        }
    }
}
