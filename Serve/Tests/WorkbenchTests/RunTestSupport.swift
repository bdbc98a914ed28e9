import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Workbench

/// A latch a test opens; a runner polls it.
final class Latch: @unchecked Sendable {
    private let lock = NSLock()
    private var isOpen = false
    func open() { lock.lock(); isOpen = true; lock.unlock() }
    var opened: Bool { lock.lock(); defer { lock.unlock() }; return isOpen }
}

/// A runner for the queue's states: it reports one step, then waits until the latch opens or it
/// is cancelled, and then fails (it makes no result folder, so no run of it ever "finishes").
struct LatchedRunner: ScenarioRunner {
    let latch: Latch

    func run(_ job: RunJob, into folder: URL, progress: @escaping @Sendable (RunProgress) -> Void,
             isCancelled: @escaping @Sendable () -> Bool) async throws -> RunOutcome {
        progress(RunProgress(fraction: 0.25, message: "Löser planen"))
        while !latch.opened {
            if isCancelled() { throw CancellationError() }
            try? await Task.sleep(for: .milliseconds(5))
        }
        throw RunFailure("datasetet saknas")
    }
}

extension TestWorkspace {
    /// Short summer scenarios for real runs: weeks 28–31 without the status quo, and the same
    /// with Nyköping's orthopaedic ward closed (the ward-closure variant).
    func addShortScenarios() throws {
        try """
        name: Kort sommar
        extends: summer-2024.yaml
        weeks: {from: 28, to: 31}
        compare_status_quo: false

        """.write(to: root.appendingPathComponent("kort.yaml"), atomically: true, encoding: .utf8)
        try """
        name: Kort sommar – ortopeden i Nyköping stängd
        extends: kort.yaml
        adjust:
          - capacity: {hospital: nykoping, specialty: ortopedi, weeks: "28..31", resource: all, factor: 0}

        """.write(to: root.appendingPathComponent("kort-stangd.yaml"), atomically: true, encoding: .utf8)
    }

    /// Runs `body` against `workbench`'s router in process (so the test can reach its queue).
    func test<Value: Sendable>(_ workbench: Workbench, _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: workbench.router()).test(.router, body)
    }

    func workbench(runner: any ScenarioRunner, jobs: Int = 1) throws -> Workbench {
        var configuration = WorkbenchConfiguration()
        configuration.workspace = root.path
        configuration.jobs = jobs
        return try Workbench(configuration: configuration, runner: runner)
    }
}

/// The run id in a redirect to `/korningar/ID`.
func runID(_ response: TestResponse) throws -> Int64 {
    let location = try #require(response.headers[.location])
    return try #require(Int64(location.replacingOccurrences(of: "/korningar/", with: "")), "\(location)")
}

/// Waits until the run has ended and returns its record.
func ended(_ workbench: Workbench, _ id: Int64) async throws -> RunRecord {
    for await event in await workbench.queue.events(id) {
        if case let .ended(record) = event { return record }
    }
    return try #require(try workbench.history.run(id: id))
}

/// Starts the scenario at `path` with a POST, as the scenario page's button does; the run's id.
func startRun(_ client: any TestClientProtocol, _ path: String) async throws -> Int64 {
    try await client.execute(uri: "/korningar", method: .post, headers: formHeaders, body: formBody([("scenario", path)])) { response in
        #expect(response.status == .seeOther)
        return try runID(response)
    }
}
