import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Workbench

/// A real run from the browser's routes: start, its events, its page, report, files, workbook,
/// and deleting it. The runs go through the run layer (`RunsRunner`) on a short summer scenario.
@Suite("Workbench runs", .serialized)
struct RunRouteTests {
    @Test func runStartsStreamsFinishesAndShowsItsFiles() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(workbench) { client in
            let id = try await startRun(client, "kort-stangd.yaml")
            // The event stream of a run under way ends with its `ended` event.
            try await client.execute(uri: "/korningar/\(id)/handelser", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/event-stream") == true)
                #expect(response.text.contains("event: ended\ndata: {"), "\(response.text)")
                #expect(response.text.contains("\"status\":\"finished\""), "\(response.text)")
            }
            let record = try #require(try workbench.history.run(id: id))
            #expect(record.status == .finished && record.kind == "summer")
            #expect(record.keyFigure != nil && record.keyFigureLabel != nil)
            #expect(record.dataSHA256?.count == 64 && record.scenarioSHA256.count == 64)
            try await client.execute(uri: "/korningar/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                for text in ["Öppna rapporten", "/korningar/\(id)/tabeller.xlsx", "flows.csv", "summary.json", "Kort sommar – ortopeden i Nyköping stängd", record.scenarioSHA256] {
                    #expect(response.text.contains(text), "\(text)")
                }
                // A finished run needs neither the script nor the refresh.
                #expect(!response.text.contains("korning.js") && !response.text.contains("http-equiv=\"refresh\""))
            }
            try await client.execute(uri: "/korningar/\(id)/filer/report.html", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("<html") && response.headers[.init("Content-Security-Policy")!]?.contains("default-src 'none'") == true)
            }
            let folder = try #require(workbench.resultFolder(of: record))
            let flows = try String(contentsOf: folder.appendingPathComponent("flows.csv"), encoding: .utf8)
            try await client.execute(uri: "/korningar/\(id)/filer/flows.csv", method: .get) { response in
                #expect(response.status == .ok && response.text == flows)
                #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
            }
            // The list shows the run as the scenario's last, with its key figure.
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("Målfunktion"))
            }
        }
    }

    /// Every way out of a run's folder is refused: `..`, encoded, absolute, hidden, symlinks.
    @Test func downloadRouteRefusesPathsOutOfTheRunFolder() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(workbench) { client in
            let id = try await startRun(client, "kort.yaml")
            let record = try await ended(workbench, id)
            #expect(record.status == .finished, "\(record.message ?? "")")
            let folder = try #require(workbench.resultFolder(of: record))
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("ut.yaml"), withDestinationURL: ws.outsideFile)
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("upp"), withDestinationURL: ws.root)
            let attempts = [
                "../../historik.sqlite", "%2e%2e/%2e%2e/historik.sqlite", "%2E%2E%2F%2E%2E%2Fhistorik.sqlite", "..%2f..%2f..%2fsummer-2024.yaml",
                "/etc/passwd", "%2fetc%2fpasswd", "..%5c..%5chistorik.sqlite", "ut.yaml", "upp/summer-2024.yaml", ".hemlig",
                "status_quo/../../../../hemlig.yaml",
            ]
            for attempt in attempts {
                try await client.execute(uri: "/korningar/\(id)/filer/\(attempt)", method: .get) { response in
                    #expect([.forbidden, .notFound, .badRequest].contains(response.status), "\(attempt): \(response.status)")
                    #expect(!response.text.contains("hemligt") && !response.text.contains("root:") && !response.text.contains("SQLite"), "\(attempt)")
                    #expect(response.text.contains("<html lang=\"sv\">"), "\(attempt)")
                }
            }
            try await client.execute(uri: "/korningar/\(id)/filer/finns-inte.csv", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/korningar/999/filer/flows.csv", method: .get) { #expect($0.status == .notFound) }
        }
    }

    /// The workbook holds the same numbers as the CSVs beside it (read with openpyxl).
    @Test(.enabled(if: XLSXCheck.available, "needs python3 with openpyxl"))
    func workbookHoldsTheCSVsNumbers() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(workbench) { client in
            let id = try await startRun(client, "kort-stangd.yaml")
            let record = try await ended(workbench, id)
            #expect(record.status == .finished, "\(record.message ?? "")")
            let folder = try #require(workbench.resultFolder(of: record))
            let saved = ws.root.deletingLastPathComponent().appendingPathComponent("hamtad.xlsx")
            try await client.execute(uri: "/korningar/\(id)/tabeller.xlsx", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(response.headers[.contentDisposition]?.contains("korning-\(id)-tabeller.xlsx") == true)
                try Data(buffer: response.body).write(to: saved)
            }
            let result = try XLSXCheck.compare(workbook: saved.path, folder: folder.path)
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("flows.csv: ") && result.output.contains("settlement.csv: "), "\(result.output)")
        }
    }

    @Test func deletingARunRemovesItsRowAndFolder() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(workbench) { client in
            let id = try await startRun(client, "kort.yaml")
            let record = try await ended(workbench, id)
            let folder = try #require(workbench.resultFolder(of: record))
            try await client.execute(uri: "/historik/\(id)/ta-bort", method: .post, headers: formHeaders, body: formBody([])) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/historik")
            }
            #expect(try workbench.history.run(id: id) == nil)
            #expect(!FileManager.default.fileExists(atPath: folder.path))
            try await client.execute(uri: "/korningar/\(id)", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/historik/\(id)/ta-bort", method: .post, headers: formHeaders, body: formBody([])) {
                #expect($0.status == .notFound)
            }
        }
    }
}
