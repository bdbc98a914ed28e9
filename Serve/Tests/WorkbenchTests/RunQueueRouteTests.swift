import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Workbench

/// The queue as the pages show it: at most `--jobs` runs at once, live events, cancel, a failed
/// run's message, and a restart that marks what a killed server left as interrupted.
@Suite("Workbench queue routes")
struct RunQueueRouteTests {
    @Test func queuedAndRunningRunsCanBeCancelled() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let workbench = try ws.workbench(runner: LatchedRunner(latch: Latch()), jobs: 1)
        try await ws.test(workbench) { client in
            let first = try await startRun(client, "summer-2024.yaml")
            let second = try await startRun(client, "summer-2024-ward-closure.yaml")
            // At most one at a time: the second waits, and its page says where.
            #expect(await workbench.queue.counts == (1, 1))
            try await client.execute(uri: "/korningar/\(second)", method: .get) { response in
                #expect(response.text.contains("I kön, plats 1"))
                #expect(response.text.contains("/static/korning.js") && response.text.contains("<noscript><meta http-equiv=\"refresh\""))
                #expect(response.text.contains("/korningar/\(second)/avbryt"))
            }
            for id in [second, first] {
                try await client.execute(uri: "/korningar/\(id)/avbryt", method: .post, headers: formHeaders, body: formBody([])) { response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/korningar/\(id)")
                }
                #expect(try await ended(workbench, id).status == .cancelled)
            }
            try await client.execute(uri: "/korningar/\(first)", method: .get) { response in
                #expect(response.text.contains("Avbruten") && !response.text.contains("korning.js"))
            }
            // An ended run cannot be cancelled again; a run that does not exist is not found.
            try await client.execute(uri: "/korningar/\(first)/avbryt", method: .post, headers: formHeaders, body: formBody([])) {
                #expect($0.status == .conflict && $0.text.contains("kan inte avbrytas"))
            }
            try await client.execute(uri: "/korningar/77/avbryt", method: .post, headers: formHeaders, body: formBody([])) {
                #expect($0.status == .notFound)
            }
        }
    }

    @Test func eventStreamFollowsARunFromQueueToEnd() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let latch = Latch()
        let workbench = try ws.workbench(runner: LatchedRunner(latch: latch), jobs: 1)
        try await ws.test(workbench) { client in
            let first = try await startRun(client, "summer-2024.yaml")
            let second = try await startRun(client, "summer-2024-ward-closure.yaml")
            async let stream = client.execute(uri: "/korningar/\(second)/handelser", method: .get) { $0.text }
            // The stream has begun once the page is watching; let both runs through.
            while await workbench.queue.watching(second) == 0 { try await Task.sleep(for: .milliseconds(5)) }
            latch.open()
            let text = try await stream
            let names = text.split(separator: "\n").filter { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
            #expect(names.first == "queued" && names.last == "ended", "\(names)")
            #expect(names.contains("started") && names.contains("progress"), "\(names)")
            #expect(text.contains("\"text\":\"I kön, plats 1\"") && text.contains("\"fraction\":0.25"), "\(text)")
            #expect(text.contains("\"status\":\"failed\"") && text.contains("datasetet saknas"), "\(text)")
            #expect(try await ended(workbench, first).status == .failed)
            // A failed run's page gives the reason; its workbook is not there.
            try await client.execute(uri: "/korningar/\(second)", method: .get) { response in
                #expect(response.text.contains("Misslyckades") && response.text.contains("datasetet saknas"))
            }
            try await client.execute(uri: "/korningar/\(second)/tabeller.xlsx", method: .get) { #expect($0.status == .notFound) }
            // The stream of an ended run is its end alone.
            try await client.execute(uri: "/korningar/\(second)/handelser", method: .get) { response in
                #expect(response.text.components(separatedBy: "event: ").count == 2 && response.text.contains("event: ended"))
            }
        }
    }

    @Test func deletingARunUnderWayIsRefused() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let latch = Latch()
        let workbench = try ws.workbench(runner: LatchedRunner(latch: latch))
        try await ws.test(workbench) { client in
            let id = try await startRun(client, "summer-2024.yaml")
            try await client.execute(uri: "/historik/\(id)/ta-bort", method: .post, headers: formHeaders, body: formBody([])) { response in
                #expect(response.status == .conflict && response.text.contains("avbryt den"))
            }
            #expect(try workbench.history.run(id: id) != nil)
            latch.open()
            _ = try await ended(workbench, id)
        }
    }

    @Test(arguments: ["", "../hemlig.yaml", "finns-inte.yaml", "trasig.yaml", "data/mellansverige-2024"])
    func aBadStartIsAPageWithAMessage(_ path: String) async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        let workbench = try ws.workbench(runner: LatchedRunner(latch: Latch()))
        try await ws.test(workbench) { client in
            try await client.execute(uri: "/korningar", method: .post, headers: formHeaders, body: formBody([("scenario", path)])) { response in
                #expect([.badRequest, .forbidden, .notFound, .unprocessableContent].contains(response.status), "\(path)")
                #expect(response.text.contains("<p class=\"error\">"))
            }
        }
        #expect(try workbench.history.all().isEmpty)
    }

    /// A killed server: the next start marks what it left queued or running as interrupted and
    /// keeps what had finished, with its files.
    @Test func restartMarksInterruptedRunsAndKeepsFinishedOnes() async throws {
        let ws = try TestWorkspace()
        defer { ws.remove() }
        try ws.addShortScenarios()
        let real = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        let finished = try await ws.test(real) { client in try await startRun(client, "kort.yaml") }
        #expect(try await ended(real, finished).status == .finished)
        let latched = try ws.workbench(runner: LatchedRunner(latch: Latch()))
        let (running, queued) = try await ws.test(latched) { client in
            (try await startRun(client, "summer-2024.yaml"), try await startRun(client, "kort.yaml"))
        }
        #expect(try latched.history.run(id: running)?.status == .running && latched.history.run(id: queued)?.status == .queued)
        // The server "dies" here: nothing more happens to its runs. A new one starts.
        let restarted = try ws.workbench(runner: RunsRunner(solverThreads: 1))
        try await ws.test(restarted) { client in
            for id in [running, queued] {
                #expect(try restarted.history.run(id: id)?.status == .interrupted)
                try await client.execute(uri: "/korningar/\(id)", method: .get) { response in
                    #expect(response.text.contains("Avbröts (servern stoppades)") && response.text.contains("servern stoppades medan"))
                }
            }
            #expect(try restarted.history.run(id: finished)?.status == .finished)
            try await client.execute(uri: "/korningar/\(finished)/filer/summary.json", method: .get) { #expect($0.status == .ok) }
        }
        // The first server's runs are still polling in this process: stop them.
        _ = await latched.queue.cancel(queued)
        _ = await latched.queue.cancel(running)
    }
}
