import Foundation
import Hummingbird
import HummingbirdTesting
import Scenario
import Testing
@testable import Workbench

/// The "new variant" form: it writes a child scenario the command line reads the same way, and
/// shows the reader's problems next to the field they came from.
@Suite("Workbench: new variant")
struct VariantTests {
    @Test func formOffersTheDataSetsNames() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try await ws.test { client in
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<option value=\"nykoping\">Nyköpings lasarett</option>"))
                #expect(html.contains("<option value=\"ortopedi\">Ortopedi</option>"))
                #expect(html.contains("name=\"stang0_veckor\"") && html.contains("name=\"efterfragan1_faktor\"") && html.contains("name=\"pris0_faktor\""))
                #expect(!html.contains("<script"))
            }
            // A level-structuring parent gets only a name and a file.
            try await client.execute(uri: "/variant?fran=nivastrukturering/tavi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("stang0_sjukhus"))
            }
        }
    }

    @Test func wardClosureVariantIsWrittenAndReadsAsTheCLIReadsIt() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let fields: [(String, String)] = [
            ("namn", "Sommar 2024 – Västerås ortopedi stängd v. 29–30 \"test\""), ("fil", "vasteras-stangd"),
            ("perspektiv", "system"), ("malbelaggning", "0,85"),
            ("stang0_sjukhus", "vasteras"), ("stang0_specialitet", "ortopedi"), ("stang0_veckor", "29..30"), ("stang0_resurs", "beds"),
            ("efterfragan0_region", "sormland"), ("efterfragan0_faktor", "1,1"),
            ("pris0_specialitet", "ortopedi"), ("pris0_vardtyp", "elective_inpatient"), ("pris0_faktor", "1.2"),
        ]
        try await ws.test { client in
            try await client.execute(uri: "/variant?fran=summer-2024-ward-closure.yaml", method: .post, headers: formHeaders,
                                     body: formBody(fields)) { response in
                #expect(response.status == .seeOther, "\(response.text)")
                #expect(response.headers[.location] == "/scenarier/vasteras-stangd.yaml?ny=1")
            }
            try await client.execute(uri: "/scenarier/vasteras-stangd.yaml?ny=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Varianten sparades."))
                #expect(response.text.contains("Vårdplatserna vid Västmanlands sjukhus Västerås inom Ortopedi, vecka 29–30: stängs"), "\(response.text)")
            }
        }
        let path = ws.root.appendingPathComponent("vasteras-stangd.yaml").path
        let document = try ScenarioDocument.load(path)
        guard case let .summer(s) = document else { Issue.record("not a summer scenario"); return }
        #expect(s.name == "Sommar 2024 – Västerås ortopedi stängd v. 29–30 \"test\"")
        #expect(s.perspective == .system && s.targetOccupancy == 0.85)
        #expect(s.weeks == 25...34)
        // The parent's closure kept, then the three lines of the form, in order.
        #expect(s.adjustments.count == 4)
        if case let .capacity(hospital, _, weeks, resource) = s.adjustments[0].target {
            #expect(hospital == .ids(["nykoping"]) && weeks == .weeks([28, 29, 30, 31]) && resource == .all)
        } else { Issue.record("the parent's closure is not first") }
        if case let .capacity(hospital, specialty, weeks, resource) = s.adjustments[1].target {
            #expect(hospital == .ids(["vasteras"]) && specialty == .ids(["ortopedi"]) && weeks == .weeks([29, 30]) && resource == .beds)
            #expect(s.adjustments[1].change == .factor(0))
        } else { Issue.record("no closure line") }
        #expect(s.adjustments[2].change == .factor(1.1))
        #expect(s.adjustments[3].change == .factor(1.2))
        // And it prepares against the data set as `samplan run` would.
        #expect(throws: Never.self) { _ = try s.prepare() }
    }

    @Test func readerProblemsAreShownNextToTheirFields() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let fields: [(String, String)] = [
            ("namn", "Fel"), ("fil", "fel-variant"), ("malbelaggning", "1,5"),
            ("stang0_sjukhus", "finns-inte"), ("stang0_veckor", "28..31"),
            ("efterfragan0_faktor", "mycket"),
        ]
        try await ws.test { client in
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: formHeaders, body: formBody(fields)) { response in
                #expect(response.status == .unprocessableContent)
                let html = response.text
                for field in ["malbelaggning", "efterfragan0_faktor"] {
                    #expect(html.contains("id=\"fel-\(field)\""), "no error next to \(field)")
                }
                // The values sent stay in the form.
                #expect(html.contains("value=\"1,5\"") && html.contains("value=\"mycket\""))
            }
            // Weeks the reader cannot use (it reads no further then).
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: formHeaders,
                                     body: formBody([("namn", "Fel"), ("fil", "fel-variant"), ("veckor", "40..30")])) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"fel-veckor\""))
            }
            // With the syntax right, the unknown hospital is found against the data set.
            let second: [(String, String)] = [("namn", "Fel"), ("fil", "fel-variant"), ("stang0_sjukhus", "finns-inte"), ("stang0_veckor", "28..31")]
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: formHeaders, body: formBody(second)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"fel-stang0_sjukhus\""), "\(response.text)")
                #expect(response.text.contains("<option value=\"finns-inte\" selected>"))
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: ws.root.path)
        #expect(!left.contains("fel-variant.yaml"))
        #expect(!left.contains { $0.hasPrefix(".variant-") }, "temporary file left: \(left)")
    }

    @Test(arguments: [
        [("namn", ""), ("fil", "x")],
        [("namn", "x"), ("fil", "")],
        [("namn", "x"), ("fil", "../ut")],
        [("namn", "x"), ("fil", "mapp/fil")],
        [("namn", "x"), ("fil", "summer-2024")],
    ])
    func badNamesAreRefused(_ fields: [(String, String)]) async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let before = try String(contentsOf: ws.root.appendingPathComponent("summer-2024.yaml"), encoding: .utf8)
        try await ws.test { client in
            try await client.execute(uri: "/variant?fran=summer-2024.yaml", method: .post, headers: formHeaders, body: formBody(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"fel-namn\"") || response.text.contains("id=\"fel-fil\""))
            }
        }
        #expect(try String(contentsOf: ws.root.appendingPathComponent("summer-2024.yaml"), encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: ws.root.deletingLastPathComponent().appendingPathComponent("ut.yaml").path))
    }

    @Test func yamlStringsAreQuotedSafely() {
        #expect(YAMLText.string("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ cd\"")
        #expect(YAMLText.number("1,25") == "1.25")
        #expect(YAMLText.number("1e5") == "\"1e5\"")
        #expect(YAMLText.number("x") == "\"x\"")
    }
}
