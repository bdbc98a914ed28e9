import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Workbench

/// Every page, in process: status, Swedish content, escaping.
@Suite("Workbench pages")
struct PageTests {
    @Test func listShowsEveryScenarioWithKindAndData() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = response.text
                #expect(html.contains("<html lang=\"sv\">"))
                #expect(html.contains("Sommar 2024 – hela regionen"))
                #expect(html.contains("TAVI – nivåstrukturering i Mellansverige"))
                #expect(html.contains("nivåstrukturering") && html.contains("sommarplan"))
                #expect(html.contains("data/mellansverige-2024"))
                #expect(html.contains("aldrig körd"))
                // The broken file is listed as invalid, with the reader's message.
                #expect(html.contains("trasig.yaml") && html.contains("ogiltig"))
                // No file outside the workspace, no data set CSV, no hidden state.
                #expect(!html.contains("hemlig") && !html.contains("historik.sqlite") && !html.contains(".csv"))
                // Nothing is fetched from another server.
                #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
            }
        }
    }

    @Test func scenarioPageDescribesSettingsInWords() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test { client in
            try await client.execute(uri: "/scenarier/summer-2024-ward-closure.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("Sommar 2024 – ortopedavdelningen i Nyköping stängd v. 28–31"))
                #expect(html.contains("vecka 25–34"))
                #expect(html.contains("hemregionens"))
                #expect(html.contains("alla sjukhus inom 240 minuters resväg"))
                #expect(html.contains("<dt>Vårdgaranti</dt><dd>13 veckor;"))
                // The adjustment in words, with the data set's names.
                #expect(html.contains("All kapacitet vid Nyköpings lasarett inom Ortopedi, vecka 28–31: stängs"), "\(html)")
                #expect(html.contains("Bygger på: <code>summer-2024.yaml</code>"))
                #expect(html.contains("/variant?fran=summer-2024-ward-closure.yaml"))
            }
            try await client.execute(uri: "/scenarier/nivastrukturering/tavi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Nivåstrukturering (blandat heltalsprogram)"))
                #expect(response.text.contains("fall per 100 000 invånare"))
            }
            try await client.execute(uri: "/scenarier/trasig.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Filen går inte att använda"))
                #expect(response.text.contains("rad 3"))
            }
        }
    }

    @Test func missingPagesAreSwedishErrorPages() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test { client in
            for uri in ["/finns-inte", "/scenarier/finns-inte.yaml", "/scenarier/data", "/historik/1/ta-bort"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.text.contains("<h1>Hittades inte</h1>"), "\(uri)")
                }
            }
            try await client.execute(uri: "/variant", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Ange vilket scenario"))
            }
            try await client.execute(uri: "/variant?fran=trasig.yaml", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("går inte att läsa"))
            }
        }
    }

    @Test func healthAnswers() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test { client in
            try await client.execute(uri: "/halsa", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == "ok\n")
            }
        }
    }

    @Test func historyListsAndDeletesRuns() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let workbench = try ws.workbench()
        var record = RunRecord(scenario: "summer-2024.yaml", scenarioName: "Sommar <2024>", kind: "summer", scenarioSHA256: "ab12cd34ef56aa",
                               dataSHA256: "99887766554433", samplanVersion: "0.1.0", requestedBy: "planerare", status: .finished)
        record.keyFigure = 1_234_567
        record.keyFigureLabel = "Målfunktion"
        record.finishedAt = Date()
        let added = try workbench.history.add(record)
        let id = try #require(added.id)
        let app = Application(router: workbench.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/historik", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("Sommar &lt;2024&gt;"))
                #expect(html.contains("planerare") && html.contains("ab12cd34ef56") && html.contains("998877665544"))
                #expect(html.contains("1\u{00A0}234\u{00A0}567 kr"))
            }
            // The list shows the last run's key figure.
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("Målfunktion 1\u{00A0}234\u{00A0}567 kr"))
            }
            try await client.execute(uri: "/historik/\(id)/ta-bort", method: .post, headers: formHeaders, body: ByteBuffer()) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/historik")
            }
            try await client.execute(uri: "/historik/\(id)/ta-bort", method: .post, headers: formHeaders, body: ByteBuffer()) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/historik", method: .get) { response in
                #expect(response.text.contains("Inga körningar än."))
            }
        }
    }
}
