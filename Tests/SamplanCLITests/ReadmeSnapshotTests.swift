import Foundation
import TestSupport
import Testing

/// The README shows real `samplan run` output; these runs must print exactly that, so that a
/// change in the terminal output forces a README update.
@Suite("README terminal output")
struct ReadmeSnapshotTests {
    /// The README's code block that starts with `$ samplan run SCENARIO`: the lines after the command.
    static func readmeBlock(for scenario: String) throws -> String? {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "$ samplan run \(scenario)"),
              let end = lines[(start + 1)...].firstIndex(where: { $0.hasPrefix("```") }) else { return nil }
        return lines[(start + 1)..<end].joined(separator: "\n") + "\n"
    }

    /// Masks what legitimately varies between runs: elapsed times ("12,3 s", "0.4 s", "850 ms").
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: #"\b\d+([.,]\d+)? (s|ms)\b"#, with: "‹elapsed›", options: .regularExpression)
    }

    @Test(arguments: ["Scenarios/summer-2024.yaml", "Scenarios/nivastrukturering/pci.yaml"])
    func runOutputIsTheReadmes(_ scenario: String) throws {
        let expected = try #require(try Self.readmeBlock(for: scenario), "README.md has no block for `$ samplan run \(scenario)`")
        let out = temporaryPath("readme")
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try Samplan.run(["run", scenario, "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        // The README runs without --out: the folder it names is the default one.
        let stem = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
        let printed = output.stdout.replacingOccurrences(of: "Results: \(out.path)\n", with: "Results: results/\(stem)\n")
        #expect(Self.masked(printed) == Self.masked(expected), "update README.md's block for `samplan run \(scenario)`")
    }
}
