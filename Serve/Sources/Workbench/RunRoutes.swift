import Foundation
import Hummingbird

/// The routes of runs: start, watch (server-sent events), cancel, the run's page, its files and
/// workbook, delete; compare and price sweep live in `CompareRoutes.swift`.
extension Workbench {
    func addRunRoutes(_ router: Router<BasicRequestContext>) {
        router.get("/static/korning.js") { _, _ in Assets.script() }
        router.post("/korningar") { request, _ in
            let form = try await FormBody.read(request, limit: self.configuration.maxBodyBytes)
            guard let path = form["scenario"], !path.isEmpty else { throw WorkbenchError(.badRequest, "Ange vilket scenario som ska köras.") }
            let (_, url) = try self.scenarioFile(path)
            let record = try await self.start(.scenario(url))
            return HTMLResponse.redirect("/korningar/\(record.id ?? 0)")
        }
        router.get("/korningar/{id}") { _, context in try await self.runPage(try self.record(context)) }
        router.get("/korningar/{id}/handelser") { _, context in
            let record = try self.record(context)
            return EventStream.response(await self.queue.events(record.id ?? 0))
        }
        router.post("/korningar/{id}/avbryt") { request, context in
            _ = try await FormBody.read(request, limit: self.configuration.maxBodyBytes)
            let record = try self.record(context)
            guard await self.queue.cancel(record.id ?? 0) else {
                throw WorkbenchError(.conflict, "Körning \(record.id ?? 0) är \(record.status.swedish) och kan inte avbrytas.")
            }
            return HTMLResponse.redirect("/korningar/\(record.id ?? 0)")
        }
        router.get("/korningar/{id}/tabeller.xlsx") { _, context in
            let record = try self.record(context)
            guard record.status == .finished else { throw WorkbenchError.notFound("Körning \(record.id ?? 0) har inga resultat (\(record.status.swedish)).") }
            return try Self.download(try self.workbook(of: record), name: "korning-\(record.id ?? 0)-tabeller.xlsx")
        }
        router.get("/korningar/{id}/filer/**") { request, context in
            let record = try self.record(context)
            guard let folder = self.resultFolder(of: record) else { throw WorkbenchError.notFound("Körning \(record.id ?? 0) har inga filer.") }
            let raw = request.uri.path
            guard let start = raw.range(of: "/filer/") else { throw WorkbenchError.notFound("Ange vilken fil du vill hämta.") }
            guard let relative = String(raw[start.upperBound...]).removingPercentEncoding else {
                throw WorkbenchError(.badRequest, "Sökvägen går inte att tolka.")
            }
            let file = try RunFiles(folder: folder.resolvingSymlinksInPath()).file(relative)
            return try Self.download(file, name: file.lastPathComponent)
        }
        router.post("/historik/{id}/ta-bort") { request, context in
            _ = try await FormBody.read(request, limit: self.configuration.maxBodyBytes)
            try self.delete(try self.record(context))
            return HTMLResponse.redirect("/historik")
        }
        addCompareRoutes(router)
    }

    /// The run a route's `{id}` names.
    func record(_ context: BasicRequestContext) throws -> RunRecord {
        guard let id = context.parameters.get("id", as: Int64.self), let record = try history.run(id: id) else {
            throw WorkbenchError.notFound("Körningen \(context.parameters.get("id") ?? "") finns inte i historiken.")
        }
        return record
    }

    func runPage(_ record: RunRecord) async throws -> Response {
        let standing = await queue.standing(record.id ?? 0)
        let files = record.status == .finished ? resultFolder(of: record).map { RunFiles(folder: $0).list() } ?? [] : []
        var unchanged: Bool?
        if case let .success(document) = catalog.document(workspace.root.appendingPathComponent(record.scenario)),
           record.kind == "summer" || record.kind == "level_structuring" {
            unchanged = Self.chainSHA256([document]) == record.scenarioSHA256
        }
        return HTMLResponse.make(RunPage.render(.init(record: record, standing: standing, files: files, scenarioUnchanged: unchanged)))
    }

    /// Deletes a run that has ended, with its result folder.
    ///
    /// - Throws: `WorkbenchError` (409) for a queued or running run: cancel it first.
    func delete(_ record: RunRecord) throws {
        guard record.status != .queued && record.status != .running else {
            throw WorkbenchError(.conflict, "Körning \(record.id ?? 0) är \(record.status.swedish); avbryt den innan du tar bort den.")
        }
        if let folder = resultFolder(of: record) { try FileManager.default.removeItem(at: folder) }
        guard try history.delete(id: record.id ?? 0) else { throw WorkbenchError.notFound("Körning \(record.id ?? 0) finns inte i historiken.") }
    }

    /// A file as a download: HTML shown in the browser (the report, which needs nothing from
    /// another origin and runs no script), everything else saved under `name`.
    static func download(_ file: URL, name: String) throws -> Response {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw WorkbenchError.notFound("Filen \(name) går inte att läsa.") }
        let type = RunFiles.contentType(file.lastPathComponent)
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", .init("X-Content-Type-Options")!: "nosniff"]
        if type.hasPrefix("text/html") {
            headers[.init("Content-Security-Policy")!] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
        } else {
            headers[.contentDisposition] = "attachment; filename=\"\(name.replacingOccurrences(of: "\"", with: ""))\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
