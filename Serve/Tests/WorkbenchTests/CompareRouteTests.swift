import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Workbench

/// Compare two summer runs, and the price sweep: the forms, their problems, and real runs.
@Suite("Workbench compare and sweep", .serialized)
struct CompareRouteTests {
    @Test func comparesARunWithAScenarioFile() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(workbench) { client in
            let variant = try await startRun(client, "kort-stangd.yaml")
            #expect(try await ended(workbench, variant).status == .finished)
            // The form offers the finished run and every summer file, not the level-structuring one.
            try await client.execute(uri: "/jamfor?b=korning:\(variant)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<option value=\"korning:\(variant)\" selected>"))
                #expect(response.text.contains("value=\"fil:kort.yaml\"") && !response.text.contains("fil:nivastrukturering/tavi.yaml"))
            }
            let compare = try await client.execute(uri: "/jamfor", method: .post, headers: formHeaders,
                                                   body: formBody([("a", "fil:kort.yaml"), ("b", "korning:\(variant)")])) { response in
                #expect(response.status == .seeOther)
                return try runID(response)
            }
            let record = try await ended(workbench, compare)
            #expect(record.status == .finished && record.kind == "compare", "\(record.message ?? "")")
            #expect(record.scenarioName == "Kort sommar mot Kort sommar – ortopeden i Nyköping stängd")
            #expect(record.keyFigureLabel != nil && record.keyFigure != nil)
            let folder = try #require(workbench.resultFolder(of: record))
            for file in ["comparison.json", "settlement_diff.csv", "flows_diff.csv", "report.html"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
            }
            try await client.execute(uri: "/korningar/\(compare)", method: .get) { response in
                #expect(response.text.contains("Öppna rapporten") && response.text.contains("settlement_diff.csv"))
            }
            try await client.execute(uri: "/korningar/\(compare)/tabeller.xlsx", method: .get) { #expect($0.status == .ok) }
            // Listed among earlier compares.
            try await client.execute(uri: "/jamfor", method: .get) { #expect($0.text.contains("/korningar/\(compare)")) }
        }
    }

    @Test(arguments: [
        ([("a", ""), ("b", "fil:kort.yaml")], "a", "Välj en körning eller en scenariofil."),
        ([("a", "fil:kort.yaml"), ("b", "fil:kort.yaml")], "b", "Välj ett annat scenario än A."),
        ([("a", "korning:999"), ("b", "fil:kort.yaml")], "a", "Körningen finns inte i historiken."),
        ([("a", "fil:nivastrukturering/tavi.yaml"), ("b", "fil:kort.yaml")], "a", "ingen sommarplan"),
        ([("a", "fil:../hemlig.yaml"), ("b", "fil:kort.yaml")], "a", "finns inte längre"),
    ])
    func aBadCompareShowsTheProblemAtItsField(_ fields: [(String, String)], _ field: String, _ message: String) async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: LatchedRunner(latch: Latch()))
        try await ws.test(workbench) { client in
            try await client.execute(uri: "/jamfor", method: .post, headers: formHeaders, body: formBody(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<p class=\"field-error\" id=\"fel-\(field)\">"), "\(response.text)")
                #expect(response.text.contains(message))
            }
        }
        #expect(try workbench.history.all().isEmpty)
    }

    @Test func sweepsAPriceOverFactors() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(workbench) { client in
            try await client.execute(uri: "/svep?fran=kort.yaml", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("name=\"faktorer\"") && response.text.contains("Ortopedi"))
            }
            let id = try await client.execute(uri: "/svep?fran=kort.yaml", method: .post, headers: formHeaders,
                                              body: formBody([("specialitet", "ortopedi"), ("vardtyp", "day_surgery"), ("niva", ""),
                                                              ("faktorer", "0,9; 1; 1,1")])) { response in
                #expect(response.status == .seeOther)
                return try runID(response)
            }
            let record = try await ended(workbench, id)
            #expect(record.status == .finished && record.kind == "sweep", "\(record.message ?? "")")
            #expect(record.scenarioName == "Prissvep: Kort sommar, ortopedi/day_surgery × 0,9; 1; 1,1")
            let folder = try #require(workbench.resultFolder(of: record))
            let sweep = try String(contentsOf: folder.appendingPathComponent("sweep.csv"), encoding: .utf8)
            #expect(sweep.split(separator: "\n").count == 4 && sweep.hasPrefix("factor,status,objective_sek"))
            try await client.execute(uri: "/korningar/\(id)/filer/sweep.csv", method: .get) { #expect($0.text == sweep) }
        }
    }

    @Test(arguments: [
        ([("specialitet", ""), ("vardtyp", "day_surgery"), ("faktorer", "1")], "specialitet", "Välj en specialitet."),
        ([("specialitet", "ortopedi"), ("vardtyp", "day_surgery"), ("faktorer", "0,9; x")], "faktorer", "icke-negativa tal"),
        ([("specialitet", "ortopedi"), ("vardtyp", "day_surgery"), ("faktorer", "1; 1")], "faktorer", "var och ett en gång"),
        ([("specialitet", "finns_inte"), ("vardtyp", "day_surgery"), ("faktorer", "1")], "pris", "unknown specialty"),
    ])
    func aBadSweepShowsTheProblemAtItsField(_ fields: [(String, String)], _ field: String, _ message: String) async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let workbench = try ws.workbench(runner: LatchedRunner(latch: Latch()))
        try await ws.test(workbench) { client in
            try await client.execute(uri: "/svep?fran=kort.yaml", method: .post, headers: formHeaders, body: formBody(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"fel-\(field)\""), "\(response.text)")
                #expect(response.text.contains(message))
            }
            // A level-structuring scenario has no price sweep.
            try await client.execute(uri: "/svep?fran=nivastrukturering/tavi.yaml", method: .get) { response in
                #expect(response.status == .unprocessableContent && response.text.contains("prissvep tar sommarplaner"))
            }
        }
        #expect(try workbench.history.all().isEmpty)
    }

    @Test(arguments: [("0,8; 0,9; 1", [0.8, 0.9, 1.0]), ("0.8,0.9,1", [0.8, 0.9, 1.0]), ("1,1", [1.1]), ("0.5 2", [0.5, 2.0])])
    func factorsAreReadAsAPlannerTypesThem(_ text: String, _ expected: [Double]) {
        #expect(ComparePages.parseFactors(text) == expected)
    }

    @Test(arguments: ["", "1; 1", "-1", "x", "1,2,3", "1;;nan"])
    func badFactorsAreRefused(_ text: String) {
        #expect(ComparePages.parseFactors(text) == nil)
    }
}
