import Foundation
import Hummingbird
import Scenario
import SummerPlan

/// The compare and price-sweep forms: each starts a run in the queue and leads to its page, or
/// shows the form again (422) with the problem next to its field.
extension Workbench {
    func addCompareRoutes(_ router: Router<BasicRequestContext>) {
        router.get("/jamfor") { request, _ in
            var form: [String: String] = [:]
            for key in ["a", "b"] { form[key] = request.uri.queryParameters[Substring(key)].map(String.init) }
            return HTMLResponse.make(try self.comparePage(form: form, errors: [:]))
        }
        router.post("/jamfor") { request, _ in
            let form = try await FormBody.read(request, limit: self.configuration.maxBodyBytes)
            var errors: [String: String] = [:]
            var urls: [String: URL] = [:]
            for key in ["a", "b"] {
                do { urls[key] = try self.compareChoice(form[key] ?? "") } catch let error as WorkbenchError { errors[key] = error.message }
            }
            if errors.isEmpty, urls["a"] == urls["b"] { errors["b"] = "Välj ett annat scenario än A." }
            guard errors.isEmpty, let a = urls["a"], let b = urls["b"] else {
                return HTMLResponse.make(try self.comparePage(form: form, errors: errors), status: .unprocessableContent)
            }
            let record = try await self.start(.compare(a, b))
            return HTMLResponse.redirect("/korningar/\(record.id ?? 0)")
        }
        router.get("/svep") { request, _ in
            let (path, _, document) = try self.summerParent(request)
            return HTMLResponse.make(ComparePages.sweep(path: path, name: document.name, data: self.catalog.dataSet(of: document), form: [:], errors: [:]))
        }
        router.post("/svep") { request, _ in
            let (path, url, document) = try self.summerParent(request)
            let form = try await FormBody.read(request, limit: self.configuration.maxBodyBytes)
            let data = self.catalog.dataSet(of: document)
            var errors: [String: String] = [:]
            let price = [form["specialitet"] ?? "", form["vardtyp"] ?? ""] + ((form["niva"] ?? "").isEmpty ? [] : [form["niva"]!])
            if price[0].isEmpty { errors["specialitet"] = "Välj en specialitet." }
            if price[1].isEmpty { errors["vardtyp"] = "Välj en vårdtyp." }
            if errors.isEmpty, let data, case let .failure(error) = PriceSelector.parse(price.joined(separator: "/"), in: data) {
                errors["pris"] = error.description
            }
            let factors = ComparePages.parseFactors(form["faktorer"] ?? "")
            if factors == nil {
                errors["faktorer"] = "Skriv icke-negativa tal, var och ett en gång, till exempel 0,8; 0,9; 1; 1,1; 1,2."
            }
            guard errors.isEmpty, let factors else {
                return HTMLResponse.make(ComparePages.sweep(path: path, name: document.name, data: data, form: form, errors: errors),
                                         status: .unprocessableContent)
            }
            let record = try await self.start(.sweep(url, price: price.joined(separator: "/"), factors: factors))
            return HTMLResponse.redirect("/korningar/\(record.id ?? 0)")
        }
    }

    func comparePage(form: [String: String], errors: [String: String]) throws -> String {
        let all = try history.all()
        let runs = all.filter { $0.kind == "summer" && $0.status == .finished }.map {
            ComparePages.Choice(value: "korning:\($0.id ?? 0)", text: "#\($0.id ?? 0) \($0.scenarioName) (\(Pages.date($0.finishedAt)))")
        }
        let files = workspace.scenarioFiles().compactMap { path -> ComparePages.Choice? in
            guard case let .success(document) = catalog.document(workspace.root.appendingPathComponent(path)), document.kind == "summer" else { return nil }
            return ComparePages.Choice(value: "fil:\(path)", text: "\(document.name) (\(path))")
        }
        let earlier = all.filter { $0.kind == "compare" || $0.kind == "sweep" }
        return ComparePages.compare(runs: runs, files: files, form: form, errors: errors, earlier: earlier)
    }

    /// The scenario file a compare choice names: `korning:ID` (a finished summer run's file) or
    /// `fil:PATH` (a summer scenario file in the workspace).
    ///
    /// - Throws: `WorkbenchError` with the message for the field.
    func compareChoice(_ value: String) throws -> URL {
        if value.hasPrefix("korning:") {
            guard let id = Int64(value.dropFirst(8)), let record = try history.run(id: id) else {
                throw WorkbenchError(.unprocessableContent, "Körningen finns inte i historiken.")
            }
            guard record.kind == "summer", record.status == .finished else {
                throw WorkbenchError(.unprocessableContent, "Körning \(id) är ingen färdig sommarplan.")
            }
            return try summerFile(record.scenario)
        }
        if value.hasPrefix("fil:") { return try summerFile(String(value.dropFirst(4))) }
        throw WorkbenchError(.unprocessableContent, "Välj en körning eller en scenariofil.")
    }

    func summerFile(_ path: String) throws -> URL {
        let url: URL
        do { url = try scenarioFile(path).url } catch { throw WorkbenchError(.unprocessableContent, "Scenariofilen \(path) finns inte längre.") }
        guard case let .success(document) = catalog.document(url), document.kind == "summer" else {
            throw WorkbenchError(.unprocessableContent, "\(path) är ingen sommarplan som går att läsa.")
        }
        return url
    }

    /// The summer scenario `?fran=` names, for the sweep.
    func summerParent(_ request: Request) throws -> (path: String, url: URL, document: ScenarioDocument) {
        let parent = try parent(request)
        guard parent.document.kind == "summer" else {
            throw WorkbenchError(.unprocessableContent, "\(parent.document.name) är ingen sommarplan; prissvep tar sommarplaner.")
        }
        return parent
    }
}
